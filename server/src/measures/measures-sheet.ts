import { LEVEL_LABELS, LEVELS, MEASURE_DEFINITIONS, TIER_LABELS, type ScopeMeasures } from '@lingjuli/shared';
import type { XlsxCell, XlsxSheet } from '../common/export/xlsx';
import type { LedgerScope } from '../ledger/ledger-reader';
import type { MeasuresService } from './measures.service';

const percent = (fraction: number | null): XlsxCell => (fraction === null ? null : Math.round(fraction * 1000) / 10);
const hours = (minutes: number | null): XlsxCell => (minutes === null ? null : Math.round((minutes / 60) * 10) / 10);

/** The 汇总 sheet's rows: each measure of the period, its unit and its definition (docs/domain.md §10). */
export function summaryRows(f: ScopeMeasures): XlsxCell[][] {
  const d = MEASURE_DEFINITIONS;
  const weight = f.settings.basicallySatisfiedWeight;
  const rows: XlsxCell[][] = [
    ['受理诉求', f.counts.filed, '件', '期内受理的诉求'],
    ['到期时限', f.counts.deadlinesDue, '个', '期内到期并已有结果的时限'],
    ['评价', f.counts.ratings, '次', '期内的评价（含电话回访）'],
    [d.responseRate.label, percent(f.rates.responseRate), '%', d.responseRate.definition],
    [d.resolutionRate.label, percent(f.rates.resolutionRate), '%', d.resolutionRate.definition],
    [d.satisfactionRate.label, percent(f.rates.satisfactionRate), '%', `${d.satisfactionRate.definition}；基本满意权重 ${weight}`],
    [d.composite.label, f.composite === null ? null : Math.round(f.composite * 10) / 10, '分', d.composite.definition],
  ];
  for (const t of f.byTier) rows.push([`${d.onTime.label}（${TIER_LABELS[t.tier]}）`, percent(t.onTimeRate), '%', `${t.deadlinesMet} / ${t.deadlinesDue}`]);
  for (const t of f.byTier)
    rows.push([`${d.firstResponse.label}（${TIER_LABELS[t.tier]}）`, hours(t.medianFirstResponseMinutes), '小时', d.firstResponse.definition]);
  for (const t of f.byTier) rows.push([`${d.resolution.label}（${TIER_LABELS[t.tier]}）`, hours(t.medianResolutionMinutes), '小时', d.resolution.definition]);
  for (const level of LEVELS) rows.push([`${d.whereClosed.label}：${LEVEL_LABELS[level]}`, percent(f.whereClosed[level]), '%', d.whereClosed.definition]);
  rows.push([d.proactiveShare.label, percent(f.proactiveShare), '%', d.proactiveShare.definition]);
  rows.push([d.city12345Share.label, percent(f.city12345Share), '%', d.city12345Share.definition]);
  if (f.liaisons) {
    rows.push(['在岗民情专员', f.liaisons.activeLiaisons, '人', d.liaisons.definition]);
    rows.push([
      '民情专员人均上报',
      f.liaisons.reportsPerLiaison === null ? null : Math.round(f.liaisons.reportsPerLiaison * 10) / 10,
      '次',
      '期内主动上报 ÷ 在岗民情专员',
    ]);
    rows.push([
      '民情专员人均走访反馈',
      f.liaisons.visitsPerLiaison === null ? null : Math.round(f.liaisons.visitsPerLiaison * 10) / 10,
      '次',
      '期内上门反馈 ÷ 在岗民情专员',
    ]);
  }
  // Beside the ratings: each door-to-door survey open in the period, its first satisfaction question (入户调查).
  for (const s of f.surveys) {
    const margin = s.marginOfError === null ? '' : `，95%置信误差±${(s.marginOfError * 100).toFixed(1)}个百分点`;
    rows.push([`入户调查满意率：${s.title}`, percent(s.share), '%', `${s.questionText ?? '（无满意度问题）'}；样本${s.n}户${margin}`]);
  }
  return rows;
}

/** The ledger's 汇总 sheet: the measures of the same communities and period as its appeals. */
export function measuresSheet(measures: MeasuresService): (scope: LedgerScope) => XlsxSheet {
  return (scope) => ({
    name: '汇总',
    columns: [
      { header: '指标', width: 30 },
      { header: '数值', width: 10 },
      { header: '单位', width: 6 },
      { header: '说明', width: 70 },
    ],
    async write(rows) {
      const figures = await measures.figuresOfCommunities(scope.communityIds, { label: '', startsAt: scope.start, endsAt: scope.end });
      for (const row of summaryRows(figures)) rows.add(row);
    },
  });
}
