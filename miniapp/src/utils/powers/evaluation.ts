import {
  EVALUATION_SCALE,
  RANKING_MEASURE_LABELS,
  RANKING_WEIGHTS,
  quarterOf,
  type DepartmentRanking,
  type DepartmentToScore,
  type EvaluationPeriodInfo,
  type RankingMeasure,
} from '@lingjuli/shared';

/** The quick choices beside a score input. */
export const SCORE_CHIPS = [60, 70, 80, 90, 100] as const;

/** Periods newest first (by start, then id). */
export function newestFirst(periods: readonly EvaluationPeriodInfo[]): EvaluationPeriodInfo[] {
  return [...periods].sort((a, b) => b.startsAt.localeCompare(a.startsAt) || b.id - a.id);
}

/** The period to show first: the one asked for if it exists, else the one running now, else the newest. */
export function defaultPeriodId(periods: readonly EvaluationPeriodInfo[], now: Date, wanted?: number | null): number | null {
  if (wanted && periods.some((p) => p.id === wanted)) return wanted;
  const at = now.toISOString();
  const running = periods.find((p) => p.startsAt <= at && at < p.endsAt);
  if (running) return running.id;
  return newestFirst(periods)[0]?.id ?? null;
}

/** Whether the quarter running at `now` already has a period (then there is nothing to create). */
export function hasCurrentQuarter(periods: readonly EvaluationPeriodInfo[], now: Date): boolean {
  const q = quarterOf(now);
  return periods.some((p) => p.name === q.name || new Date(p.startsAt).getTime() === q.startsAt.getTime());
}

/** A department's score and comment as typed, before saving. */
export interface ScoreDraft {
  score: string;
  comment: string;
}

/** What a typed score is: empty, a whole number on the scale, or wrong (with the message). */
export type ParsedScore = { ok: true; score: number } | { ok: false; message: string };

export function parseScore(text: string): ParsedScore {
  const value = text.trim();
  if (!value) return { ok: false, message: '请填写分数' };
  if (!/^\d+$/.test(value)) return { ok: false, message: `分数须为${EVALUATION_SCALE.min}–${EVALUATION_SCALE.max}的整数` };
  const score = Number(value);
  if (score < EVALUATION_SCALE.min || score > EVALUATION_SCALE.max) {
    return { ok: false, message: `分数须在${EVALUATION_SCALE.min}–${EVALUATION_SCALE.max}之间` };
  }
  return { ok: true, score };
}

/** How the community worked with the department in the period, e.g. 吹哨 2 次 · 派单 1 件. */
export function collaborationText(d: Pick<DepartmentToScore, 'whistles' | 'dispatched'>): string {
  const parts: string[] = [];
  if (d.whistles) parts.push(`吹哨 ${d.whistles} 次`);
  if (d.dispatched) parts.push(`派单 ${d.dispatched} 件`);
  return parts.length ? parts.join(' · ') : '本期无往来记录';
}

export interface EvidenceLine {
  /** 吹哨报到, 按期办结, 居民评价 */
  label: string;
  text: string;
  /** Something went wrong (late report-ins or completions, residents not satisfied): shown in the warning colour. */
  concern: boolean;
}

const percent = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;

/**
 * On time against late, e.g. 按时报到 1 次，超时 1 次；1 次尚无结论: `all` the parts worked at, `settled` those
 * with an outcome (the rest are still within their time).
 */
function timelinessLine(label: string, verb: string, lateWord: string, unit: string, all: number, settled: number, onTime: number): EvidenceLine {
  const late = settled - onTime;
  const undecided = all > settled ? `；${all - settled} ${unit}尚无结论` : '';
  return { label, text: `${verb} ${onTime} ${unit}，${lateWord} ${late} ${unit}${undecided}`, concern: late > 0 };
}

/**
 * What a score rests on, in words, one line per kind the department has with the community in the period:
 * its report-ins after the community's whistles, its parts of the dispatched appeals completed by their
 * deadlines, and what residents said of those appeals — the counts the ranking uses, this community's only.
 */
export function evidenceLines(row: Pick<DepartmentToScore, 'whistles' | 'dispatched' | 'evidence'>): EvidenceLine[] {
  const e = row.evidence;
  const lines: EvidenceLine[] = [];
  if (row.whistles) lines.push(timelinessLine('吹哨报到', '按时报到', '超时', '次', row.whistles, e.whistles, e.whistlesOnTime));
  if (row.dispatched) lines.push(timelinessLine('按期办结', '按期办结', '超期', '件', row.dispatched, e.dispatched, e.dispatchedOnTime));
  if (e.rated) {
    lines.push({
      label: '居民评价',
      text: `评价 ${e.rated} 次，满意 ${e.satisfied} 次（满意率 ${percent(e.satisfied, e.rated)}）`,
      concern: e.satisfied < e.rated,
    });
  } else if (row.dispatched) {
    lines.push({ label: '居民评价', text: '派单诉求尚无居民评价', concern: false });
  }
  return lines;
}

/** Scored so far, e.g. 3 / 5. */
export function scoredCount(rows: readonly DepartmentToScore[]): { scored: number; total: number } {
  return { scored: rows.filter((r) => r.score !== null).length, total: rows.length };
}

// ---- the ranking ----

/** The measures in the order of the table's columns (the order of RANKING_WEIGHTS). */
export const MEASURES = Object.keys(RANKING_WEIGHTS) as RankingMeasure[];

/** A measure's cell: one decimal, or — where the department had no data. */
export function formatMeasure(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toFixed(1);
}

/** The weights shown above the table (from the server's answer), e.g. 社区考评得分 50%. */
export function weightLabels(weights: DepartmentRanking['weights']): { measure: RankingMeasure; label: string; percent: string }[] {
  return MEASURES.filter((m) => weights[m] !== undefined).map((m) => ({
    measure: m,
    label: RANKING_MEASURE_LABELS[m],
    percent: `${Math.round(weights[m] * 1000) / 10}%`,
  }));
}

/** The file name of a period's export, e.g. 科室排名-2026年第1季度.csv. */
export function rankingFileName(period: Pick<EvaluationPeriodInfo, 'name' | 'id'>): string {
  const name = period.name.replace(/[\\/:*?"<>|\s]+/g, '') || `第${period.id}期`;
  return `科室排名-${name}.csv`;
}
