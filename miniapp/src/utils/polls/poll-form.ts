import {
  POLL_LIMITS,
  type AdoptPollRequest,
  type Audience,
  type BallotUnit,
  type CreatePollRequest,
  type PollDetail,
  type PollQuestionInput,
  type PollQuestionType,
} from '@lingjuli/shared';
import { momentInputToIso, toDateInput, toTimeInput } from '@/utils/dates';
import { checked, collect, requiredTitle, type Checked, type FieldErrors } from '@/utils/powers/check';

/**
 * A poll as staff write it: the questions added one by one (a type, a prompt, the options typed one per
 * line of the form), who is asked, how it counts, when it opens and closes. The checks use the server's
 * field names (`questions.<i>.options.<j>`…) so its 400 lands on the same place.
 */
export interface QuestionDraft {
  /** A stable handle for the list (not sent). */
  key: string;
  type: PollQuestionType;
  prompt: string;
  required: boolean;
  /** One label per option, in order (choice questions). */
  options: string[];
  /** Multiple choice: the most one may choose, as typed ('' for no limit). */
  maxChoices: string;
}

export interface PollDraft {
  title: string;
  description: string;
  questions: QuestionDraft[];
  audience: Audience;
  buildingIds: number[];
  invitedUserIds: number[];
  ballotUnit: BallotUnit;
  verifiedHouseholdsOnly: boolean;
  notifyParticipants: boolean;
  /** Open at once (else at `opensDay` `opensTime`, Beijing time). */
  opensNow: boolean;
  opensDay: string;
  opensTime: string;
  closesDay: string;
  closesTime: string;
}

let nextKey = 0;
const newKey = () => `q${Date.now().toString(36)}-${nextKey++}`;

export const isChoice = (type: PollQuestionType) => type !== 'text';

export function newQuestion(type: PollQuestionType): QuestionDraft {
  return { key: newKey(), type, prompt: '', required: true, options: isChoice(type) ? ['', ''] : [], maxChoices: '' };
}

const DAY = 24 * 3600_000;

/** A new poll: the whole community, one answer per household, closing in two weeks at 18:00. */
export function emptyPollDraft(now: Date): PollDraft {
  return {
    title: '',
    description: '',
    questions: [newQuestion('single')],
    audience: 'community',
    buildingIds: [],
    invitedUserIds: [],
    ballotUnit: 'household',
    verifiedHouseholdsOnly: false,
    notifyParticipants: true,
    opensNow: true,
    opensDay: toDateInput(now),
    opensTime: '08:00',
    closesDay: toDateInput(new Date(now.getTime() + 14 * DAY)),
    closesTime: '18:00',
  };
}

/** A saved poll, to change before its first answer. */
export function draftFromPoll(p: PollDetail): PollDraft {
  const opensAt = new Date(p.opensAt);
  const closesAt = new Date(p.closesAt);
  return {
    title: p.title,
    description: p.description,
    questions: p.questions.map((q) => ({
      key: newKey(),
      type: q.type,
      prompt: q.prompt,
      required: q.required,
      options: q.options.map((o) => o.label),
      maxChoices: q.maxChoices === null ? '' : String(q.maxChoices),
    })),
    audience: p.audience,
    buildingIds: p.buildings.map((b) => b.id),
    invitedUserIds: [...p.invitedUserIds],
    ballotUnit: p.ballotUnit,
    verifiedHouseholdsOnly: p.verifiedHouseholdsOnly,
    notifyParticipants: p.notifyParticipants,
    opensNow: false,
    opensDay: toDateInput(opensAt),
    opensTime: toTimeInput(opensAt),
    closesDay: toDateInput(closesAt),
    closesTime: toTimeInput(closesAt),
  };
}

// ---- the questions, one change at a time ----

export function addQuestion(d: PollDraft, type: PollQuestionType): PollDraft {
  if (d.questions.length >= POLL_LIMITS.questions) return d;
  return { ...d, questions: [...d.questions, newQuestion(type)] };
}

export function removeQuestion(d: PollDraft, index: number): PollDraft {
  return { ...d, questions: d.questions.filter((_, i) => i !== index) };
}

