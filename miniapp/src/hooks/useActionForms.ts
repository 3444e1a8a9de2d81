import type { AppealDetail } from '@lingjuli/shared';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { Checked } from '@/utils/staff/forms';
import { toast } from '@/utils/navigation';
import { useSubmit } from '@/hooks/useSubmit';

/** What each action's form needs: submit a checked body, and the messages for its fields. */
export interface ActionRunner {
  busy: boolean;
  submit: <T>(checked: Checked<T>, send: (body: T) => Promise<AppealDetail>, done: string) => Promise<void>;
  cancel: () => void;
  fieldError: (field: string) => string | undefined;
  /** The server's message when none of `fields` carries it. */
  message: (fields: readonly string[]) => string | undefined;
}

/**
 * The action form open on an appeal page (community staff's or the street's) and the runner that
 * submits it: the server's answer (the appeal after the action) goes to `apply`, so what is shown,
 * including the actions offered, is always the server's.
 */
export function useActionForms<A extends string>(apply: (next: AppealDetail) => void, reload: () => Promise<unknown>) {
  const [open, setOpen] = useState<A | null>(null);
  const submitter = useSubmit();

  // The form opens as a sheet at the bottom of the screen: nothing to scroll to.
  const openForm = (action: A) => {
    setOpen(action);
    submitter.reset();
  };

  const runner: ActionRunner = {
    busy: submitter.busy,
    async submit(checked, send, done) {
      await submitter.run(
        checked,
        send,
        (next) => {
          apply(next);
          setOpen(null);
          toast(done);
          void Taro.pageScrollTo({ scrollTop: 0, duration: 200 }).catch(() => undefined);
        },
        // 409: someone else moved the appeal meanwhile; show it as it is now (the form keeps the message).
        (err) => {
          if (err.status === 409 || err.status === 404) void reload();
        },
      );
    },
    cancel: () => {
      setOpen(null);
      submitter.reset();
    },
    fieldError: submitter.fieldError,
    message: submitter.message,
  };

  return { open, openForm, runner };
}
