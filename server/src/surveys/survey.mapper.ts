import {
  SURVEY_CHOICES,
  formatShanghaiDate,
  hasPermission,
  isCommunityStaff,
  surveyStatus,
  type SurveyAction,
  type SurveyEntryInfo,
  type SurveyInfo,
} from '@lingjuli/shared';
import type { RequestContext } from '../common/context/request-context';
import { toPersonRef } from '../users/user.mapper';
import type { SurveyAnswer } from './survey-answer.entity';
import type { SurveyCommunity } from './survey-community.entity';
import type { SurveyEntry } from './survey-entry.entity';
import type { SurveyQuestion } from './survey-question.entity';
import type { Survey } from './survey.entity';

/** What is read beside a survey to show it. */
export interface SurveyParts {
  questions: SurveyQuestion[];
  /** With `community` loaded. */
  communities: SurveyCommunity[];
  /** The caller's own entries, if she takes them. */
  myEntries: number | null;
}

/** Who runs the survey: the street, or the community of its row (`community` loaded). */
export function runByOf(survey: Survey): { communityId: number | null; name: string } {
  return survey.communityId === null ? { communityId: null, name: '街道' } : { communityId: survey.communityId, name: survey.community?.name ?? '' };
}

/** The last Beijing day a survey runs (its `closesAt` is the end of that day, exclusive). */
export function closesOnOf(survey: Pick<Survey, 'closesAt'>): string {
  return formatShanghaiDate(new Date(survey.closesAt.getTime() - 1));
}

/** Only its runner closes a survey: the street's roles the street's, the community's staff their community's. */
export function mayClose(ctx: RequestContext, survey: Pick<Survey, 'communityId'>): boolean {
  if (!hasPermission(ctx.role, 'survey.manage')) return false;
  if (survey.communityId === null) return !isCommunityStaff(ctx.role);
  return isCommunityStaff(ctx.role) && ctx.actor.communityId === survey.communityId;
}

/** Expects `community` and `createdBy` loaded on the survey. */
export function toSurveyInfo(ctx: RequestContext, survey: Survey, parts: SurveyParts, now: Date): SurveyInfo {
  const status = surveyStatus(survey, now);
  const takesPart = parts.communities.some((c) => c.communityId === ctx.actor.communityId);
  const actions: SurveyAction[] = [];
  if (status === 'open' && takesPart && hasPermission(ctx.role, 'survey.respond')) actions.push('enter');
  if (status !== 'closed' && mayClose(ctx, survey)) actions.push('close');
  if (hasPermission(ctx.role, 'survey.results')) actions.push('results');
  return {
    id: survey.id,
    title: survey.title,
    purpose: survey.purpose,
    runBy: runByOf(survey),
    questions: [...parts.questions]
      .sort((a, b) => a.position - b.position)
      .map((q) => ({ id: q.id, position: q.position, type: q.type, text: q.text, choices: [...SURVEY_CHOICES[q.type]] })),
    communities: [...parts.communities]
      .sort((a, b) => a.communityId - b.communityId)
      .map((c) => ({ communityId: c.communityId, communityName: c.community?.name ?? '', households: c.households })),
    targetSampleSize: survey.targetSampleSize,
    opensOn: formatShanghaiDate(survey.opensAt),
    closesOn: closesOnOf(survey),
    opensAt: survey.opensAt.toISOString(),
    closesAt: survey.closesAt.toISOString(),
    status,
    closedAt: survey.closedAt?.toISOString() ?? null,
    createdBy: toPersonRef(survey.createdBy),
    createdAt: survey.createdAt.toISOString(),
    myEntries: parts.myEntries,
    actions,
  };
}

/** An entry as its enterer sees it (`building` loaded); the answers in the questions' order. */
export function toSurveyEntryInfo(entry: SurveyEntry, answers: SurveyAnswer[], order: Map<number, number>): SurveyEntryInfo {
  return {
    id: entry.id,
    surveyId: entry.surveyId,
    communityId: entry.communityId,
    buildingId: entry.buildingId,
    buildingName: entry.building?.name ?? null,
    unit: entry.unit,
    room: entry.room,
    answers: [...answers]
      .sort((a, b) => (order.get(a.questionId) ?? 0) - (order.get(b.questionId) ?? 0))
      .map((a) => ({ questionId: a.questionId, choice: a.choice, text: a.text })),
    interviewedAt: entry.interviewedAt.toISOString(),
    enteredAt: entry.enteredAt.toISOString(),
    clientKey: entry.clientKey,
  };
}
