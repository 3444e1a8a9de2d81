import {
  SURVEY_LIMITS,
  SURVEY_QUESTION_TYPES,
  SURVEY_QUESTION_TYPE_LABELS,
  type CreateSurveyRequest,
  type SurveyCommunityInput,
  type SurveyQuestionType,
} from '@lingjuli/shared';
import { dateInputToIso, toDateInput } from '@/utils/dates';
import { checked, collect, requiredTitle, type Checked } from '@/utils/powers/check';

const DAY = 24 * 3600_000;

export interface QuestionDraft {
  type: SurveyQuestionType;
  text: string;
}

/** A survey as staff fill it in; numbers as typed, days as `YYYY-MM-DD` (Beijing). */
export interface SurveyDraft {
  title: string;
  purpose: string;
  questions: QuestionDraft[];
  /** Households to ask in each community. */
  target: string;
  opensOn: string;
  closesOn: string;
  /** The street: every community takes part, or only those chosen. */
  everyCommunity: boolean;
  communityIds: number[];
  /** Each community's households as typed ('' unknown), by community id. */
  households: Record<number, string>;
}

/** The paper's street asked 200 households; a survey starts today with one satisfaction question. */
export const emptySurveyDraft = (today: string): SurveyDraft => ({
  title: '',
  purpose: '',
  questions: [{ type: 'satisfaction', text: '' }],
  target: '200',
  opensOn: today,
  closesOn: '',
  everyCommunity: true,
  communityIds: [],
  households: {},
});

export const QUESTION_TYPE_CHOICES = SURVEY_QUESTION_TYPES.map((t) => ({
  key: t,
  label: SURVEY_QUESTION_TYPE_LABELS[t],
  note: t === 'satisfaction' ? '满意/基本满意/不满意' : t === 'yesNo' ? '是/否/说不清' : '居民自己说',
}));

/** What each kind of question might ask (the placeholder). */
export const QUESTION_PLACEHOLDERS: Record<SurveyQuestionType, string> = {
  satisfaction: '如：您对社区党组织的工作是否满意？',
  yesNo: '如：您觉得社区党组织的凝聚力增强了吗？',
  text: '如：您对社区还有什么意见和建议？',
};

export function addQuestion(draft: SurveyDraft, type: SurveyQuestionType = 'satisfaction'): SurveyDraft {
  if (draft.questions.length >= SURVEY_LIMITS.questionsMax) return draft;
  return { ...draft, questions: [...draft.questions, { type, text: '' }] };
}

export function removeQuestion(draft: SurveyDraft, index: number): SurveyDraft {
  return { ...draft, questions: draft.questions.filter((_, i) => i !== index) };
}

export function changeQuestion(draft: SurveyDraft, index: number, change: Partial<QuestionDraft>): SurveyDraft {
  return { ...draft, questions: draft.questions.map((q, i) => (i === index ? { ...q, ...change } : q)) };
}

/** Moves a question up (-1) or down (+1). */
export function moveQuestion(draft: SurveyDraft, index: number, by: -1 | 1): SurveyDraft {
  const to = index + by;
  if (to < 0 || to >= draft.questions.length) return draft;
  const questions = [...draft.questions];
  [questions[index], questions[to]] = [questions[to], questions[index]];
  return { ...draft, questions };
}

/**
 * The communities in the order they are sent (the server names them `communities.<i>`): the street's
 * chosen ones, or every one; a community's staff their own.
 */
export function participantIds(draft: SurveyDraft, scope: { street: true; allIds: readonly number[] } | { street: false; ownId: number }): number[] {
  if (!scope.street) return [scope.ownId];
  return draft.everyCommunity ? [...scope.allIds] : scope.allIds.filter((id) => draft.communityIds.includes(id));
}

/** A whole number from lo to hi as typed, or the message. */
function wholeNumber(value: string, label: string, lo: number, hi: number): string | undefined {
  const text = value.trim();
  if (!/^\d+$/.test(text)) return `请填写${label}（整数）`;
  const n = Number(text);
  if (n < lo || n > hi) return `${label}应在${lo}到${hi}之间`;
  return undefined;
}

