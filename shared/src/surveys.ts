/**
 * Door-to-door satisfaction surveys (入户调查, docs/domain.md, "Door-to-door surveys"): the kinds of question, their
 * choices, and the arithmetic of a sample — the share, its margin of error at 95 % confidence (with the
 * finite-population correction when the number of households is known), the Wilson interval, and the
 * sample a target margin needs. The server only counts answers and hands the counts to these functions,
 * so every screen, the measures and the .xlsx give the same figure.
 */
import { SATISFACTIONS, type Satisfaction } from './enums';
import { SATISFACTION_LABELS } from './labels';

/** `satisfaction`: 满意 / 基本满意 / 不满意, like the appeal ratings; `yesNo`: 是 / 否 / 说不清; `text`: free words. */
export const SURVEY_QUESTION_TYPES = ['satisfaction', 'yesNo', 'text'] as const;
export type SurveyQuestionType = (typeof SURVEY_QUESTION_TYPES)[number];
export const SURVEY_QUESTION_TYPE_LABELS: Record<SurveyQuestionType, string> = { satisfaction: '满意度', yesNo: '是否', text: '文字' };

export const YES_NO_ANSWERS = ['yes', 'no', 'unsure'] as const;
export type YesNoAnswer = (typeof YES_NO_ANSWERS)[number];
export const YES_NO_LABELS: Record<YesNoAnswer, string> = { yes: '是', no: '否', unsure: '说不清' };

export type SurveyChoice = Satisfaction | YesNoAnswer;

/** The choices of a question, in the order the phone shows them; a text question has none. */
export const SURVEY_CHOICES: Record<SurveyQuestionType, readonly SurveyChoice[]> = {
  satisfaction: SATISFACTIONS,
  yesNo: YES_NO_ANSWERS,
  text: [],
};

export const SURVEY_CHOICE_LABELS: Record<SurveyChoice, string> = { ...SATISFACTION_LABELS, ...YES_NO_LABELS };

/** The choices a question's share counts: satisfied (满意 + 基本满意, as the appeal ratings' satisfaction), or 是. */
export const POSITIVE_CHOICES: Record<SurveyQuestionType, readonly SurveyChoice[]> = {
  satisfaction: ['satisfied', 'basicallySatisfied'],
  yesNo: ['yes'],
  text: [],
};

/** What the share of a question is called: 满意率 (满意 + 基本满意) or 回答"是"的比例. */
export const SHARE_LABELS: Record<SurveyQuestionType, string> = { satisfaction: '满意率', yesNo: '"是"的比例', text: '' };

export function isSurveyChoice(type: SurveyQuestionType, choice: unknown): choice is SurveyChoice {
  return (SURVEY_CHOICES[type] as readonly unknown[]).includes(choice);
}

// ---- the survey's life ----

/** Before its first day, in its days, after its last day or once closed early. */
export const SURVEY_STATUSES = ['scheduled', 'open', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];
export const SURVEY_STATUS_LABELS: Record<SurveyStatus, string> = { scheduled: '未开始', open: '进行中', closed: '已结束' };

/**
 * A survey runs from the start of its first Beijing day (`opensAt`) to the end of its last (`closesAt`,
 * exclusive), unless closed early (`closedAt`). Entries are taken only while it is open.
 */
export function surveyStatus(survey: { opensAt: Date; closesAt: Date; closedAt: Date | null }, now: Date): SurveyStatus {
  if (survey.closedAt !== null || now.getTime() >= survey.closesAt.getTime()) return 'closed';
  return now.getTime() < survey.opensAt.getTime() ? 'scheduled' : 'open';
}

/** The instant a survey stopped (or will stop) taking entries: closed early, or the end of its last day. */
export function surveyEndsAt(survey: { closesAt: Date; closedAt: Date | null }): Date {
  return survey.closedAt !== null && survey.closedAt < survey.closesAt ? survey.closedAt : survey.closesAt;
}

/** A phone's clock may run a little fast: an interview is refused as "in the future" only beyond this. */
export const INTERVIEW_CLOCK_SKEW_MS = 5 * 60_000;

export const SURVEY_LIMITS = {
  titleMax: 100,
  purposeMax: 2000,
  questionsMax: 30,
  questionTextMax: 200,
  textAnswerMax: 500,
  unitMax: 20,
  roomMax: 20,
  targetSampleMax: 100_000,
  householdsMax: 1_000_000,
  /** The longest a survey runs, in days. */
  daysMax: 366,
} as const;

// ---- the arithmetic of a sample ----

/** The normal quantile for 95 % confidence. */
export const Z_95 = 1.96;

/** The target margin, in percentage points, a results page plans for unless asked otherwise (±5 points). */
export const DEFAULT_TARGET_MARGIN_POINTS = 5;

/**
 * √((N − n) / (N − 1)): how much less a sample of n of N households varies than one from an endless
 * population. 1 when N is unknown, or when it is smaller than the sample (the household count is then
 * wrong, and the correction is not trusted); 0 for a census (n = N).
 */
