import type { RewardBasis } from '@lingjuli/shared';
import { useEffect, useMemo, useState } from 'react';
import { routes } from '@/routes';
import { api } from '@/services/api';
import { serverNow } from '@/state/server-clock';
import { orderLiaisons } from '@/utils/powers/liaison';
import { toggleId } from '@/utils/powers/check';
import { currentQuarterLabel, rewardBody, rewardableAppeals, visibleAppeals, type RewardForm } from '@/utils/powers/reward';
import { openPage, toast } from '@/utils/navigation';
import { useQuery } from '@/hooks/useQuery';
import { useSubmit } from '@/hooks/useSubmit';

const FIELDS = ['liaisonUserId', 'basis', 'appealIds', 'periodLabel', 'reward', 'amount', 'reason'] as const;
/** How many recent closed appeals are offered for 一事一议. */
const RECENT_CLOSED = 50;

/**
 * Proposing a reward (自主支配权): one of the community's active liaisons (`?liaisonUserId=` preselects
 * her), on a basis — the closed appeals it is for (一事一议) or an evaluation period (综合考评) —,
 * what and why. Created as a draft; then off to the request to record the meeting and submit.
 */
export function useRewardNew(preselected: number | null, enabled: boolean) {
  const liaisons = useQuery(() => (enabled ? api.liaisons.list() : Promise.resolve([])), [enabled]);
  const active = useMemo(() => orderLiaisons((liaisons.data ?? []).filter((l) => l.active)), [liaisons.data]);
  const appeals = useQuery(
    () => (enabled ? api.appeals.list({ open: false, status: 'closed', sort: 'recent', pageSize: RECENT_CLOSED }) : Promise.resolve(undefined)),
    [enabled],
  );
  const closed = useMemo(() => rewardableAppeals(appeals.data?.items ?? []), [appeals.data]);

  const [form, setForm] = useState<RewardForm>(() => ({
    liaisonUserId: null,
    basis: 'caseByCase',
    appealIds: [],
    periodLabel: currentQuarterLabel(serverNow()),
    reward: '',
    amount: '',
    reason: '',
  }));
  // The liaison from the link, once she is known to be one of the community's active liaisons.
  useEffect(() => {
    if (preselected && form.liaisonUserId === null && active.some((l) => l.userId === preselected)) setForm((f) => ({ ...f, liaisonUserId: preselected }));
  }, [active, preselected, form.liaisonUserId]);

  const [allAppeals, setAllAppeals] = useState(false);
  const submitter = useSubmit();
  const change = (patch: Partial<RewardForm>) => setForm((f) => ({ ...f, ...patch }));

  const submit = () =>
    submitter.run(rewardBody(form), api.rewards.create, (created) => {
      toast('已保存为草稿');
      openPage(routes.reward(created.id), 'redirect');
    });

  return {
    liaisons,
    active,
    /** The linked liaison is not among the active ones (stopped, or another community's). */
    preselectedMissing: !!preselected && !liaisons.loading && !!liaisons.data && !active.some((l) => l.userId === preselected),
    appeals,
    closed,
    shownAppeals: visibleAppeals(closed, form.appealIds, allAppeals),
    moreAppeals: allAppeals ? 0 : closed.length - visibleAppeals(closed, form.appealIds, false).length,
    showAllAppeals: () => setAllAppeals(true),
    form,
    change,
    chooseBasis: (basis: RewardBasis) => change({ basis }),
    toggleAppeal: (id: number) => setForm((f) => ({ ...f, appealIds: toggleId(f.appealIds, id) })),
    busy: submitter.busy,
    submit,
    fieldError: (field: (typeof FIELDS)[number]) => submitter.fieldError(field),
    message: submitter.message(FIELDS),
  };
}
