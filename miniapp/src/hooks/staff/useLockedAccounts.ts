import type { StaffAccount } from '@lingjuli/shared';
import { useState } from 'react';
import { useQuery } from '@/hooks/useQuery';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { api } from '@/services/api';
import { asApiError, type ApiError } from '@/services/http';
import { toast } from '@/utils/navigation';

/** The accounts locked after wrong passwords that she may unlock, and the unlock itself. */
export function useLockedAccounts(enabled: boolean) {
  const locked = useQuery(() => (enabled ? api.accounts.locked() : Promise.resolve<StaffAccount[]>([])), [enabled]);
  usePageRefresh(locked.reload);
  const [unlocking, setUnlocking] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  async function unlock(account: StaffAccount) {
    if (unlocking !== null) return;
    setUnlocking(account.id);
    setError(null);
    try {
      await api.accounts.unlock(account.id);
      toast(`已为${account.displayName}解锁`);
      await locked.reload();
    } catch (e) {
      setError(asApiError(e, '解锁失败，请稍后重试'));
    } finally {
      setUnlocking(null);
    }
  }

  return { locked, unlocking, error, unlock };
}
