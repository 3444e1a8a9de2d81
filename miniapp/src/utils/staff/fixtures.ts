import type { AppealSummary } from '@lingjuli/shared';

/** An open appeal for tests; due 10:30 Beijing on 2 March 2026, warning from 10:24. */
export function summary(over: Partial<AppealSummary> = {}): AppealSummary {
  return {
    id: 1,
    code: 'C01-260302-001',
    status: 'inProgress',
    tier: 'emergency',
    category: 'safety',
    channel: 'window',
    level: 'community',
    communityId: 1,
    communityName: '示例社区一',
    buildingId: 3,
    buildingName: '3号楼',
    summary: '楼道里闻到煤气味',
    proactive: false,
    workOrderNo: null,
    receivedAt: '2026-03-02T02:00:00.000Z',
    dueAt: '2026-03-02T02:30:00.000Z',
    warnAt: '2026-03-02T02:24:00.000Z',
    respondedAt: null,
    progressDueAt: null,
    overdue: false,
    handler: null,
    reopenCount: 0,
    awaitingSecretaryReview: false,
    supervised: false,
    breachedAt: null,
    supporters: 0,
    supportedByMe: false,
    ...over,
  };
}
