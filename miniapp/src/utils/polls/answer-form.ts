import { POLL_LIMITS, type AnswerPollRequest, type PollAnswerInput, type PollQuestion } from '@lingjuli/shared';
import { checked, type Checked, type FieldErrors } from '@/utils/powers/check';
import { tapRank } from '@/utils/polls/ranking';

/**
 * Her answers while she fills the poll in, by question id: the options ticked (a ranking: in her order
 * of preference) and the words typed. The form's own checks say, in the server's field names
 * (`answers.<i>`, `answers.<i>.optionIds`, `answers.<i>.text`), what is missing before anything is sent.
 */
export interface QuestionAnswer {
  optionIds: number[];
  text: string;
}

export type PollAnswers = Record<number, QuestionAnswer>;

const BLANK: QuestionAnswer = { optionIds: [], text: '' };

export const answerOf = (answers: PollAnswers, questionId: number): QuestionAnswer => answers[questionId] ?? BLANK;

/** After a tap on an option: the answers, and a refusal to say when the tap was one too many (最多选 n 项). */
export interface TapResult {
  answers: PollAnswers;
  refusal?: string;
}

/** A tap on an option: single choice takes it, multiple choice ticks or unticks it (up to its limit), ranked choice numbers it or takes its number back. */
export function tapOption(answers: PollAnswers, question: PollQuestion, optionId: number): TapResult {
  if (!question.options.some((o) => o.id === optionId)) return { answers };
  const current = answerOf(answers, question.id).optionIds;
  const put = (optionIds: number[]): PollAnswers => ({ ...answers, [question.id]: { ...answerOf(answers, question.id), optionIds } });
  switch (question.type) {
    case 'single':
      return { answers: put([optionId]) };
    case 'multiple': {
      if (current.includes(optionId)) return { answers: put(current.filter((id) => id !== optionId)) };
      if (question.maxChoices !== null && current.length >= question.maxChoices)
        return { answers, refusal: `这道题最多选${question.maxChoices}项，请先点掉一项再选` };
      return { answers: put([...current, optionId]) };
    }
    case 'ranked':
      return { answers: put(tapRank(current, optionId)) };
    case 'text':
      return { answers };
  }
}

export function setText(answers: PollAnswers, questionId: number, text: string): PollAnswers {
  return { ...answers, [questionId]: { ...answerOf(answers, questionId), text } };
}

/** What the question asks of her, under its prompt: 单选 / 多选，最多选2项 / 排序 / 填空，不超过500字 (and 选答 when optional). */
export function questionHint(question: Pick<PollQuestion, 'type' | 'maxChoices' | 'required' | 'options'>): string {
  const how =
    question.type === 'single'
      ? '单选，请选一项'
      : question.type === 'multiple'
        ? question.maxChoices !== null && question.maxChoices < question.options.length
          ? `多选，最多选${question.maxChoices}项`
          : '多选，可以选多项'
        : question.type === 'ranked'
          ? '排序，按您的喜好依次点选'
          : `填空，不超过${POLL_LIMITS.textAnswer}字`;
  return question.required ? how : `${how}（选答，可以不答）`;
}

/** The count under a text answer: 12/500字. */
export function textCount(text: string): string {
  return `${text.trim().length}/${POLL_LIMITS.textAnswer}字`;
}

const isAnswered = (q: PollQuestion, a: QuestionAnswer) => (q.type === 'text' ? a.text.trim().length > 0 : a.optionIds.length > 0);

/** How many questions she has answered, e.g. for 已答2题，共4题. */
export function answeredCount(questions: readonly PollQuestion[], answers: PollAnswers): number {
  return questions.filter((q) => isAnswered(q, answerOf(answers, q.id))).length;
}

const MISSING: Record<PollQuestion['type'], string> = {
  single: '请选一项',
  multiple: '请至少选一项',
  ranked: '请至少点选一项排个序',
  text: '请填写',
};

