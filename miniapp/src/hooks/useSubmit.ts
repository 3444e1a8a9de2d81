import { useState } from 'react';
import type { ApiError } from '@/services/http';
import { announce, checkAnnouncement, failureAnnouncement, screenAnnouncer, type Announcer } from '@/utils/form-errors';
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

/** Where one submission's state goes (React's setters in the hook, plain functions in tests). */
export interface SubmissionSink {
  setBusy(busy: boolean): void;
  setError(error: ApiError | null): void;
  setLocal(errors: FieldErrors): void;
  announcer: Announcer;
}

/**
 * One submission: the form's own checks, then the request. A failure of either is announced (toast)
 * and its first message brought into view, so a tap at the bottom of a long form never seems to do nothing.
 */
export async function runSubmission<T, R>(
  sink: SubmissionSink,
  checked: Checked<T>,
  send: (body: T) => Promise<R>,
  done: (result: R) => void,
  failed?: (error: ApiError) => void,
): Promise<boolean> {
  sink.setError(null);
  if (!checked.ok) {
    sink.setLocal(checked.errors);
    announce(checkAnnouncement(checked.errors), sink.announcer);
    return false;
  }
  sink.setLocal({});
  sink.setBusy(true);
  try {
    done(await send(checked.body));
    return true;
  } catch (e) {
    const err = asApiError(e);
    sink.setError(err);
    failed?.(err);
    announce(failureAnnouncement(err), sink.announcer);
    return false;
  } finally {
    sink.setBusy(false);
  }
}

export function useSubmit(): Submitter {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [local, setLocal] = useState<FieldErrors>({});
  return {
    busy,
    error,
    run: (checked, send, done, failed) => runSubmission({ setBusy, setError, setLocal, announcer: screenAnnouncer }, checked, send, done, failed),
    fieldError: (field) => fieldError(field, local, error),
    message: (fields) => formLevelMessage(error, fields),
    reset() {
      setError(null);
      setLocal({});
    },
  };
}
