import { ApiError } from '@/services/http';
import { summary } from '@/utils/staff/fixtures';
import type { AppealPage } from '@lingjuli/shared';
import {
  countQueue,
  isPressingEmergency,
  isUnsupportedQuery,
  matchesFilter,
  orderByUrgency,
  queueCounts,
  queueQuery,
  queueRow,
  queueTitle,
} from '@/utils/staff/queue';

const at = (iso: string) => new Date(iso);
const NOW = at('2026-03-02T10:26:00+08:00'); // inside the 10:24–10:30 warning window of the fixture

describe('the community queue', () => {
  it('asks for open appeals soonest due first, narrowed by the filter', () => {
    expect(queueQuery('all')).toEqual({ open: true, sort: 'due', pageSize: 20 });
    expect(queueQuery('overdue', 'after-this')).toMatchObject({ overdue: true, cursor: 'after-this', pageSize: 20 });
    expect(queueQuery('supervised', undefined, 1)).toEqual({ open: true, sort: 'due', supervised: true, pageSize: 1 });
  });

  it('colours a row by its deadline and flags supervision, review, escalation and reopening', () => {
    const warning = queueRow(summary(), NOW);
    expect(warning.className).toBe('queue-item queue-item--warning');
    expect(warning.deadline.text).toBe('还剩4分钟');
    const overdue = queueRow(
      summary({ supervised: true, awaitingSecretaryReview: true, level: 'street', reopenCount: 1, proactive: true }),
      at('2026-03-02T11:00:00+08:00'),
    );
    expect(overdue.className).toBe('queue-item queue-item--overdue');
    expect(overdue.deadline.text).toBe('已超时30分钟');
    expect(overdue.flags.map((f) => f.text)).toEqual(['督办', '待书记复核', '已上报街道', '重办1次', '未诉即办']);
    expect(overdue.flags[0].tone).toBe('danger');
  });

  it('puts the most urgent first: overdue, warning, running, met — supervised first within a group', () => {
    const ordinary = (over: Parameters<typeof summary>[0]) => summary({ tier: 'ordinary', ...over });
    const items = [
      ordinary({ id: 1, dueAt: '2026-03-01T00:00:00Z', respondedAt: '2026-02-28T00:00:00Z' }), // met long ago
      ordinary({ id: 2, dueAt: '2026-03-09T00:00:00Z', warnAt: '2026-03-08T00:00:00Z' }), // running
      ordinary({ id: 3 }), // warning
      ordinary({ id: 4, dueAt: '2026-03-02T01:00:00Z' }), // overdue
      ordinary({ id: 5, dueAt: '2026-03-02T01:30:00Z', supervised: true }), // overdue, supervised
    ];
    expect(orderByUrgency(items, NOW).map((a) => a.id)).toEqual([5, 4, 3, 2, 1]);
  });

  it('puts an emergency still to be resolved above everything, even one just in with all its time left', () => {
    const items = [
      summary({ id: 1, tier: 'ordinary', dueAt: '2026-03-02T01:00:00Z' }), // overdue
      summary({ id: 2, tier: 'emergency', dueAt: '2026-03-02T02:55:00Z', warnAt: '2026-03-02T02:49:00Z' }), // just in
      summary({ id: 3, tier: 'emergency', respondedAt: '2026-03-02T02:20:00.000Z' }), // resolved in time
    ];
    expect(orderByUrgency(items, NOW).map((a) => a.id)).toEqual([2, 1, 3]);
  });

  it('counts what needs attention', () => {
    const items = [
      summary({ id: 1 }),
      summary({ id: 2, dueAt: '2026-03-02T01:00:00Z', supervised: true, handler: { id: 9, name: '李', role: 'communityStaff' } }),
      summary({ id: 3, awaitingSecretaryReview: true }),
    ];
    expect(countQueue(items, NOW)).toEqual({ total: 3, overdue: 1, warning: 2, supervised: 1, awaitingReview: 1, unassigned: 2 });
  });

  it("takes the open, overdue and supervised counts from the server, not the page; the rest are 'at least' while there are more pages", () => {
    const page = (over: Partial<AppealPage>): AppealPage => ({
      items: [],
      total: 0,
      totalIsLowerBound: false,
      page: 1,
      pageSize: 20,
      nextCursor: null,
      serverTime: NOW.toISOString(),
      ...over,
    });
    const first = page({
      items: [summary({ id: 1 }), summary({ id: 2, awaitingSecretaryReview: true })],
      total: 1000,
      totalIsLowerBound: true,
      nextCursor: 'c',
    });
    expect(queueCounts(first, { total: 312, totalIsLowerBound: false }, { total: 1000, totalIsLowerBound: true }, NOW)).toEqual({
      total: 1000,
      totalIsLowerBound: true,
      overdue: 312,
      overdueIsLowerBound: false,
      supervised: 1000,
      supervisedIsLowerBound: true,
      warning: 2,
      awaitingReview: 1,
      unassigned: 2,
      partial: true,
    });
    const whole = page({ items: [summary({ id: 1 })], total: 1 });
    expect(queueCounts(whole, { total: 0, totalIsLowerBound: false }, { total: 0, totalIsLowerBound: false }, NOW)).toMatchObject({
      total: 1,
      warning: 1,
      partial: false,
    });
  });

  it('filters on this side when the server cannot, and knows when it cannot', () => {
    expect(matchesFilter(summary({ supervised: true }), 'supervised', NOW)).toBe(true);
    expect(matchesFilter(summary(), 'supervised', NOW)).toBe(false);
    expect(matchesFilter(summary({ dueAt: '2026-03-02T01:00:00Z' }), 'overdue', NOW)).toBe(true);
    expect(matchesFilter(summary(), 'all', NOW)).toBe(true);
    const refused = new ApiError(400, 'VALIDATION_FAILED', '请检查：supervised不支持此字段', [{ field: 'supervised', message: 'supervised不支持此字段' }]);
    expect(isUnsupportedQuery(refused, 'supervised')).toBe(true);
    expect(isUnsupportedQuery(new ApiError(400, 'VALIDATION_FAILED', 'x', [{ field: 'page', message: 'x' }]), 'supervised')).toBe(false);
    expect(isUnsupportedQuery(new ApiError(0, 'NETWORK', 'x'), 'supervised')).toBe(false);
  });
});

describe('emergencies in the queue', () => {
  it('are pressing until resolved, whatever the share of their window', () => {
    expect(isPressingEmergency(summary({ tier: 'emergency' }))).toBe(true);
    expect(isPressingEmergency(summary({ tier: 'emergency', respondedAt: '2026-03-02T02:20:00.000Z' }))).toBe(false);
    expect(isPressingEmergency(summary({ tier: 'emergency', status: 'withdrawn' }))).toBe(false);
    expect(isPressingEmergency(summary({ tier: 'utility' }))).toBe(false);
  });

  it('are counted in front of the page title, as a browser tab shows it', () => {
    expect(queueTitle(0)).toBe('社区诉求');
    expect(queueTitle(2)).toBe('(2) 紧急诉求 · 社区诉求');
  });
});
