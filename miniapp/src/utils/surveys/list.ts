import { PERMISSIONS, SURVEY_STATUS_LABELS, type Role, type SurveyInfo, type SurveyListQuery, type SurveySample, type SurveyStatus } from '@lingjuli/shared';

/** Who keeps or reads surveys at work (the staff pages): those who read the results. Liaisons never do. */
export const SURVEY_STAFF_ROLES: readonly Role[] = PERMISSIONS['survey.results'];
/** Who enters households at the door: liaisons, and the community's staff. */
export const SURVEY_ENTRY_ROLES: readonly Role[] = PERMISSIONS['survey.respond'];

export type SurveyFilter = 'all' | SurveyStatus;

export const SURVEY_FILTERS: readonly { key: SurveyFilter; label: string }[] = [
  { key: 'all', label: '全部' },
  { key: 'open', label: SURVEY_STATUS_LABELS.open },
  { key: 'scheduled', label: SURVEY_STATUS_LABELS.scheduled },
  { key: 'closed', label: SURVEY_STATUS_LABELS.closed },
];

export const surveyListQuery = (filter: SurveyFilter): SurveyListQuery => (filter === 'all' ? {} : { status: filter });

/** Running first, then to come, then ended; within each the newest first (as the server sends them). */
export function sortSurveys(items: readonly SurveyInfo[]): SurveyInfo[] {
  const order: Record<SurveyStatus, number> = { open: 0, scheduled: 1, closed: 2 };
  return items
    .map((s, i) => ({ s, i }))
    .sort((a, b) => order[a.s.status] - order[b.s.status] || a.i - b.i)
    .map(({ s }) => s);
}

/** 街道 · 12个社区 / 幸福社区: who runs it and where it is asked. */
export function surveyWhere(s: Pick<SurveyInfo, 'runBy' | 'communities'>): string {
  if (s.runBy.communityId !== null) return s.runBy.name;
  if (s.communities.length === 1) return `街道 · ${s.communities[0].communityName}`;
  return `街道 · ${s.communities.length}个社区`;
}

/** One community's progress in a row: 幸福社区 120/200. */
export const communityProgressLine = (c: Pick<SurveySample, 'entries' | 'target'> & { communityName: string }) => `${c.communityName} ${c.entries}/${c.target}`;

/** How many of the communities have reached their target. */
export function reachedCount(communities: readonly Pick<SurveySample, 'entries' | 'target'>[]): number {
  return communities.filter((c) => c.entries >= c.target).length;
}
