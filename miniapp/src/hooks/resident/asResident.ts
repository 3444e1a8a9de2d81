import { ApiError } from '@/services/http';
import { ensureResidentSession } from '@/state/login';
import { clearSession, type Session } from '@/state/session';

let pendingLogin: Promise<Session> | null = null;

/** One login at a time: pages that load several things at once share it. */
function residentSession(): Promise<Session> {
  if (!pendingLogin) {
    pendingLogin = ensureResidentSession().finally(() => {
      pendingLogin = null;
    });
  }
  return pendingLogin;
}

/**
 * Runs an API call as the resident, logging her in first if needed (WeChat login, or this browser's
 * development login). A session that expired on the server is replaced once and the call repeated.
 */
export async function asResident<T>(call: () => Promise<T>): Promise<T> {
  await residentSession();
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
    clearSession();
    await residentSession();
    return call();
  }
}
