import type { MeetingRecord, RewardAction, RewardAppeal, RewardEventInfo, RewardRequestInfo } from '@lingjuli/shared';
import { toPerson } from '../users/user.mapper';
import type { RewardEvent } from './reward-event.entity';
import type { RewardRequest } from './reward-request.entity';

/** The party organisation's meeting is recorded whole or not at all. */
export function hasMeeting(r: RewardRequest): boolean {
  return r.meetingDate !== null && r.meetingAttendees !== null && r.meetingDecision !== null && r.meetingMinutes !== null;
}

export function toMeetingRecord(r: RewardRequest): MeetingRecord | null {
  if (!hasMeeting(r)) return null;
  return { date: r.meetingDate!.toISOString(), attendees: r.meetingAttendees!, decision: r.meetingDecision!, minutes: r.meetingMinutes! };
}

export function toRewardEventInfo(e: RewardEvent): RewardEventInfo {
  return { id: e.id, type: e.type, actor: toPerson(e.actor), at: e.at.toISOString(), note: e.note };
}

/** Needs the community, liaison and proposedBy relations, and the events with their actors. */
export function toRewardRequestInfo(r: RewardRequest, events: RewardEvent[], appeals: RewardAppeal[], actions: RewardAction[]): RewardRequestInfo {
  if (!r.community) throw new Error('Community relation not loaded');
  return {
    id: r.id,
    communityId: r.communityId,
    communityName: r.community.name,
    liaison: toPerson(r.liaison),
    basis: r.basis,
    appealIds: r.appealIds,
    appeals,
    periodLabel: r.periodLabel,
    reward: r.reward,
    amount: r.amount,
    reason: r.reason,
    status: r.status,
    meeting: toMeetingRecord(r),
    proposedBy: toPerson(r.proposedBy),
    proposedAt: r.proposedAt.toISOString(),
    returnedReason: r.returnedReason,
    events: events.map(toRewardEventInfo),
    actions,
  };
}
