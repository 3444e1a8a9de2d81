import { checkInWindow, meetingPhase, type MeetingDecisionInfo, type MeetingSummary, type MinutesState } from '@lingjuli/shared';
import { appealCode } from '../appeals/appeal.mapper';
import type { MeetingDecision } from './entities/meeting-decision.entity';
import type { Meeting } from './entities/meeting.entity';

/** What a summary adds to the meeting's row: counted and looked up for the caller. */
export interface SummaryExtras {
  buildings: { id: number; name: string }[];
  signUps: number;
  signedUpByMe: boolean;
  attendedByMe: boolean;
  /** Whether the caller may see a draft of the minutes (the community's own staff). */
  seesDraft: boolean;
}

export function minutesState(meeting: Meeting, seesDraft: boolean): MinutesState {
  if (meeting.minutesPublishedAt) return 'published';
  return meeting.minutes !== null && seesDraft ? 'draft' : 'none';
}

/** Expects `community` loaded. */
export function toMeetingSummary(meeting: Meeting, extras: SummaryExtras, now: Date): MeetingSummary {
  const window = checkInWindow(meeting);
  return {
    id: meeting.id,
    communityId: meeting.communityId,
    communityName: meeting.community?.name ?? '',
    topic: meeting.topic,
    place: meeting.place,
    startsAt: meeting.startsAt.toISOString(),
    endsAt: meeting.endsAt.toISOString(),
    agenda: meeting.agenda,
    audience: meeting.audience,
    buildings: extras.buildings,
    capacity: meeting.capacity,
    signUps: extras.signUps,
    status: meeting.status,
    phase: meetingPhase(meeting, now),
    cancelledAt: meeting.cancelledAt?.toISOString() ?? null,
    cancelReason: meeting.cancelReason,
    minutesState: minutesState(meeting, extras.seesDraft),
    minutesPublishedAt: meeting.minutesPublishedAt?.toISOString() ?? null,
    signedUpByMe: extras.signedUpByMe,
    attendedByMe: extras.attendedByMe,
    checkInOpensAt: window.opensAt.toISOString(),
    checkInClosesAt: window.closesAt.toISOString(),
  };
}

/** Expects `appeals` with their `appeal` loaded. */
export function toDecisionInfo(decision: MeetingDecision): MeetingDecisionInfo {
  return {
    id: decision.id,
    text: decision.text,
    adopted: decision.adopted,
    appeals: [...(decision.appeals ?? [])]
      .sort((a, b) => a.id - b.id)
      .map((link) => ({ id: link.appealId, code: appealCode(link.appeal!), category: link.appeal!.category })),
  };
}
