import type { Participation } from '@lingjuli/shared';
import { formatRate } from '@/utils/measures/format';

/** 3 场 · 到会 86 人次（61 人） */
export function meetingsLine(meetings: NonNullable<Participation['meetings']>): string {
  if (meetings.held === 0) return '本期没有召开并发布纪要的议事会';
  return `${meetings.held} 场 · 到会 ${meetings.attendances} 人次（${meetings.attendees} 人）`;
}

/** 2 次 · 参与 48 / 62（77.4%） */
export function pollsLine(polls: NonNullable<Participation['polls']>): string {
  if (polls.closed === 0) return '本期没有截止的征求意见';
  return `${polls.closed} 次 · 参与 ${polls.participants} / ${polls.eligible}（${formatRate(polls.turnout)}）`;
}
