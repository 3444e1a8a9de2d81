import type { AppealDetail } from '@lingjuli/shared';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { routes } from '../../routes';
import { api } from '../../services/api';
import type { Checked } from '../../utils/staff/forms';
import type { StaffAction } from '../../utils/staff/actions';
import { useSubmit } from '../useSubmit';
import { usePageRefresh } from '../usePageRefresh';
import { useQuery } from '../useQuery';
import { openPage, scrollToSelector, toast } from '../../utils/navigation';

/** What each action's form needs: submit a checked body, and the messages for its fields. */
export interface ActionRunner {
  busy: boolean;
  submit<T>(checked: Checked<T>, send: (body: T) => Promise<AppealDetail>, done: string): Promise<void>;
  cancel(): void;
  fieldError(field: string): string | undefined;
  /** The server's message when none of `fields` carries it. */
  message(fields: readonly string[]): string | undefined;
}

/**
 * One appeal as its community staff see it (`?id=`), the action whose form is open, and the runner
 * that submits it: the server's answer (the appeal after the action) replaces the detail, so
 * what is shown, including the actions offered, is always the server's.
 */
export function useStaffAppeal(id: number, enabled: boolean) {
  const query = useQuery(() => (enabled && id ? api.appeals.get(id) : Promise.resolve(undefined)), [id, enabled]);
  const [detail, setDetail] = useState<AppealDetail>();
  const [open, setOpen] = useState<StaffAction | null>(null);
  const submitter = useSubmit();

  // Every load replaces what is shown; so does the server's answer to an action.
  useEffect(() => {
    if (query.data) setDetail(query.data);
  }, [query.data]);
  const reload = query.reload;

  // Back from the escalation page (or anywhere): show what changed (the page has no pull-down).
  usePageRefresh(reload);

  const choose = (action: StaffAction) => {
    if (action === 'escalate') {
      openPage(routes.staffEscalate(id));
      return;
    }
    setOpen(action);
    submitter.reset();
    scrollToSelector('#action-form');
  };

  const runner: ActionRunner = {
    busy: submitter.busy,
    async submit(checked, send, done) {
      await submitter.run(
        checked,
        send,
        (next) => {
          setDetail(next);
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

  return { detail, loading: query.loading && !detail, error: query.error, reload, open, choose, runner };
}
