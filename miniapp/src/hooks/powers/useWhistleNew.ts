import { TIERS, type Tier } from '@lingjuli/shared';
import { useEffect, useState } from 'react';
import { routes } from '@/routes';
import { api } from '@/services/api';
import type { Session } from '@/state/session';
import { toggleId } from '@/utils/powers/check';
import { whistleBody, type WhistleDraft } from '@/utils/powers/whistles';
import { groupDepartments } from '@/utils/street/dispatch-selection';
import { openPage, toast } from '@/utils/navigation';
import { useQuery } from '@/hooks/useQuery';
import { useSubmit } from '@/hooks/useSubmit';

/**
 * Community staff whistle one or more departments or member units, about an appeal (`appealId`) or
 * a community matter. The tier defaults to the appeal's (else 一般), which sets the default report-in time.
 */
export function useWhistleNew(session: Session | null, appealId: number | undefined) {
  const enabled = !!session;
  const departments = useQuery(() => (enabled ? api.org.departments() : Promise.resolve([])), [enabled]);
  const appeal = useQuery(() => (enabled && appealId ? api.appeals.get(appealId) : Promise.resolve(null)), [enabled, appealId]);
  const [draft, setDraft] = useState<WhistleDraft>({ appealId, subject: '', description: '', tier: 'ordinary', departmentIds: [], reportInMinutes: null });
  const [tierTouched, setTierTouched] = useState(false);
  const submitter = useSubmit();

  // The appeal's tier is the default until she picks one herself.
  const appealTier = appeal.data?.tier;
  useEffect(() => {
    if (appealTier && !tierTouched) setDraft((d) => ({ ...d, tier: appealTier }));
  }, [appealTier, tierTouched]);

  const set = <K extends keyof WhistleDraft>(key: K, value: WhistleDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = () =>
    submitter.run(
      whistleBody(draft),
      (body) => api.whistles.create(body),
      (created) => {
        toast('已吹哨');
        setTimeout(() => openPage(routes.whistle(created.id), 'redirect'), 500);
      },
    );

  return {
    draft,
    set,
    toggleDepartment: (id: number) => setDraft((d) => ({ ...d, departmentIds: toggleId(d.departmentIds, id) })),
    chooseTier: (tier: Tier) => {
      setTierTouched(true);
      set('tier', tier);
    },
    tiers: TIERS,
    appealTier: appealTier ?? null,
    appeal,
    departments,
    groups: groupDepartments(departments.data ?? []),
    submit,
    submitter,
  };
}
