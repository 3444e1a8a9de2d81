import {
  SHARE_LABELS,
  formatShanghaiDate,
  SURVEY_CHOICES,
  SURVEY_CHOICE_LABELS,
  SURVEY_QUESTION_TYPE_LABELS,
  type SurveyResults,
  type SurveyTally,
} from '@lingjuli/shared';
import type { XlsxCell, XlsxColumn, XlsxSheet } from '../common/export/xlsx';

/*
 * A survey's results as an .xlsx (入户调查结果): the tallies, the samples, and the words of the text
 * questions masked — never the entries themselves (no building, door, time or interviewer), since the
 * file leaves the product.
 */

const percent = (fraction: number | null) => (fraction === null ? null : Math.round(fraction * 1000) / 10);

/** Every choice of every question type, each a column of the tally sheet. */
const CHOICE_COLUMNS = [...SURVEY_CHOICES.satisfaction, ...SURVEY_CHOICES.yesNo];

const TALLY_COLUMNS: readonly XlsxColumn[] = [
  { header: '题号', width: 6 },
  { header: '问题', width: 36 },
  { header: '题型', width: 8 },
  { header: '社区', width: 18 },
  { header: '样本量', width: 8 },
  ...CHOICE_COLUMNS.map((c) => ({ header: SURVEY_CHOICE_LABELS[c], width: 9 })),
  { header: '统计口径', width: 20 },
  { header: '比例(%)', width: 9, numFmt: '0.0' },
  { header: '误差(±百分点, 95%)', width: 12, numFmt: '0.0' },
  { header: 'Wilson下限(%)', width: 12, numFmt: '0.0' },
  { header: 'Wilson上限(%)', width: 12, numFmt: '0.0' },
  { header: '有限总体校正户数', width: 14 },
];

function tallyRow(position: number, text: string, type: 'satisfaction' | 'yesNo', place: string, t: SurveyTally): XlsxCell[] {
  return [
    position,
    text,
    SURVEY_QUESTION_TYPE_LABELS[type],
    place,
    t.n,
    ...CHOICE_COLUMNS.map((c) => (SURVEY_CHOICES[type].includes(c) ? (t.counts[c] ?? 0) : null)),
    type === 'satisfaction' ? `${SHARE_LABELS.satisfaction}（满意+基本满意）` : SHARE_LABELS.yesNo,
    percent(t.share),
    percent(t.marginOfError),
    percent(t.wilson?.low ?? null),
    percent(t.wilson?.high ?? null),
    t.population,
  ];
}

const SAMPLE_COLUMNS: readonly XlsxColumn[] = [
  { header: '社区', width: 18 },
  { header: '户数', width: 10 },
  { header: '目标样本', width: 10 },
  { header: '已完成', width: 10 },
  { header: '完成率(%)', width: 10, numFmt: '0.0' },
  { header: '所需样本', width: 10 },
];

const TEXT_COLUMNS: readonly XlsxColumn[] = [
  { header: '题号', width: 6 },
  { header: '问题', width: 36 },
  { header: '社区', width: 18 },
  { header: '回答（已脱敏）', width: 60 },
];

export function surveyResultSheets(results: SurveyResults): XlsxSheet[] {
  const all = results.communities.length > 1 ? '合计' : (results.communities[0]?.communityName ?? '合计');
  return [
    {
      name: '调查结果',
      columns: TALLY_COLUMNS,
      write: (rows) => {
        for (const q of results.questions) {
          if (q.type === 'text' || !q.overall) continue;
          rows.add(tallyRow(q.position, q.text, q.type, all, q.overall));
          if (q.byCommunity.length > 1) for (const c of q.byCommunity) rows.add(tallyRow(q.position, q.text, q.type, c.communityName, c.tally));
        }
      },
    },
    {
      name: '样本进度',
      columns: [...SAMPLE_COLUMNS.slice(0, 5), { ...SAMPLE_COLUMNS[5], header: `误差±${results.targetMarginPoints}所需样本` }],
      write: (rows) => {
        const o = results.overall;
        const row = (name: string, s: typeof o) => [name, s.households, s.target, s.entries, percent(s.progress), s.neededForMargin];
        if (results.communities.length > 1) rows.add(row('合计', o));
        for (const c of results.communities) rows.add(row(c.communityName, c));
      },
    },
    {
      name: '文字回答',
      columns: TEXT_COLUMNS,
      write: (rows) => {
        for (const q of results.questions) for (const t of q.texts) rows.add([q.position, q.text, t.communityName, t.text]);
      },
    },
  ];
}

export function surveyResultsFile(results: SurveyResults): { asciiName: string; name: string } {
  const day = formatShanghaiDate(new Date(results.serverTime));
  return { asciiName: `survey-${results.survey.id}-results-${day}.xlsx`, name: `入户调查结果-${results.survey.id}-${day}.xlsx` };
}
