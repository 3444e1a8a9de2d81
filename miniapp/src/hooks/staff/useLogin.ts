import { useEffect, useState } from 'react';
import { api } from '../../services/api';
import { ApiError } from '../../services/http';
import { clearSession, saveSession, useSession } from '../../state/session';
import { asApiError, fieldError, type FieldErrors } from '../../utils/staff/forms';
import { checkLogin, devLoginAvailableFrom } from '../../utils/staff/login';
import { workbenchFor } from '../../utils/workbench';
import { openPage } from '../../utils/navigation';

const IS_H5 = process.env.TARO_ENV === 'h5';

/** Staff login by username and password; in the browser build also the development login for sample liaisons. */
export function useLogin() {
  const session = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [local, setLocal] = useState<FieldErrors>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const [devAvailable, setDevAvailable] = useState(false);
  const [devUsername, setDevUsername] = useState('');
  const [devError, setDevError] = useState<ApiError | null>(null);
  const [devBusy, setDevBusy] = useState(false);

  useEffect(() => {
    if (!IS_H5) return;
    api.auth
      .dev({ role: 'liaison' })
      .then(() => setDevAvailable(true))
      .catch((e: unknown) => setDevAvailable(devLoginAvailableFrom(e)));
  }, []);

  const login = async () => {
    const errors = checkLogin(username, password);
    setLocal(errors);
    setError(null);
    if (Object.keys(errors).length) return;
    setBusy(true);
    try {
      const saved = saveSession(await api.auth.password(username.trim(), password));
      setPassword('');
      openPage(workbenchFor(saved.user.role), 'redirect');
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  const devLogin = async () => {
    setDevError(null);
    if (!devUsername.trim()) {
      setDevError(new ApiError(400, 'VALIDATION_FAILED', '请填写民情专员的用户名', [{ field: 'username', message: '请填写民情专员的用户名' }]));
      return;
    }
    setDevBusy(true);
    try {
      const saved = saveSession(await api.auth.dev({ role: 'liaison', username: devUsername.trim() }));
      openPage(workbenchFor(saved.user.role), 'redirect');
    } catch (e) {
      const err = asApiError(e);
      if (err.status === 404) setDevAvailable(false);
      setDevError(err);
    } finally {
      setDevBusy(false);
    }
  };

  const loggedIn = session && session.user.role !== 'resident' ? session : null;

  return {
    loggedIn,
    enter: () => loggedIn && openPage(workbenchFor(loggedIn.user.role), 'navigate'),
    logout: () => {
      clearSession();
      setError(null);
    },
    form: {
      username,
      setUsername,
      password,
      setPassword,
      busy,
      submit: login,
      fieldError: (field: string) => fieldError(field, local, error),
      /** The server's message when no field carries it (e.g. 用户名或密码不正确). */
      message: error && !error.details.length ? error.message : undefined,
    },
    dev: {
      available: devAvailable,
      username: devUsername,
      setUsername: setDevUsername,
      busy: devBusy,
      submit: devLogin,
      error: devError?.fieldMessage('username') ?? devError?.message,
    },
  };
}
