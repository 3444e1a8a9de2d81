import { isCommunityStaff, type CommunitySummary, type SurveyQuestionType } from '@lingjuli/shared';
import { useMemo, useState } from 'react';
import { useQuery } from '@/hooks/useQuery';
import { useSubmit } from '@/hooks/useSubmit';
import { routes } from '@/routes';
import { api } from '@/services/api';
import { surveysApi } from '@/services/surveys-api';
import { serverNow } from '@/state/server-clock';
import type { Session } from '@/state/session';
import { toDateInput } from '@/utils/dates';
import { openPage, toast } from '@/utils/navigation';
import { toggleId } from '@/utils/powers/check';
import {
  addQuestion,
  changeQuestion,
  emptySurveyDraft,
  moveQuestion,
  participantIds,
  removeQuestion,
  surveyBody,
  type SurveyDraft,
} from '@/utils/surveys/survey-form';

/**
 * A new survey: title, purpose, its questions (three kinds), the target per community, the days; the
 * street chooses the communities (or all) and may give each one's households; a community's staff run
 * one for their own community.
 */
export function useSurveyEdit(session: Session | null) {
  const street = !!session && !isCommunityStaff(session.user.role);
  const ownId = session?.user.communityId ?? null;
  const communities = useQuery<CommunitySummary[]>(() => (session ? api.org.communities() : Promise.resolve([])), [session?.user.id]);
  const today = useMemo(() => toDateInput(serverNow()), []);
  const [draft, setDraft] = useState<SurveyDraft>(() => emptySurveyDraft(today));
  const submitter = useSubmit();

  const all = useMemo(() => communities.data ?? [], [communities.data]);
  const allIds = useMemo(() => all.map((c) => c.id), [all]);
  const scope = street ? ({ street: true, allIds } as const) : ({ street: false, ownId: ownId ?? 0 } as const);
  /** The communities in the order they are sent: `communities.<i>` in the server's messages. */
  const sent = participantIds(draft, scope);

  const set = <K extends keyof SurveyDraft>(key: K, value: SurveyDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const submit = () =>
    submitter.run(
      surveyBody(draft, scope, today),
      (body) => surveysApi.create(body),
      (created) => {
        toast('已发起入户调查');
        setTimeout(() => openPage(routes.survey(created.id), 'redirect'), 500);
      },
    );

  return {
    street,
    ownId,
    ownName: all.find((c) => c.id === ownId)?.name ?? '本社区',
    communities,
    draft,
    today,
    set,
    addQuestion: (type?: SurveyQuestionType) => setDraft((d) => addQuestion(d, type)),
    removeQuestion: (i: number) => setDraft((d) => removeQuestion(d, i)),
    moveQuestion: (i: number, by: -1 | 1) => setDraft((d) => moveQuestion(d, i, by)),
    changeQuestion: (i: number, change: Parameters<typeof changeQuestion>[2]) => setDraft((d) => changeQuestion(d, i, change)),
    toggleCommunity: (id: number) => setDraft((d) => ({ ...d, communityIds: toggleId(d.communityIds, id) })),
    setHouseholds: (id: number, value: string) => setDraft((d) => ({ ...d, households: { ...d.households, [id]: value } })),
    /** Where a community sits in the request, for the server's `communities.<i>` messages (-1: not sent). */
    sentIndex: (id: number) => sent.indexOf(id),
    submit,
    submitter,
  };
}
