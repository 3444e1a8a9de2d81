import { useState } from 'react';
import type { IssuedOpen311Client } from '@lingjuli/shared';
import { api } from '@/services/api';
import type { Session } from '@/state/session';
import { useQuery } from '@/hooks/useQuery';
import { useSubmit } from '@/hooks/useSubmit';
import { checkIssue, type IssueDraft } from '@/utils/interop/open311';

/** 开放接口: the street admin's Open311 keys — issued (the key shown once), listed, revoked. */
export function useOpen311Clients(session: Session | null) {
  const clients = useQuery(() => (session ? api.open311.clients() : Promise.resolve([])), [!!session]);
  const communities = useQuery(() => (session ? api.org.communities() : Promise.resolve([])), [!!session]);
  const [draft, setDraft] = useState<IssueDraft>({ name: '', communityIds: [], canWrite: false });
  const [issued, setIssued] = useState<IssuedOpen311Client | null>(null);
  const issuing = useSubmit();
  const [revoking, setRevoking] = useState<number | null>(null);
  const revoker = useSubmit();

  const issue = () =>
    issuing.run(
      checkIssue(draft),
      (body) => api.open311.issue(body),
      (client) => {
        setIssued(client);
        setDraft({ name: '', communityIds: [], canWrite: false });
        void clients.reload();
      },
    );

  /** The first tap asks, the second revokes. */
  const revoke = async (id: number) => {
    if (revoking !== id) return setRevoking(id);
    await revoker.run(
      { ok: true, body: id },
      (clientId) => api.open311.revoke(clientId),
      () => {
        setRevoking(null);
        void clients.reload();
      },
    );
  };

  return {
    clients,
    communities,
    draft,
    set: (patch: Partial<IssueDraft>) => setDraft((d) => ({ ...d, ...patch })),
    toggleCommunity: (id: number) =>
      setDraft((d) => ({ ...d, communityIds: d.communityIds.includes(id) ? d.communityIds.filter((c) => c !== id) : [...d.communityIds, id] })),
    issue,
    issuing,
    issued,
    revoke,
    revoking,
    revoker,
  };
}
