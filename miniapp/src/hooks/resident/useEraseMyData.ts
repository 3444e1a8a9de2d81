import { useState } from 'react';
import { routes } from '@/routes';
import { api } from '@/services/api';
import { clearDraft } from '@/state/appeal-draft';
import { clearSession, useSession } from '@/state/session';
import { openPage, scrollToSelector } from '@/utils/navigation';
import { useSubmit } from '@/hooks/useSubmit';
import { asResident } from '@/hooks/resident/asResident';
import { setFlash } from '@/hooks/resident/flash';

const ERASED = '您的个人信息和诉求内容已经删除，账号已注销。以后再反映问题，会作为新用户重新开始。';

/** What this device kept about her: the session, an unsent draft and its photos. */
function forgetHerOnThisDevice(): void {
  clearSession();
  clearDraft();
}

/**
 * "删除我的数据" (residents only): a confirmation that says what goes and what stays, then
 * `DELETE /me`; on success this device forgets her too and she is back on the home page.
 */
export function useEraseMyData() {
  const session = useSession();
  const [confirming, setConfirming] = useState(false);
  const submitter = useSubmit();

  function ask() {
    submitter.reset();
    setConfirming(true);
    scrollToSelector('#erase-confirm');
  }

  async function erase() {
    await submitter.run(
      { ok: true, body: undefined },
      () => asResident(() => api.auth.eraseMyData()),
      () => {
        setConfirming(false);
        forgetHerOnThisDevice();
        setFlash('home', ERASED);
        openPage(routes.home());
      },
    );
  }

  return {
    /** Staff logged in on this phone have no resident data here to erase. */
    available: session?.user.role === 'resident',
    confirming,
    ask,
    cancel: () => setConfirming(false),
    erase,
    busy: submitter.busy,
    /** The server's message (Chinese) when it did not go through. */
    error: submitter.error?.message ?? null,
  };
}
