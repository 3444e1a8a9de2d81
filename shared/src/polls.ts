/**
 * Polls and questionnaires of the residents' deliberation hall (征求意见 / 问卷, docs/domain.md "The
 * deliberation hall"): the kinds of question, how a ballot is checked against them, and the tallies.
 * Pure: the server stores ballots without a name and hands them here; every screen and export counts
 * the same way.
 */

/** `single`: one option; `multiple`: some (at most `maxChoices`); `ranked`: options in order of preference; `text`: free words. */
export const POLL_QUESTION_TYPES = ['single', 'multiple', 'ranked', 'text'] as const;
export type PollQuestionType = (typeof POLL_QUESTION_TYPES)[number];

/** One answer per household (户: whoever of the flat answers first), or one per resident. */
export const BALLOT_UNITS = ['household', 'resident'] as const;
export type BallotUnit = (typeof BALLOT_UNITS)[number];

/** Before `opensAt`, between `opensAt` and `closesAt` (or an early close), after. */
export const POLL_STATUSES = ['scheduled', 'open', 'closed'] as const;
export type PollStatus = (typeof POLL_STATUSES)[number];

export const POLL_QUESTION_TYPE_LABELS: Record<PollQuestionType, string> = {
  single: '单选',
  multiple: '多选',
  ranked: '排序',
  text: '填空',
};

export const BALLOT_UNIT_LABELS: Record<BallotUnit, string> = {
  household: '每户一票',
  resident: '每人一票',
};

export const POLL_STATUS_LABELS: Record<PollStatus, string> = {
  scheduled: '未开始',
  open: '征求中',
  closed: '已结束',
};

export const POLL_LIMITS = {
  title: 100,
  description: 2000,
  questions: 30,
  prompt: 200,
  /** Options of a choice question, at least `minOptions`. */
  options: 20,
  minOptions: 2,
  optionLabel: 100,
  /** A free-text answer. */
  textAnswer: 500,
  /** The adopted plan's words. */
  adoptionText: 500,
  /** The longest a poll may run, from now to its closing time. */
  maxDays: 366,
} as const;

/** Whether a poll takes answers now: open from `opensAt` up to (not at) `closesAt`, unless staff closed it earlier. */
export function pollStatus(poll: { opensAt: Date; closesAt: Date; closedAt: Date | null }, now: Date): PollStatus {
  if (poll.closedAt !== null || now.getTime() >= poll.closesAt.getTime()) return 'closed';
  return now.getTime() < poll.opensAt.getTime() ? 'scheduled' : 'open';
}

/** A question as the rules need it. */
export interface PollQuestionRule {
  id: number;
  type: PollQuestionType;
  required: boolean;
  /** `multiple` only: the most options one may choose (null: any number). */
  maxChoices: number | null;
  /** Its options' ids in their order (none for `text`). */
  optionIds: readonly number[];
}

/** An answer as a resident sends it: `answers[i]` answers question i. */
export interface PollAnswerInput {
  questionId: number;
  /** Choice questions: the chosen options; `ranked`: in order of preference, most preferred first. */
  optionIds?: readonly number[];
  text?: string;
}

/** One answer of a ballot as stored, without anyone's name; a question left unanswered has none. */
export interface BallotAnswer {
  questionId: number;
  optionIds?: number[];
  text?: string;
}

/** What is wrong with a ballot: the field (`answers`, `answers.<i>`, `answers.<i>.optionIds`…) and why, in Chinese. */
export interface BallotProblem {
  field: string;
  message: string;
}

/**
 * Checks a ballot against the questions (one answer per question, in their order) and returns what to
 * store, or the first problem. A ranked answer must rank distinct options of the question (a subset,
 * in any order: those left out are unranked).
 */
export function checkBallot(
  questions: readonly PollQuestionRule[],
  answers: readonly PollAnswerInput[],
): { answers: BallotAnswer[] } | { problem: BallotProblem } {
  if (answers.length !== questions.length)
    return { problem: { field: 'answers', message: `请逐题作答：共${questions.length}题，应有${questions.length}个回答` } };
  const stored: BallotAnswer[] = [];
  for (const [i, q] of questions.entries()) {
    const a = answers[i];
    const at = `answers.${i}`;
    const n = `第${i + 1}题`;
    const problem = (field: string, message: string) => ({ problem: { field, message } });
    if (a.questionId !== q.id) return problem(`${at}.questionId`, `${n}已更新，请刷新后重新作答`);
    const chosen = a.optionIds ?? [];
    const text = a.text?.trim() ?? '';
    if (q.type === 'text') {
      if (chosen.length) return problem(`${at}.optionIds`, `${n}是填空题，不能选择选项`);
      if (text.length > POLL_LIMITS.textAnswer) return problem(`${at}.text`, `${n}的回答不能超过${POLL_LIMITS.textAnswer}个字`);
      if (!text) {
        if (q.required) return problem(at, `${n}为必答题`);
        continue;
      }
      stored.push({ questionId: q.id, text });
      continue;
    }
    if (text) return problem(`${at}.text`, `${n}是选择题，请选择选项`);
    if (chosen.length === 0) {
      if (q.required) return problem(at, `${n}为必答题`);
      continue;
    }
    if (new Set(chosen).size !== chosen.length) return problem(`${at}.optionIds`, q.type === 'ranked' ? `${n}每个选项只能排一次` : `${n}不能重复选择同一选项`);
    if (chosen.some((id) => !q.optionIds.includes(id))) return problem(`${at}.optionIds`, `${n}的选项不存在`);
    if (q.type === 'single' && chosen.length > 1) return problem(`${at}.optionIds`, `${n}只能选一项`);
    if (q.type === 'multiple' && q.maxChoices !== null && chosen.length > q.maxChoices) return problem(`${at}.optionIds`, `${n}最多选${q.maxChoices}项`);
    // The order of a ranking is the answer; the order options were ticked in is not (kept in the question's order).
    const optionIds = q.type === 'ranked' ? [...chosen] : q.optionIds.filter((id) => chosen.includes(id));
    stored.push({ questionId: q.id, optionIds });
  }
  return { answers: stored };
}

