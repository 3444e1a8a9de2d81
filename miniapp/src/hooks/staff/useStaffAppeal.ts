import type { AppealDetail } from '@lingjuli/shared';
import Taro, { useDidShow } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { routes } from '../../routes';
import { api } from '../../services/api';
import type { ApiError } from '../../services/http';
import { asApiError, fieldError, formLevelMessage, type Checked, type FieldErrors } from '../../utils/staff/forms';
import type { StaffAction } from '../../utils/staff/actions';
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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [local, setLocal] = useState<FieldErrors>({});

  // Every load replaces what is shown; so does the server's answer to an action.
  useEffect(() => {
    if (query.data) setDetail(query.data);
  }, [query.data]);
  const reload = query.reload;

  // Back from the escalation page (or anywhere): show what changed.
  const shownOnce = useRef(false);
  useDidShow(() => {
    if (shownOnce.current) void reload();
    shownOnce.current = true;
  });

  const choose = (action: StaffAction) => {
    if (action === 'escalate') {
      openPage(routes.staffEscalate(id));
      return;
    }
    setOpen(action);
    setError(null);
    setLocal({});
    scrollToSelector('#action-form');
  };

  const runner: ActionRunner = {
    busy,
    async submit(checked, send, done) {
      setError(null);
      if (!checked.ok) {
        setLocal(checked.errors);
        return;
      }
      setLocal({});
      setBusy(true);
      try {
        const next = await send(checked.body);
        setDetail(next);
        setOpen(null);
        toast(done);
        void Taro.pageScrollTo({ scrollTop: 0, duration: 200 }).catch(() => undefined);
      } catch (e) {
        const err = asApiError(e);
        setError(err);
        // 409: someone else moved the appeal meanwhile; show it as it is now (the form keeps the message).
        if (err.status === 409 || err.status === 404) void reload();
      } finally {
        setBusy(false);
      }
    },
    cancel: () => {
      setOpen(null);
      setError(null);
      setLocal({});
    },
    fieldError: (field) => fieldError(field, local, error),
    message: (fields) => formLevelMessage(error, fields),
  };

  return { detail, loading: query.loading && !detail, error: query.error, reload, open, choose, runner };
}
