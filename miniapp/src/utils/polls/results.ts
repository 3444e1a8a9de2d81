import type { BallotUnit, PollQuestionResult, PollResults } from '@lingjuli/shared';

/**
 * The results as bars drawn with Views: each option's bar as wide as its share, its count and percent
 * written beside it (the words carry the number; the bar only shows it). A ranked question is listed
 * in its Borda order, its bar the option's share of the points, its first preferences under it.
 */

const round1 = (n: number) => Math.round(n * 10) / 10;

/** 62.5%, 50%, 0%; — when nothing was answered (no share). */
export function formatPercent(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  return `${round1(Math.min(1, Math.max(0, share)) * 100)}%`;
}

/** The thinnest bar still seen, for a share above nothing (an option one household chose must not look like none). */
export const MIN_BAR_PERCENT = 1;

/** The bar's CSS width: its share of the whole row, at least a sliver when above nothing. */
export function barWidth(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share) || share <= 0) return '0%';
  return `${Math.max(MIN_BAR_PERCENT, round1(Math.min(1, share) * 100))}%`;
}

const unitWord = (unit: BallotUnit) => (unit === 'household' ? '户' : '人');

export interface ResultBar {
  optionId: number;
  label: string;
  /** 126户 */
  count: string;
  /** 69.2% */
  percent: string;
  /** CSS width of the bar. */
  width: string;
  /** The option most chose (or first in the ranking): drawn stronger. */
  leading: boolean;
  /** Ranked: its place in the Borda order (1 first). */
  place?: number;
  /** Ranked: 首选 80户（44%）· 得分 420. */
  detail?: string;
}

/** The bars of a single- or multiple-choice question, in the question's order. */
function choiceBars(q: PollQuestionResult, unit: BallotUnit): ResultBar[] {
  const top = Math.max(0, ...q.options.map((o) => o.count));
  return q.options.map((o) => ({
    optionId: o.optionId,
    label: o.label,
    count: `${o.count}${unitWord(unit)}`,
    percent: formatPercent(o.share),
    width: barWidth(o.share),
    leading: top > 0 && o.count === top,
  }));
}

/** The bars of a ranked question in its Borda order (the server's `rankedOrder`), each with its first preferences. */
function rankedBars(q: PollQuestionResult, unit: BallotUnit): ResultBar[] {
  const byId = new Map(q.options.map((o) => [o.optionId, o]));
  const order = (q.rankedOrder ?? q.options.map((o) => o.optionId)).filter((id) => byId.has(id));
  // Any option the order left out, at the end in the question's order.
  q.options.forEach((o) => !order.includes(o.optionId) && order.push(o.optionId));
  return order.map((id, i) => {
    const o = byId.get(id)!;
    return {
      optionId: o.optionId,
      label: o.label,
      count: `${o.bordaPoints ?? 0}分`,
      percent: formatPercent(o.bordaShare),
      width: barWidth(o.bordaShare),
      leading: i === 0 && (o.bordaPoints ?? 0) > 0,
      place: i + 1,
      detail: `排第一位的${o.firstPreferences ?? 0}${unitWord(unit)}（${formatPercent(o.firstPreferenceShare)}）`,
    };
  });
}

export function resultBars(q: PollQuestionResult, unit: BallotUnit): ResultBar[] {
  if (q.type === 'text') return [];
  return q.type === 'ranked' ? rankedBars(q, unit) : choiceBars(q, unit);
}

/** Under the question's prompt: how many answered it, and how to read its bars. */
export function questionNote(q: PollQuestionResult, unit: BallotUnit): string {
  const answered = `${q.answered}${unitWord(unit)}作答`;
  switch (q.type) {
    case 'multiple':
      return `${answered} · 可多选，各项百分比相加会超过100%`;
    case 'ranked':
      return `${answered} · 按综合得分排序（排第1位得分最多），同分看排第一位的${unitWord(unit)}数`;
    case 'text':
      return `${answered}`;
    default:
      return answered;
  }
}

/** 参与 182 户 / 共 240 户 (75.8%); without an audience, just those who took part. */
export function turnoutLine(r: Pick<PollResults, 'participants' | 'eligible' | 'turnout' | 'ballotUnit'>): string {
  const u = unitWord(r.ballotUnit);
  if (r.eligible <= 0) return `参与 ${r.participants} ${u}`;
  return `参与 ${r.participants} ${u} / 共 ${r.eligible} ${u}（${formatPercent(r.turnout)}）`;
}

/** The turnout bar's width (participants of the audience). */
export const turnoutWidth = (r: Pick<PollResults, 'turnout'>): string => barWidth(r.turnout);

/** The options that lead their question (most chosen; ranked: first by the Borda count), e.g. to suggest the plan to adopt. */
export function leadingOptions(r: Pick<PollResults, 'questions'> | null): Set<number> {
  const ids = new Set<number>();
  for (const q of r?.questions ?? []) {
    if (q.type === 'text' || q.answered === 0) continue;
    if (q.type === 'ranked') {
      const first = q.rankedOrder?.[0];
      if (first !== undefined) ids.add(first);
      continue;
    }
    const top = Math.max(...q.options.map((o) => o.count));
    q.options.filter((o) => o.count === top && top > 0).forEach((o) => ids.add(o.optionId));
  }
  return ids;
}