/** Moves question `index` up (-1) or down (+1). */
export function moveQuestion(d: PollDraft, index: number, by: -1 | 1): PollDraft {
  const to = index + by;
  if (to < 0 || to >= d.questions.length) return d;
  const questions = [...d.questions];
  [questions[index], questions[to]] = [questions[to], questions[index]];
  return { ...d, questions };
}

export function updateQuestion(d: PollDraft, index: number, patch: Partial<Omit<QuestionDraft, 'key'>>): PollDraft {
  return { ...d, questions: d.questions.map((q, i) => (i === index ? { ...q, ...patch } : q)) };
}

/** Another type: a choice question keeps its options (at least two rows to fill), a text question has none; only multiple choice keeps a limit. */
export function changeType(d: PollDraft, index: number, type: PollQuestionType): PollDraft {
  const q = d.questions[index];
  if (!q) return d;
  const options = isChoice(type) ? [...q.options, ...Array<string>(Math.max(0, POLL_LIMITS.minOptions - q.options.length)).fill('')] : [];
  return updateQuestion(d, index, { type, options, maxChoices: type === 'multiple' ? q.maxChoices : '' });
}

export function addOption(d: PollDraft, index: number): PollDraft {
  const q = d.questions[index];
  if (!q || q.options.length >= POLL_LIMITS.options) return d;
  return updateQuestion(d, index, { options: [...q.options, ''] });
}

export function setOption(d: PollDraft, index: number, option: number, label: string): PollDraft {
  const q = d.questions[index];
  if (!q) return d;
  return updateQuestion(d, index, { options: q.options.map((o, j) => (j === option ? label : o)) });
}

export function removeOption(d: PollDraft, index: number, option: number): PollDraft {
  const q = d.questions[index];
  if (!q) return d;
  return updateQuestion(d, index, { options: q.options.filter((_, j) => j !== option) });
}

// ---- checks ----

function questionErrors(q: QuestionDraft, i: number): FieldErrors {
  const at = `questions.${i}`;
  const n = `第${i + 1}题`;
  const errors: FieldErrors = {};
  const prompt = requiredTitle(q.prompt, `${n}的题目`, POLL_LIMITS.prompt);
  if (prompt) errors[`${at}.prompt`] = prompt;
  if (!isChoice(q.type)) return errors;
  const labels = q.options.map((o) => o.trim());
  if (labels.length < POLL_LIMITS.minOptions) errors[`${at}.options`] = `${n}至少要有${POLL_LIMITS.minOptions}个选项`;
  if (labels.length > POLL_LIMITS.options) errors[`${at}.options`] = `${n}最多${POLL_LIMITS.options}个选项`;
  labels.forEach((label, j) => {
    const field = `${at}.options.${j}`;
    if (!label) errors[field] = `${n}第${j + 1}个选项是空的，请填写或删掉`;
    else if (label.length > POLL_LIMITS.optionLabel) errors[field] = `${n}第${j + 1}个选项不能超过${POLL_LIMITS.optionLabel}个字`;
    else if (labels.indexOf(label) !== j) errors[field] = `${n}第${j + 1}个选项和前面的重复了`;
  });
  if (q.type === 'multiple' && q.maxChoices.trim()) {
    const t = q.maxChoices.trim();
    const max = Number(t);
    if (!/^\d+$/.test(t) || max < 1 || max > labels.length) errors[`${at}.maxChoices`] = `${n}最多可选的项数应为1到${labels.length}之间的整数，不限请留空`;
  }
  return errors;
}

/** The opening and closing instants as sent, or what is wrong with them (`opensAt`, `closesAt`). */
function pollTimes(d: PollDraft, now: Date): { errors: FieldErrors; opensAt?: string; closesAt: string | null } {
  const errors: FieldErrors = {};
  const closesAt = momentInputToIso(d.closesDay, d.closesTime);
  if (!closesAt) errors.closesAt = '请填写截止日期和时间，如 2026-03-16 18:00';
  const opensAt = d.opensNow ? undefined : momentInputToIso(d.opensDay, d.opensTime);
  if (!d.opensNow && !opensAt) errors.opensAt = '请填写开始日期和时间，或选择“立即开始”';
  if (closesAt) {
    const closes = new Date(closesAt).getTime();
    if (closes <= now.getTime()) errors.closesAt = '截止时间应晚于现在';
    else if (opensAt && closes <= new Date(opensAt).getTime()) errors.closesAt = '截止时间应晚于开始时间';
    else if (closes > now.getTime() + POLL_LIMITS.maxDays * DAY) errors.closesAt = `截止时间不能晚于${POLL_LIMITS.maxDays}天后`;
  }
  return { errors, ...(opensAt ? { opensAt } : {}), closesAt };
}

