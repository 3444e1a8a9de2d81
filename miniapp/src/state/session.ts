import type { CurrentUser, LoginResponse } from '@lingjuli/shared';
import { storage } from '@/state/storage';
import { createStore, useStore } from '@/state/store';

const KEY = 'lingjuli.session';

export interface Session {
  token: string;
  user: CurrentUser;
  expiresAt: string;
}

function restore(): Session | null {
  const saved = storage.get<Session>(KEY);
  return saved && new Date(saved.expiresAt).getTime() > Date.now() ? saved : null;
}

/** Who is logged in on this phone or browser; kept in storage across launches. */
export const sessionStore = createStore<Session | null>(restore());

export function saveSession(login: LoginResponse): Session {
  const session = { token: login.token, user: login.user, expiresAt: login.expiresAt };
  storage.set(KEY, session);
  sessionStore.set(session);
  return session;
}

export function clearSession(): void {
  storage.remove(KEY);
  sessionStore.set(null);
}

export const currentToken = () => sessionStore.get()?.token ?? null;

export function useSession(): Session | null {
  return useStore(sessionStore);
}
