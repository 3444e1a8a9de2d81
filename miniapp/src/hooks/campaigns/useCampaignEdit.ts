import type { CommunitySummary, DepartmentSummary } from '@lingjuli/shared';
import { useMemo, useState } from 'react';
import { useQuery } from '@/hooks/useQuery';
import { useSubmit } from '@/hooks/useSubmit';
import { routes } from '@/routes';
import { api } from '@/services/api';
import { campaignsApi } from '@/services/campaigns-api';
import type { Session } from '@/state/session';
import { campaignBody, draftPeople, emptyCampaignDraft, setUnitPeople, toggleUnit, type CampaignDraft } from '@/utils/campaigns/campaign-form';
import { toggleId } from '@/utils/powers/check';
import { groupDepartments } from '@/utils/street/dispatch-selection';
import { openPage, toast } from '@/utils/navigation';

/**
 * The street writes a campaign: what it is about, the communities (the whole street or those chosen),
 * the units taking part (street offices, member units of the coordination committee) and the people
 * each sends, its days. It is created planned; starting it is a move on its page.
 */
export function useCampaignEdit(session: Session | null, now: Date) {
  const enabled = !!session;
  const communities = useQuery<CommunitySummary[]>(() => (enabled ? api.org.communities() : Promise.resolve([])), [enabled]);
  const departments = useQuery<DepartmentSummary[]>(() => (enabled ? api.org.departments() : Promise.resolve([])), [enabled]);
  const [draft, setDraft] = useState<CampaignDraft>(() => emptyCampaignDraft(now));
  const names = useMemo(() => new Map((departments.data ?? []).map((d) => [d.id, d.name])), [departments.data]);
  const unitName = (departmentId: number) => names.get(departmentId) ?? `单位${departmentId}`;

  const set = <K extends keyof CampaignDraft>(key: K, value: CampaignDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submitter = useSubmit();
  const submit = () =>
    submitter.run(
      campaignBody(draft, unitName),
      (body) => campaignsApi.create(body),
      (saved) => {
        toast('已创建');
        setTimeout(() => openPage(routes.campaign(saved.id), 'redirect'), 500);
      },
    );

  return {
    communities,
    departments,
    groups: groupDepartments(departments.data ?? []),
    unitName,
    draft,
    set,
    people: draftPeople(draft),
    toggleCommunity: (communityId: number) => setDraft((d) => ({ ...d, communityIds: toggleId(d.communityIds, communityId) })),
    toggleUnit: (departmentId: number) => setDraft((d) => toggleUnit(d, departmentId)),
    setPeople: (departmentId: number, people: string) => setDraft((d) => setUnitPeople(d, departmentId, people)),
    submit,
    submitter,
  };
}