function questionBody(q: QuestionDraft): PollQuestionInput {
  const body: PollQuestionInput = { type: q.type, prompt: q.prompt.trim(), required: q.required };
  if (isChoice(q.type)) body.options = q.options.map((o) => o.trim());
  if (q.type === 'multiple' && q.maxChoices.trim()) body.maxChoices = Number(q.maxChoices.trim());
  return body;
}

export function pollBody(d: PollDraft, now: Date): Checked<CreatePollRequest> {
  const times = pollTimes(d, now);
  const errors: FieldErrors = {
    ...collect({
      title: requiredTitle(d.title, '标题', POLL_LIMITS.title),
      description: requiredTitle(d.description, '说明', POLL_LIMITS.description),
      questions: !d.questions.length ? '请至少添加一道题' : d.questions.length > POLL_LIMITS.questions ? `最多${POLL_LIMITS.questions}道题` : undefined,
      buildingIds: d.audience === 'buildings' && !d.buildingIds.length ? '请选择征求意见的楼栋' : undefined,
      invitedUserIds: d.audience === 'invited' && !d.invitedUserIds.length ? '请选择邀请参与的居民（如居民代表）' : undefined,
    }),
    ...d.questions.reduce<FieldErrors>((all, q, i) => ({ ...all, ...questionErrors(q, i) }), {}),
    ...times.errors,
  };
  return checked(errors, () => ({
    title: d.title.trim(),
    description: d.description.trim(),
    questions: d.questions.map(questionBody),
    audience: d.audience,
    ...(d.audience === 'buildings' ? { buildingIds: [...new Set(d.buildingIds)] } : {}),
    ...(d.audience === 'invited' ? { invitedUserIds: [...new Set(d.invitedUserIds)] } : {}),
    ballotUnit: d.ballotUnit,
    verifiedHouseholdsOnly: d.verifiedHouseholdsOnly,
    ...(times.opensAt ? { opensAt: times.opensAt } : {}),
    closesAt: times.closesAt as string,
    notifyParticipants: d.notifyParticipants,
  }));
}

/** The fields of the form outside the questions, for the server's message that none of them carries. */
export const POLL_FIELDS = [
  'title',
  'description',
  'questions',
  'audience',
  'buildingIds',
  'invitedUserIds',
  'ballotUnit',
  'verifiedHouseholdsOnly',
  'opensAt',
  'closesAt',
  'notifyParticipants',
];

/** Every field of the form a server message may name: the poll's, and each question's (prompt, options, each option, the limit). */
export function pollFormFields(d: Pick<PollDraft, 'questions'>): string[] {
  const perQuestion = d.questions.flatMap((q, i) => [
    `questions.${i}`,
    `questions.${i}.type`,
    `questions.${i}.prompt`,
    `questions.${i}.required`,
    `questions.${i}.options`,
    `questions.${i}.maxChoices`,
    ...q.options.map((_, j) => `questions.${i}.options.${j}`),
  ]);
  return [...POLL_FIELDS, ...perQuestion];
}

// ---- the adopted plan ----

/** An option adopted, her words, or both; one of them at least. */
export function adoptionBody(optionId: number | null, text: string): Checked<AdoptPollRequest> {
  const words = text.trim();
  return checked(
    collect({
      optionId: optionId === null && !words ? '请选择采纳的选项，或写下采纳的方案' : undefined,
      text: words.length > POLL_LIMITS.adoptionText ? `采纳方案不能超过${POLL_LIMITS.adoptionText}字` : undefined,
    }),
    () => ({ ...(optionId !== null ? { optionId } : {}), ...(words ? { text: words } : {}) }),
  );
}
