import { useEffect, useState } from 'react';
import { api } from '@/services/api';
import { filingPhotos } from '@/state/appeal-draft';
import { clearSession, saveSession, useSession } from '@/state/session';
import { checked } from '@/utils/staff/forms';
import { afterUsernameConfirm, checkLogin } from '@/utils/staff/login';
import { workbenchFor } from '@/utils/workbench';
import { openPage } from '@/utils/navigation';
import { useSubmit } from '@/hooks/useSubmit';

const IS_H5 = process.env.TARO_ENV === 'h5';

/** Staff login by username and password; in the browser build also the development login for sample liaisons. */
export function useLogin() {
  const session = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [passwordFocused, setPasswordFocused] = useState(false);
  const submitter = useSubmit();

  const [devAvailable, setDevAvailable] = useState(false);
  const [devUsername, setDevUsername] = useState('');
  const devSubmitter = useSubmit();

  // Ask whether the dev login is on; logging in happens only when someone asks for it, with a username.
  useEffect(() => {
    if (!IS_H5) return;
    let live = true;
    api.auth
      .devStatus()
      .then((status) => live && setDevAvailable(status.enabled))
      .catch(() => live && setDevAvailable(false));
    return () => {
      live = false;
    };
  }, []);

  const login = async () => {
    // Enter can arrive while the button shows it is already logging in.
    if (submitter.busy) return false;
    return submitter.run(
      checked(checkLogin(username, password), () => ({ username: username.trim(), password })),
      (body) => api.auth.password(body.username, body.password),
      (answer) => {
        const saved = saveSession(answer);
        setPassword('');
        openPage(workbenchFor(saved.user.role), 'redirect');
      },
    );
  };

  const devLogin = async () => {
    if (devSubmitter.busy) return false;
    const name = devUsername.trim();
    return devSubmitter.run(
      checked(name ? {} : { username: '请填写民情专员的用户名' }, () => name),
      (devName) => api.auth.dev({ role: 'liaison', username: devName }),
      (answer) => openPage(workbenchFor(saveSession(answer).user.role), 'redirect'),
      (err) => {
        if (err.status === 404) setDevAvailable(false);
      },
    );
  };

  const loggedIn = session && session.user.role !== 'resident' ? session : null;

  return {
    loggedIn,
    enter: () => loggedIn && openPage(workbenchFor(loggedIn.user.role), 'navigate'),
    logout: () => {
      clearSession();
      // Photos uploaded under this session are not the next person's to file with.
      filingPhotos.clear();
      submitter.reset();
    },
    form: {
      username,
      setUsername,
      password,
      setPassword,
      busy: submitter.busy,
      submit: login,
      /** Enter on the username: on to the password, or log in when it is already filled. */
      usernameConfirmed: () => {
        if (afterUsernameConfirm(password) === 'submit') void login();
        else setPasswordFocused(true);
      },
      passwordFocused,
      passwordBlurred: () => setPasswordFocused(false),
      fieldError: submitter.fieldError,
      /** The server's message when no field carries it (e.g. 用户名或密码不正确). */
      message: submitter.error && !submitter.error.details.length ? submitter.error.message : undefined,
    },
    dev: {
      available: devAvailable,
      username: devUsername,
      setUsername: setDevUsername,
      busy: devSubmitter.busy,
      submit: devLogin,
      error: devSubmitter.fieldError('username') ?? devSubmitter.error?.message,
    },
  };
}
