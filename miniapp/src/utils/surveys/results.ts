import {
  SHARE_LABELS,
  SURVEY_CHOICES,
  SURVEY_CHOICE_LABELS,
  SURVEY_STATUS_LABELS,
  type SurveyChoice,
  type SurveyHeadline,
  type SurveyQuestionType,
  type SurveySample,
  type SurveyStatus,
  type SurveyTally,
} from '@lingjuli/shared';

/** 0.952 → 95.2% (— when there is nothing to show). */
export function percent(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined || Number.isNaN(value) ? '—' : `${(value * 100).toFixed(digits)}%`;
}

/** 0.0296 → ±3.0 个百分点 */
export function marginWords(margin: number | null): string {
  return margin === null ? '—' : `±${(margin * 100).toFixed(1)} 个百分点`;
}

/** What a question's share is called: 满意率, or 回答"是"的比例. */
export function shareLabel(type: Exclude<SurveyQuestionType, 'text'>): string {
  return type === 'yesNo' ? `回答${SHARE_LABELS.yesNo}` : SHARE_LABELS[type];
}

/** e.g. 满意率 95.2%，误差 ±3.0 个百分点（95% 置信）; without answers: 满意率：暂无回答. */
export function headlineWords(type: Exclude<SurveyQuestionType, 'text'>, tally: Pick<SurveyTally, 'share' | 'marginOfError'>): string {
  const label = shareLabel(type);
  if (tally.share === null) return `${label}：暂无回答`;
  return `${label} ${percent(tally.share)}，误差 ${marginWords(tally.marginOfError)}（95% 置信）`;
}

/**
 * The Wilson interval in words: 有95%的把握，真实满意率在 92.4% 到 97.6% 之间. It is given beside the
 * margin because at 100 % (or 0 %) the margin says ±0 and the interval does not.
 */
export function wilsonWords(type: Exclude<SurveyQuestionType, 'text'>, tally: Pick<SurveyTally, 'wilson' | 'population'>): string | null {
  if (!tally.wilson) return null;
  const corrected = tally.population !== null ? `（按全社区 ${tally.population} 户校正）` : '';
  return `有95%的把握，真实${shareLabel(type)}在 ${percent(tally.wilson.low)} 到 ${percent(tally.wilson.high)} 之间${corrected}`;
}

export interface ChoiceBar {
  choice: SurveyChoice;
  label: string;
  count: number;
  /** Of the question's answers (0 when there are none). */
  share: number;
  /** The bar's width, e.g. `62.5%`. */
  width: string;
  /** 125 户 · 62.5% */
  text: string;
}

/** One horizontal bar per choice, in the choices' order, each with its count and percent. */
export function choiceBars(type: Exclude<SurveyQuestionType, 'text'>, tally: Pick<SurveyTally, 'n' | 'counts'>): ChoiceBar[] {
  return SURVEY_CHOICES[type].map((choice) => {
    const count = tally.counts[choice] ?? 0;
    const share = tally.n > 0 ? count / tally.n : 0;
    return {
      choice,
      label: SURVEY_CHOICE_LABELS[choice],
      count,
      share,
      width: `${(share * 100).toFixed(1)}%`,
      text: `${count} 户 · ${percent(tally.n > 0 ? share : null)}`,
    };
  });
}

/** 已录 120 / 目标 200 户（60%） */
export function progressWords(sample: Pick<SurveySample, 'entries' | 'target' | 'progress'>): string {
  const pct = sample.progress === null ? '' : `（${Math.round(sample.progress * 100)}%）`;
  return `已录 ${sample.entries} / 目标 ${sample.target} 户${pct}`;
}

/** The progress bar's width: up to full once the target is reached. */
export function progressWidth(sample: Pick<SurveySample, 'progress'>): string {
  return `${Math.min(1, Math.max(0, sample.progress ?? 0)) * 100}%`;
}

/** 误差 ±5 个百分点需 385 户，还差 265 户 (or 已够): the sample the target margin needs at the worst case. */
export function neededWords(sample: Pick<SurveySample, 'entries' | 'neededForMargin' | 'households'>, marginPoints: number): string {
  const of = sample.households !== null ? `（共 ${sample.households} 户）` : '';
  const left = sample.neededForMargin - sample.entries;
  return `误差 ±${marginPoints} 个百分点需 ${sample.neededForMargin} 户${of}，${left > 0 ? `还差 ${left} 户` : '已够'}`;
}

/** The target margins offered on the results page, in percentage points. */
export const MARGIN_CHOICES = [3, 5, 10] as const;

/** `2026-03-02` → 3月2日 */
export function shortDay(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? `${Number(m[2])}月${Number(m[3])}日` : day;
}

/** 3月2日 至 3月15日 (the year when it is not the same for both days: 2025年12月20日 至 2026年1月10日). */
export function surveyPeriod(s: { opensOn: string; closesOn: string }): string {
  const sameYear = s.opensOn.slice(0, 4) === s.closesOn.slice(0, 4);
  const day = (d: string) => (sameYear ? shortDay(d) : `${d.slice(0, 4)}年${shortDay(d)}`);
  return `${day(s.opensOn)} 至 ${day(s.closesOn)}`;
}

export const STATUS_TONES: Record<SurveyStatus, 'ok' | 'warning' | 'closed'> = { open: 'ok', scheduled: 'warning', closed: 'closed' };

export const statusLabel = (status: SurveyStatus) => SURVEY_STATUS_LABELS[status];

/** A survey beside the appeal ratings (the measures): 满意率 95.2% ±3.0 个百分点 · 200 户. */
export function headlineLine(h: Pick<SurveyHeadline, 'n' | 'share' | 'marginOfError' | 'questionId'>): string {
  if (h.questionId === null) return '本调查没有满意度题';
  if (h.n === 0 || h.share === null) return '满意率：暂无回答';
  return `满意率 ${percent(h.share)} ${marginWords(h.marginOfError)} · ${h.n} 户`;
}