/** The days, checked: real dates, the last not before the first nor before today, at most a year. */
function dayChecks(draft: SurveyDraft, today: string): { opensOn?: string; closesOn?: string } {
  const opens = dateInputToIso(draft.opensOn);
  const closes = dateInputToIso(draft.closesOn);
  const opensOn = !draft.opensOn.trim() ? '请填写开始日期' : !opens ? '开始日期格式应为 年-月-日，如 2026-03-02' : undefined;
  let closesOn = !draft.closesOn.trim() ? '请填写结束日期' : !closes ? '结束日期格式应为 年-月-日，如 2026-03-15' : undefined;
  if (!closesOn && opens && closes) {
    const days = (Date.parse(closes) - Date.parse(opens)) / DAY + 1;
    if (days < 1) closesOn = '结束日期不能早于开始日期';
    else if (days > SURVEY_LIMITS.daysMax) closesOn = `调查时间不能超过${SURVEY_LIMITS.daysMax}天`;
    else if (closes < (dateInputToIso(today) as string)) closesOn = '结束日期不能早于今天';
  }
  return { opensOn, closesOn };
}

/**
 * The request from the form, or what is wrong field by field (the server's names: `questions.0.text`,
 * `communities.2.households` …). The street sends every community only when a household count is given
 * (left out, the server takes all); a community sends its own only with its households.
 */
export function surveyBody(
  draft: SurveyDraft,
  scope: { street: true; allIds: readonly number[] } | { street: false; ownId: number },
  today: string,
): Checked<CreateSurveyRequest> {
  const ids = participantIds(draft, scope);
  const checks: Record<string, string | undefined> = {
    title: requiredTitle(draft.title, '调查名称', SURVEY_LIMITS.titleMax),
    purpose: requiredTitle(draft.purpose, '调查目的', SURVEY_LIMITS.purposeMax),
    questions: draft.questions.length ? undefined : '请至少添加一道题',
  };
  draft.questions.forEach((q, i) => {
    checks[`questions.${i}.text`] = requiredTitle(q.text, `第${i + 1}题`, SURVEY_LIMITS.questionTextMax);
  });
  checks.targetSampleSize = wholeNumber(draft.target, '每个社区的目标户数', 1, SURVEY_LIMITS.targetSampleMax);
  Object.assign(checks, dayChecks(draft, today));
  checks.communities = scope.street && !ids.length ? '请选择参加调查的社区' : undefined;
  ids.forEach((id, i) => {
    const typed = draft.households[id]?.trim() ?? '';
    checks[`communities.${i}.households`] = typed ? wholeNumber(typed, '社区总户数', 1, SURVEY_LIMITS.householdsMax) : undefined;
  });

  return checked(collect(checks), () => {
    const communities: SurveyCommunityInput[] = ids.map((communityId) => {
      const typed = draft.households[communityId]?.trim();
      return typed ? { communityId, households: Number(typed) } : { communityId };
    });
    const anyHouseholds = communities.some((c) => c.households !== undefined);
    // Every community with nothing more to say: left out, the server takes them all (the street) or hers (a community).
    const sendCommunities = scope.street ? !draft.everyCommunity || anyHouseholds : anyHouseholds;
    return {
      title: draft.title.trim(),
      purpose: draft.purpose.trim(),
      questions: draft.questions.map((q) => ({ type: q.type, text: q.text.trim() })),
      ...(sendCommunities ? { communities } : {}),
      targetSampleSize: Number(draft.target.trim()),
      // 2026-3-2 typed is sent as 2026-03-02 (the server reads one form).
      opensOn: toDateInput(new Date(dateInputToIso(draft.opensOn) as string)),
      closesOn: toDateInput(new Date(dateInputToIso(draft.closesOn) as string)),
    };
  });
}
