import {
  BALLOT_UNIT_LABELS,
  POLL_QUESTION_TYPE_LABELS,
  POLL_STATUS_LABELS,
  formatShanghaiTimestamp,
  type PollDetail,
  type PollResults,
} from '@lingjuli/shared';
import type { XlsxColumn, XlsxSheet } from '../common/export/xlsx';

/*
 * A poll's results as an .xlsx for staff (common/export/xlsx.ts): the summary, every option's count
 * and share (ranked questions with their Borda points and first preferences), and the free words —
 * masked like every export, sorted by the words. No sheet has a row per ballot or per voter.
 */

const PERCENT = '0.0%';

const SUMMARY: readonly XlsxColumn[] = [
  { header: '标题', width: 30 },
  { header: '社区', width: 14 },
  { header: '状态', width: 8 },
  { header: '计票方式', width: 10 },
  { header: '开始时间', width: 17 },
  { header: '截止时间', width: 17 },
  { header: '结束时间', width: 17 },
  { header: '参与', width: 8 },
  { header: '应参与', width: 8 },
  { header: '参与率', width: 8, numFmt: PERCENT },
  { header: '采纳方案', width: 40 },
];

const OPTIONS: readonly XlsxColumn[] = [
  { header: '题号', width: 6 },
  { header: '题目', width: 30 },
  { header: '题型', width: 6 },
  { header: '作答数', width: 8 },
  { header: '选项', width: 24 },
  { header: '票数', width: 8 },
  { header: '占比', width: 8, numFmt: PERCENT },
  { header: '博达计分', width: 10 },
  { header: '博达计分占比', width: 12, numFmt: PERCENT },
  { header: '第一选择', width: 10 },
  { header: '第一选择占比', width: 12, numFmt: PERCENT },
];

const TEXTS: readonly XlsxColumn[] = [
  { header: '题号', width: 6 },
  { header: '题目', width: 30 },
  { header: '意见', width: 60 },
];

const time = (iso: string | null) => (iso === null ? null : formatShanghaiTimestamp(new Date(iso)));
const plan = (results: PollResults) => {
  const a = results.adoption;
  return a ? [a.optionLabel, a.text].filter((p) => p !== null).join('：') : null;
};

/** The sheets of a poll's results. `results` must carry the free words (staff's view). */
export function pollResultSheets(poll: PollDetail, results: PollResults): XlsxSheet[] {
  return [
    {
      name: '汇总',
      columns: SUMMARY,
      write: (rows) =>
        rows.add([
          poll.title,
          poll.communityName,
          POLL_STATUS_LABELS[results.status],
          BALLOT_UNIT_LABELS[results.ballotUnit],
          time(poll.opensAt),
          time(poll.closesAt),
          time(poll.closedAt),
          results.participants,
          results.eligible,
          results.turnout,
          plan(results),
        ]),
    },
    {
      name: '选项统计',
      columns: OPTIONS,
      write: (rows) => {
        results.questions.forEach((q, i) => {
          for (const o of q.options) {
            rows.add([
              i + 1,
              q.prompt,
              POLL_QUESTION_TYPE_LABELS[q.type],
              q.answered,
              o.label,
              o.count,
              o.share,
              o.bordaPoints ?? null,
              o.bordaShare ?? null,
              o.firstPreferences ?? null,
              o.firstPreferenceShare ?? null,
            ]);
          }
        });
      },
    },
    {
      name: '文字意见',
      columns: TEXTS,
      write: (rows) => {
        results.questions.forEach((q, i) => {
          for (const text of q.texts ?? []) rows.add([i + 1, q.prompt, text]);
        });
      },
    },
  ];
}

/** The download's names. */
export function pollResultsFile(poll: PollDetail): { asciiName: string; name: string } {
  return { asciiName: `poll-${poll.id}-results.xlsx`, name: `征求意见结果-${poll.title}.xlsx` };
}
