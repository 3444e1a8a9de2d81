import { useRef } from 'react';
import { usePolling } from '@/hooks/usePolling';
import { QUEUE_POLL_MS } from '@/utils/staff/queue';

/**
 * Keeps a list current while it is on screen: every few seconds the first page is asked whether it
 * changed (`ask` sends the validator last seen; the server answers 304 while it has not), and the
 * list is loaded again when it did. The first answer only sets the validator.
 */
export function useChangesPolling(
  ask: (etag: string | null) => Promise<{ etag: string | null } | null>,
  reload: () => Promise<unknown>,
  enabled: boolean,
): void {
  const watched = useRef<string | null | undefined>(undefined);
  usePolling(
    async () => {
      const answer = await ask(watched.current ?? null);
      if (!answer) return;
      const first = watched.current === undefined;
      watched.current = answer.etag;
      if (!first) await reload();
    },
    QUEUE_POLL_MS,
    enabled,
  );
}
