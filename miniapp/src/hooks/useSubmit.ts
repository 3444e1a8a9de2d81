import { useState } from 'react';
import type { ApiError } from '@/services/http';
import { asApiError, fieldError, formLevelMessage, type Checked, type FieldErrors } from '@/utils/staff/forms';

/** One form of a page: the form's own checks, the server's answer, whether it is sending. */
export interface Submitter {
  busy: boolean;
  error: ApiError | null;
  /** Checks, sends, and hands the server's answer to `done`; false when nothing was sent or it failed. */
  run: <T, R>(checked: Checked<T>, send: (body: T) => Promise<R>, done: (result: R) => void, failed?: (error: ApiError) => void) => Promise<boolean>;
  /** The message for one field: the form's own check first, then the server's. */
  fieldError: (field: string) => string | undefined;
  /** The server's message when none of `fields` carries it, so it is never lost. */
  message: (fields: readonly string[]) => string | undefined;
  reset: () => void;
}

export function useSubmit(): Submitter {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [local, setLocal] = useState<FieldErrors>({});
  return {
    busy,
    error,
    async run(checked, send, done, failed) {
      setError(null);
      if (!checked.ok) {
        setLocal(checked.errors);
        return false;
      }
      setLocal({});
      setBusy(true);
      try {
        done(await send(checked.body));
        return true;
      } catch (e) {
        const err = asApiError(e);
        setError(err);
        failed?.(err);
        return false;
      } finally {
        setBusy(false);
      }
    },
    fieldError: (field) => fieldError(field, local, error),
    message: (fields) => formLevelMessage(error, fields),
    reset() {
      setError(null);
      setLocal({});
    },
  };
}
