import { platform } from '@/platform';
import { saveSession, sessionStore, type Session } from '@/state/session';

/** The resident's session, logging her in first if needed (WeChat login, or the browser's dev login). */
export async function ensureResidentSession(): Promise<Session> {
  const current = sessionStore.get();
  if (current) return current;
  return saveSession(await platform.loginResident());
}