/** A ratio, or null when there is nothing to divide by. */
const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

export interface OptionTally {
  optionId: number;
  /** Ballots that chose it (`ranked`: that ranked it at all). */
  count: number;
  /** `count` of the ballots that answered the question (multiple choice: the shares add up to more than 1). */
  share: number | null;
  /** `ranked` only: the Borda count — with n options, n points for a first place, n − 1 for a second…, none unranked. */
  bordaPoints?: number;
  /** `ranked` only: its Borda points of all the question's points. */
  bordaShare?: number | null;
  /** `ranked` only: ballots that ranked it first. */
  firstPreferences?: number;
  /** `ranked` only: first preferences of the ballots that answered the question. */
  firstPreferenceShare?: number | null;
}

export interface QuestionTally {
  questionId: number;
  type: PollQuestionType;
  /** Ballots that answered it (an optional question may be left out). */
  answered: number;
  /** Every option in the question's order (`text`: none). */
  options: OptionTally[];
  /** `text` only: the answers as written, in a stable order that is not the order they came in. */
  texts?: string[];
}

/**
 * The results of a poll from its ballots, question by question. A ranked question is decided by the
 * Borda count (each ballot gives an option in position i — from 0 — n − i points, n being the
 * question's number of options; options it leaves unranked get none), with first preferences beside it.
 * Free-text answers are sorted by their words, so their order tells nothing of who answered when.
 */
export function tallyPoll(
  questions: readonly Pick<PollQuestionRule, 'id' | 'type' | 'optionIds'>[],
  ballots: readonly (readonly BallotAnswer[])[],
): QuestionTally[] {
  return questions.map((q) => {
    const answers = ballots.flatMap((b) => b.filter((a) => a.questionId === q.id));
    if (q.type === 'text') {
      const texts = answers.map((a) => a.text ?? '').filter((t) => t !== '');
      return { questionId: q.id, type: q.type, answered: texts.length, options: [], texts: sortTexts(texts) };
    }
    const chosen = answers.map((a) => a.optionIds ?? []).filter((ids) => ids.length > 0);
    const answered = chosen.length;
    const n = q.optionIds.length;
    const points = new Map<number, number>();
    if (q.type === 'ranked') for (const ranking of chosen) ranking.forEach((id, i) => points.set(id, (points.get(id) ?? 0) + n - i));
    const totalPoints = [...points.values()].reduce((s, p) => s + p, 0);
    const options = q.optionIds.map((optionId): OptionTally => {
      const count = chosen.filter((ids) => ids.includes(optionId)).length;
      const tally: OptionTally = { optionId, count, share: ratio(count, answered) };
      if (q.type !== 'ranked') return tally;
      const firstPreferences = chosen.filter((ids) => ids[0] === optionId).length;
      const bordaPoints = points.get(optionId) ?? 0;
      return { ...tally, bordaPoints, bordaShare: ratio(bordaPoints, totalPoints), firstPreferences, firstPreferenceShare: ratio(firstPreferences, answered) };
    });
    return { questionId: q.id, type: q.type, answered, options };
  });
}

/** Free words in a stable order of their own (by code point), never the order they were written in. */
export function sortTexts(texts: readonly string[]): string[] {
  return [...texts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Turnout: households (or residents) that answered of those in the audience who stated a household.
 * Null with no one in the audience; at most 1 (someone who answered may have moved out since).
 */
export function turnout(participants: number, eligible: number): number | null {
  const rate = ratio(participants, eligible);
  return rate === null ? null : Math.min(1, rate);
}

/** The turnout of several polls together (a community's quarter): all their participants of all their audiences. */
export function combinedTurnout(polls: readonly { participants: number; eligible: number }[]): number | null {
  return turnout(
    polls.reduce((s, p) => s + p.participants, 0),
    polls.reduce((s, p) => s + p.eligible, 0),
  );
}

/** The options of a ranked question from most to least preferred by the Borda count (ties by first preferences, then the question's order). */
export function bordaOrder(tally: QuestionTally): number[] {
  const position = new Map(tally.options.map((o, i) => [o.optionId, i]));
  return [...tally.options]
    .sort(
      (a, b) =>
        (b.bordaPoints ?? 0) - (a.bordaPoints ?? 0) ||
        (b.firstPreferences ?? 0) - (a.firstPreferences ?? 0) ||
        (position.get(a.optionId) ?? 0) - (position.get(b.optionId) ?? 0),
    )
    .map((o) => o.optionId);
}