/** The request to send, or what is missing, question by question (`answers.<i>` as the server names it). */
export function answerBody(questions: readonly PollQuestion[], answers: PollAnswers): Checked<AnswerPollRequest> {
  const errors: FieldErrors = {};
  questions.forEach((q, i) => {
    const a = answerOf(answers, q.id);
    const n = `第${i + 1}题`;
    if (q.required && !isAnswered(q, a)) errors[`answers.${i}`] = `${n}必答：${MISSING[q.type]}`;
    if (q.type === 'text' && a.text.trim().length > POLL_LIMITS.textAnswer) errors[`answers.${i}.text`] = `${n}不能超过${POLL_LIMITS.textAnswer}字`;
    if (q.type === 'multiple' && q.maxChoices !== null && a.optionIds.length > q.maxChoices) errors[`answers.${i}.optionIds`] = `${n}最多选${q.maxChoices}项`;
  });
  return checked(errors, () => ({
    answers: questions.map((q): PollAnswerInput => {
      const a = answerOf(answers, q.id);
      if (q.type === 'text') return a.text.trim() ? { questionId: q.id, text: a.text.trim() } : { questionId: q.id };
      // Single and multiple in the question's order; a ranking in hers.
      const optionIds = q.type === 'ranked' ? [...a.optionIds] : q.options.map((o) => o.id).filter((id) => a.optionIds.includes(id));
      return optionIds.length ? { questionId: q.id, optionIds } : { questionId: q.id };
    }),
  }));
}

/** The first message about question i (blank, too long, too many), to show under it. */
export function questionError(i: number, fieldError: (field: string) => string | undefined): string | undefined {
  return fieldError(`answers.${i}`) ?? fieldError(`answers.${i}.optionIds`) ?? fieldError(`answers.${i}.text`) ?? fieldError(`answers.${i}.questionId`);
}

/** Her answers in words, for the confirm sheet: 1. 您支持哪个停车方案？ — 方案二：错时共享停车. */
export function answerSummary(questions: readonly PollQuestion[], answers: PollAnswers): { prompt: string; answer: string }[] {
  return questions.map((q, i) => {
    const a = answerOf(answers, q.id);
    const label = (id: number) => q.options.find((o) => o.id === id)?.label ?? '';
    let answer: string;
    if (q.type === 'text') answer = a.text.trim() || '未填写';
    else if (!a.optionIds.length) answer = '未作答';
    else if (q.type === 'ranked') answer = a.optionIds.map((id, r) => `${r + 1}. ${label(id)}`).join('\n');
    else
      answer = q.options
        .filter((o) => a.optionIds.includes(o.id))
        .map((o) => o.label)
        .join('；');
    return { prompt: `${i + 1}. ${q.prompt}`, answer };
  });
}

/**
 * Answers kept on her phone (a draft from before the app was closed), fitted to the poll as it is now:
 * unknown questions and options go, a single choice keeps one option, a multiple choice its limit, a
 * text its length.
 */
export function fitAnswers(questions: readonly PollQuestion[], stored: unknown): PollAnswers {
  if (!stored || typeof stored !== 'object') return {};
  const out: PollAnswers = {};
  for (const q of questions) {
    const raw = (stored as Record<string, unknown>)[String(q.id)] as Partial<QuestionAnswer> | undefined;
    if (!raw || typeof raw !== 'object') continue;
    const ids = Array.isArray(raw.optionIds) ? raw.optionIds.filter((id): id is number => q.options.some((o) => o.id === id)) : [];
    let optionIds = [...new Set(ids)];
    if (q.type === 'text') optionIds = [];
    if (q.type === 'single') optionIds = optionIds.slice(0, 1);
    if (q.type === 'multiple' && q.maxChoices !== null) optionIds = optionIds.slice(0, q.maxChoices);
    const text = q.type === 'text' && typeof raw.text === 'string' ? raw.text.slice(0, POLL_LIMITS.textAnswer) : '';
    if (optionIds.length || text) out[q.id] = { optionIds, text };
  }
  return out;
}