export function finitePopulationCorrection(n: number, population: number | null | undefined): number {
  if (!population || population < n || population <= 1) return 1;
  return Math.sqrt((population - n) / (population - 1));
}

/** Whether the correction applies: the population is known and holds the sample. */
export function usesPopulation(n: number, population: number | null | undefined): boolean {
  return !!population && population >= n && population > 1;
}

/**
 * The margin of error of a share p of n answers: z·√(p(1−p)/n), times the finite-population
 * correction when the number of households N is known. Null without answers. At p = 0 or 1 it is 0 —
 * which is why the Wilson interval is given beside it.
 */
export function marginOfError(p: number, n: number, population?: number | null, z = Z_95): number | null {
  if (n <= 0) return null;
  return z * Math.sqrt((p * (1 - p)) / n) * finitePopulationCorrection(n, population);
}

export interface Interval {
  low: number;
  high: number;
}

/**
 * The Wilson score interval of `positives` of n: honest at the edges (all 200 satisfied still leaves
 * room below 100 %). With a known population the sample counts as n·(N−1)/(N−n) answers from an
 * endless one (the same correction as the margin's); a census is exact. Null without answers.
 */
export function wilsonInterval(positives: number, n: number, population?: number | null, z = Z_95): Interval | null {
  if (n <= 0) return null;
  const p = positives / n;
  const fpc = finitePopulationCorrection(n, population);
  if (fpc === 0) return { low: p, high: p };
  const m = n / (fpc * fpc);
  const z2 = z * z;
  const centre = (p + z2 / (2 * m)) / (1 + z2 / m);
  const half = (z / (1 + z2 / m)) * Math.sqrt((p * (1 - p)) / m + z2 / (4 * m * m));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * The answers a margin of ±`margin` (a fraction: 0.05 for ±5 points) needs at 95 %: z²·p(1−p)/e²,
 * with p = 0.5 unless told (the most it can need), reduced by the finite-population correction
 * n₀ / (1 + (n₀ − 1)/N) when the number of households is known, rounded up.
 */
export function requiredSampleSize(margin: number, population?: number | null, p = 0.5, z = Z_95): number {
  if (!(margin > 0)) throw new RangeError('margin must be above 0');
  const n0 = (z * z * p * (1 - p)) / (margin * margin);
  if (!population || population <= 0) return Math.ceil(n0 - 1e-9);
  return Math.min(population, Math.ceil(n0 / (1 + (n0 - 1) / population) - 1e-9));
}

/** How far the answers are toward the target sample (1 = reached; more past it). */
export function sampleProgress(entries: number, target: number): number | null {
  return target > 0 ? entries / target : null;
}

/** One question's answers in one place (a community, a grid, the street). */
export interface SurveyTally {
  /** Answers counted: the sample size. */
  n: number;
  /** Answers per choice, every choice of the question present (0 when none). */
  counts: Partial<Record<SurveyChoice, number>>;
  /** Satisfied (满意 + 基本满意) or 是, of n; null without answers. */
  share: number | null;
  /** ± at 95 % confidence, as a fraction (0.03 = ±3 points); null without answers. */
  marginOfError: number | null;
  /** The 95 % Wilson interval of the share; null without answers. */
  wilson: Interval | null;
  /** The number of households the correction used, if it was applied. */
  population: number | null;
}

/** A question's tally from its counts per choice, with the households of the place if known. */
export function tallySurveyQuestion(
  type: Exclude<SurveyQuestionType, 'text'>,
  counts: Partial<Record<SurveyChoice, number>>,
  population?: number | null,
): SurveyTally {
  const all = Object.fromEntries(SURVEY_CHOICES[type].map((c) => [c, counts[c] ?? 0])) as Partial<Record<SurveyChoice, number>>;
  const n = SURVEY_CHOICES[type].reduce((sum, c) => sum + (all[c] ?? 0), 0);
  const positives = POSITIVE_CHOICES[type].reduce((sum, c) => sum + (all[c] ?? 0), 0);
  const share = n > 0 ? positives / n : null;
  return {
    n,
    counts: all,
    share,
    marginOfError: share === null ? null : marginOfError(share, n, population),
    wilson: wilsonInterval(positives, n, population),
    population: usesPopulation(n, population) ? population! : null,
  };
}

/** The households of several communities together: their sum when each is known, else unknown. */
export function combinedPopulation(populations: readonly (number | null)[]): number | null {
  if (!populations.length || populations.some((p) => p === null)) return null;
  return populations.reduce<number>((sum, p) => sum + (p ?? 0), 0);
}

/** e.g. 95.2% ±3.0: a share and its margin as a person reads them. */
export function formatShareWithMargin(share: number | null, margin: number | null): string {
  if (share === null) return '—';
  const pct = (share * 100).toFixed(1);
  return margin === null ? `${pct}%` : `${pct}% ±${(margin * 100).toFixed(1)}`;
}
