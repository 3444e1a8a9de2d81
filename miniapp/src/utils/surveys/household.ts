import {
  SURVEY_CHOICE_LABELS,
  SURVEY_LIMITS,
  type BuildingSummary,
  type SurveyAnswerInput,
  type SurveyChoice,
  type SurveyEntryRequest,
  type SurveyInfo,
  type SurveyQuestionInfo,
} from '@lingjuli/shared';
import { checked, collect, type Checked } from '@/utils/staff/forms';

/** One question's answer as she taps or types it at the door. */
export interface HouseholdAnswer {
  choice: SurveyChoice | null;
  text: string;
}

/** One household's form: where (all optional) and the answers, by question id. */
export interface HouseholdDraft {
  buildingId: number | null;
  unit: string;
  room: string;
  answers: Record<number, HouseholdAnswer>;
}

export const emptyHousehold = (): HouseholdDraft => ({ buildingId: null, unit: '', room: '', answers: {} });

/**
 * The form for the next door: the answers and the room cleared, the building and unit kept (she goes
 * from door to door up one stairwell).
 */
export const nextDoor = (done: HouseholdDraft): HouseholdDraft => ({ buildingId: done.buildingId, unit: done.unit, room: '', answers: {} });

export function setChoice(draft: HouseholdDraft, questionId: number, choice: SurveyChoice): HouseholdDraft {
  const was = draft.answers[questionId] ?? { choice: null, text: '' };
  return { ...draft, answers: { ...draft.answers, [questionId]: { ...was, choice } } };
}

export function setText(draft: HouseholdDraft, questionId: number, text: string): HouseholdDraft {
  const was = draft.answers[questionId] ?? { choice: null, text: '' };
  return { ...draft, answers: { ...draft.answers, [questionId]: { ...was, text } } };
}

/** The big buttons of a choice question, in the survey's order, with their words. */
export function answerChoices(question: Pick<SurveyQuestionInfo, 'choices'>): { key: SurveyChoice; label: string }[] {
  return question.choices.map((c) => ({ key: c, label: SURVEY_CHOICE_LABELS[c] }));
}

/** The household's answers are the fields `answers.<i>` (the server's names); the place is `buildingId`, `unit`, `room`. */
export const answerField = (index: number) => `answers.${index}`;

/**
 * Checks the household before it is saved: every choice question answered, no text too long. The body
 * is the request without its time and key (given when it is saved).
 */
export function checkHousehold(survey: Pick<SurveyInfo, 'questions'>, draft: HouseholdDraft): Checked<Omit<SurveyEntryRequest, 'interviewedAt' | 'clientKey'>> {
  const unit = draft.unit.trim();
  const room = draft.room.trim();
  const checks: Record<string, string | undefined> = {
    unit: unit.length > SURVEY_LIMITS.unitMax ? `单元不能超过${SURVEY_LIMITS.unitMax}个字` : undefined,
    room: room.length > SURVEY_LIMITS.roomMax ? `门牌号不能超过${SURVEY_LIMITS.roomMax}个字` : undefined,
  };
  survey.questions.forEach((q, i) => {
    const answer = draft.answers[q.id];
    if (q.type === 'text') {
      const text = answer?.text.trim() ?? '';
      checks[answerField(i)] = text.length > SURVEY_LIMITS.textAnswerMax ? `第${q.position}题不能超过${SURVEY_LIMITS.textAnswerMax}个字` : undefined;
    } else {
      checks[answerField(i)] = answer?.choice && q.choices.includes(answer.choice) ? undefined : `请选择第${q.position}题的回答`;
    }
  });
  return checked(collect(checks), () => ({
    ...(draft.buildingId !== null ? { buildingId: draft.buildingId } : {}),
    ...(unit ? { unit } : {}),
    ...(room ? { room } : {}),
    answers: survey.questions.map((q): SurveyAnswerInput => {
      const answer = draft.answers[q.id];
      if (q.type !== 'text') return { questionId: q.id, choice: answer.choice! };
      const text = answer?.text.trim() ?? '';
      return text ? { questionId: q.id, text } : { questionId: q.id };
    }),
  }));
}

/** A saved household back in the form (to fix what the server refused). */
export function draftFromRequest(body: Omit<SurveyEntryRequest, 'interviewedAt' | 'clientKey'>): HouseholdDraft {
  const answers: Record<number, HouseholdAnswer> = {};
  body.answers.forEach((a) => {
    answers[a.questionId] = { choice: a.choice ?? null, text: a.text ?? '' };
  });
  return { buildingId: body.buildingId ?? null, unit: body.unit ?? '', room: body.room ?? '', answers };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `at` as the phone's own time with its offset (`2026-03-02T09:30:05+08:00`): when the household was
 * asked, as the server wants it (an offset, never a bare time).
 */
export function withOffset(at: Date): string {
  const minutes = -at.getTimezoneOffset();
  const sign = minutes >= 0 ? '+' : '-';
  const abs = Math.abs(minutes);
  return (
    `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}` +
    `T${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** A number alone gets its word (2 → 2单元); what she typed with words stays as typed. */
const withWord = (value: string, word: string) => (/^\d+$/.test(value) ? `${value}${word}` : value);

/** Where the household is, as she reads it in her queue: 3号楼 2单元 301室, or 未填门牌. */
export function householdPlace(
  buildings: readonly Pick<BuildingSummary, 'id' | 'name'>[],
  body: Pick<SurveyEntryRequest, 'buildingId' | 'unit' | 'room'>,
): string {
  const parts = [
    body.buildingId !== undefined ? (buildings.find((b) => b.id === body.buildingId)?.name ?? '') : '',
    body.unit ? withWord(body.unit, '单元') : '',
    body.room ? withWord(body.room, '室') : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' ') : '未填门牌';
}

/** 已保存 n 户，待上传 m 户 */
export const countsLine = (saved: number, waiting: number) => `已保存 ${saved} 户，待上传 ${waiting} 户`;

/** After a save: 已保存第 n 户 */
export const savedLine = (n: number) => `已保存第 ${n} 户`;

/** The field of the form a server refusal points to (`answers.2` → the third question), if the form shows it. */
export function formFieldOf(field: string | null): string | null {
  if (!field) return null;
  if (/^answers\.\d+/.test(field)) return field.split('.').slice(0, 2).join('.');
  return ['buildingId', 'unit', 'room'].includes(field) ? field : null;
}
