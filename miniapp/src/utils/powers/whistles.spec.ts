import type { WhistleSummary, WhistleTargetInfo } from '@lingjuli/shared';
import {
  closeBody,
  defaultReportInWords,
  describeReportIn,
  describeWhistle,
  idleMessage,
  myTarget,
  REPORT_IN_CHOICES,
  reportInBody,
  sortForDepartment,
  sortNewestFirst,
  targetBadge,
  whistleBody,
  whistleButtons,
} from '@/utils/powers/whistles';

const target = (departmentId: number, over: Partial<WhistleTargetInfo> = {}): WhistleTargetInfo => ({
  departmentId,
  departmentName: departmentId === 7 ? '区园林绿化局' : '园林绿化队',
  status: 'whistled',
  reportedInAt: null,
  reportedInBy: null,
  reportInMissed: false,
  completedAt: null,
  completionNote: null,
  rating: null,
  ratingComment: null,
  ...over,
});

// Whistled 08:00 Beijing on 2 March 2026, report in by 10:00 (utility tier: 2 hours).
const whistle = (over: Partial<WhistleSummary> = {}): WhistleSummary => ({
  id: 1,
  communityId: 1,
  communityName: '示例社区01',
  appealId: null,
  subject: '树被大风吹倒挡路砸车',
  tier: 'utility',
  status: 'open',
  createdAt: '2026-03-02T00:00:00.000Z',
  reportInDueAt: '2026-03-02T02:00:00.000Z',
  targets: [target(7), target(9)],
  ...over,
});
const at = (local: string) => new Date(`2026-03-02T${local}+08:00`);

describe('report-in countdown', () => {
  it('counts down in words, warns from 80 % of the window, and is overdue only after the due time', () => {
    expect(describeReportIn(whistle(), target(7), at('08:30:00'))).toEqual({ state: 'ok', text: '报到还剩1小时30分', due: '3月2日 10:00' });
    expect(describeReportIn(whistle(), target(7), at('09:36:00')).state).toBe('warning');
    expect(describeReportIn(whistle(), target(7), at('10:00:00')).state).toBe('warning');
    expect(describeReportIn(whistle(), target(7), at('12:15:00'))).toMatchObject({ state: 'overdue', text: '报到已超时2小时15分' });
  });

  it('says whether the department reported in on time, and that a closed whistle no longer counts down', () => {
    expect(describeReportIn(whistle(), target(7, { status: 'reportedIn', reportedInAt: '2026-03-02T01:00:00Z' }), at('12:00:00')).text).toBe('已按时报到');
    expect(
      describeReportIn(whistle(), target(7, { status: 'reportedIn', reportedInAt: '2026-03-02T03:00:00Z', reportInMissed: true }), at('12:00:00')).text,
    ).toBe('已报到（超时）');
    expect(describeReportIn(whistle(), target(7, { status: 'completed' }), at('12:00:00')).text).toBe('已办结');
    expect(describeReportIn(whistle({ status: 'closed' }), target(7), at('12:00:00')).state).toBe('closed');
  });

  it('sums up a whistle for its community', () => {
    expect(describeWhistle(whistle(), at('08:30:00')).text).toBe('报到还剩1小时30分');
    expect(describeWhistle(whistle({ targets: [target(7, { status: 'reportedIn' }), target(9)] }), at('12:00:00'))).toMatchObject({
      state: 'overdue',
      text: '报到已超时2小时',
    });
    expect(describeWhistle(whistle({ targets: [target(7, { status: 'reportedIn' }), target(9, { status: 'completed' })] }), at('08:30:00'))).toMatchObject({
      state: 'met',
      text: '均已报到',
    });
    expect(describeWhistle(whistle({ targets: [target(7, { status: 'completed' })] }), at('08:30:00')).text).toBe('均已办结，待社区评价');
    expect(describeWhistle(whistle({ status: 'closed' }), at('08:30:00')).text).toBe('已结束');
  });
});

describe('whistle lists', () => {
  const a = whistle({ id: 1, createdAt: '2026-03-01T00:00:00Z', reportInDueAt: '2026-03-03T00:00:00Z', targets: [target(7)] });
  const b = whistle({ id: 2, createdAt: '2026-03-02T00:00:00Z', reportInDueAt: '2026-03-02T02:00:00Z', targets: [target(7)] });
  const c = whistle({ id: 3, createdAt: '2026-03-03T00:00:00Z', targets: [target(7, { status: 'reportedIn' })] });
  const d = whistle({ id: 4, createdAt: '2026-03-04T00:00:00Z', status: 'closed', targets: [target(7, { status: 'completed' })] });
  const e = whistle({ id: 5, createdAt: '2026-03-05T00:00:00Z', targets: [target(7, { status: 'completed' })] });

  it('shows a community the newest first', () => {
    expect(sortNewestFirst([a, b, c, d, e]).map((w) => w.id)).toEqual([5, 4, 3, 2, 1]);
  });

  it('shows a department those waiting for it to report in first, soonest due first', () => {
    expect(sortForDepartment([a, b, c, d, e], 7).map((w) => w.id)).toEqual([2, 1, 3, 5, 4]);
  });

  it('finds the department’s own part', () => {
    expect(myTarget(whistle(), 9)?.departmentName).toBe('园林绿化队');
    expect(myTarget(whistle(), 3)).toBeNull();
    expect(myTarget(whistle(), null)).toBeNull();
  });

  it('flags a missed report-in in red', () => {
    expect(targetBadge(target(7))).toEqual({ text: '待报到', tone: 'warning' });
    expect(targetBadge(target(7, { reportInMissed: true }))).toEqual({ text: '超时未报到', tone: 'danger' });
    expect(targetBadge(target(7, { status: 'completed' })).tone).toBe('ok');
  });
});

describe('whistle actions and forms', () => {
  it('offers only what the server allows, the first as the main button', () => {
    expect(whistleButtons(['progress', 'complete']).map((b) => [b.id, b.kind])).toEqual([
      ['whistle-complete', 'primary'],
      ['whistle-progress', 'secondary'],
    ]);
    expect(whistleButtons(['reportIn'])[0]).toMatchObject({ id: 'whistle-report-in', label: '报到' });
    expect(whistleButtons([])).toEqual([]);
  });

  it('says why there is nothing to do', () => {
    expect(idleMessage(whistle({ status: 'closed' }), null, true)).toBe('此吹哨已结束。');
    expect(idleMessage(whistle(), target(7, { status: 'completed' }), false)).toBe('本单位已办结，等待社区结束并评价。');
    expect(idleMessage(whistle(), null, true)).toBe('等待各单位报到、办理；全部办结（或超时未报到）后可结束并评价。');
    expect(idleMessage(whistle(), null, false)).toBe('当前没有需要您办理的操作。');
  });

  it('states the default report-in time of a tier in words', () => {
    expect(defaultReportInWords('emergency')).toBe('30分钟');
    expect(defaultReportInWords('ordinary')).toBe('1天');
    expect(defaultReportInWords('complex')).toBe('3天');
    expect(REPORT_IN_CHOICES.every((m) => m >= 10 && m <= 10080)).toBe(true);
  });

  it('checks a whistle before sending it', () => {
    const draft = { subject: '  树被大风吹倒挡路砸车 ', description: '3号楼前', tier: 'emergency' as const, departmentIds: [7, 9], reportInMinutes: null };
    expect(whistleBody(draft)).toEqual({
      ok: true,
      body: { subject: '树被大风吹倒挡路砸车', description: '3号楼前', tier: 'emergency', departmentIds: [7, 9] },
    });
    expect(whistleBody({ ...draft, appealId: 12, reportInMinutes: 60 })).toMatchObject({ ok: true, body: { appealId: 12, reportInMinutes: 60 } });
    const bad = whistleBody({ ...draft, subject: ' ', description: '', departmentIds: [], reportInMinutes: 5 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.errors).sort()).toEqual(['departmentIds', 'description', 'reportInMinutes', 'subject']);
    const many = whistleBody({ ...draft, departmentIds: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] });
    expect(many.ok ? null : many.errors.departmentIds).toBe('一次最多向10个单位吹哨');
    const long = whistleBody({ ...draft, subject: '树'.repeat(101) });
    expect(long.ok ? null : long.errors.subject).toBe('事由不能超过100个字');
  });

  it('sends an empty report-in, or one with a note', () => {
    expect(reportInBody('  ')).toEqual({ ok: true, body: {} });
    expect(reportInBody(' 已到场 ')).toEqual({ ok: true, body: { note: '已到场' } });
  });

  it('needs a rating for every department to close a whistle', () => {
    const targets = [target(7), target(9)];
    const missing = closeBody(targets, { 7: 'satisfied' }, {});
    expect(missing.ok ? null : missing.errors).toEqual({ 'rating-9': '请评价园林绿化队的响应' });
    const wordy = closeBody(targets, { 7: 'satisfied', 9: 'satisfied' }, { 7: '好'.repeat(501) });
    expect(wordy.ok ? null : wordy.errors).toEqual({ 'comment-7': '评价意见不能超过500个字' });
    expect(closeBody(targets, { 7: 'satisfied', 9: 'unsatisfied' }, { 9: ' 到场晚 ' })).toEqual({
      ok: true,
      body: {
        ratings: [
          { departmentId: 7, rating: 'satisfied' },
          { departmentId: 9, rating: 'unsatisfied', comment: '到场晚' },
        ],
      },
    });
  });
});
