/** API contract of the residents' meetings (议事会; rules in meetings.ts). Times are ISO-8601 UTC strings. */
import type { IsoDateTime, PersonRef } from './contract';
import type { Category } from './triage';
import type { Audience } from './households';
import type { AttendanceMethod, MeetingPhase, MeetingStatus, MinutesState } from './meetings';

// ---- staff: POST /meetings, PUT /meetings/:id, POST /meetings/:id/cancel ----

/** Schedules a meeting of the caller's community (and, with PUT, changes it before it starts: the whole of it again). */
export interface ScheduleMeetingRequest {
  /** e.g. 小区停车管理方案议事会 */
  topic: string;
  /** Date-times with an offset; the end after the start, the start not in the past, at most a day long. */
  startsAt: IsoDateTime;
  endsAt: IsoDateTime;
  /** e.g. 社区居委会二楼议事厅 */
  place: string;
  /** The items to discuss, in order (at most 20). */
  agenda: string[];
  /** Every household of the community, those of some of its buildings, or named people. */
  audience: Audience;
  /** For `buildings`: buildings of the community. */
  buildingIds?: number[];
  /** For `invited`: residents (with a household in the community) or liaisons of the community, e.g. the residents' representatives. */
  invitedUserIds?: number[];
  /** At most this many sign-ups; none: no limit. */
  capacity?: number;
}

export interface CancelMeetingRequest {
  /** Told to those who signed up. */
  reason?: string;
}

export interface MeetingListQuery {
  /** `current` (default): not yet ended, or ended in the last 30 days; `past`: ended, newest first. */
  when?: 'current' | 'past';
  /** For the grid and the street: one of their communities. */
  communityId?: number;
}

// ---- residents and liaisons: POST/DELETE /meetings/:id/sign-up, POST /meetings/:id/check-in ----

export interface CheckInRequest {
  /** The code from the QR at the door (`parseMeetingCheckIn`). */
  code: string;
}

// ---- staff: attendance, check-in code, minutes ----

/** People staff record present (idempotent: someone recorded already stays as she was). */
export interface RecordMeetingAttendanceRequest {
  userIds: number[];
}

/** What the door's QR code is drawn from; only staff of the meeting's community get it. */
export interface MeetingCheckInCode {
  meetingId: number;
  code: string;
  /** What the QR holds (`meetingCheckInPayload`). */
  payload: string;
  opensAt: IsoDateTime;
  closesAt: IsoDateTime;
}

export interface DecisionRequest {
  text: string;
  /** Adopted (通过) or not (未通过); left out when the meeting recorded no vote. */
  adopted?: boolean;
  /** Appeals of the meeting's community the decision answers; their residents are told on publication. */
  appealIds?: number[];
}

/** Saves the draft (replacing the one before); residents see nothing until it is published. */
export interface SaveMinutesRequest {
  minutes: string;
  decisions: DecisionRequest[];
}

// ---- answers ----

export interface MeetingBuildingRef {
  id: number;
  name: string;
}

export interface DecisionAppealRef {
  id: number;
  /** e.g. 20260302-00007 */
  code: string;
  category: Category;
}

export interface MeetingDecisionInfo {
  id: number;
  text: string;
  adopted: boolean | null;
  appeals: DecisionAppealRef[];
}

export interface MeetingSummary {
  id: number;
  communityId: number;
  communityName: string;
  topic: string;
  place: string;
  startsAt: IsoDateTime;
  endsAt: IsoDateTime;
  agenda: string[];
  audience: Audience;
  /** For `buildings`. */
  buildings: MeetingBuildingRef[];
  capacity: number | null;
  signUps: number;
  status: MeetingStatus;
  phase: MeetingPhase;
  cancelledAt: IsoDateTime | null;
  cancelReason: string | null;
  /** Residents see `none` until the minutes are published. */
  minutesState: MinutesState;
  minutesPublishedAt: IsoDateTime | null;
  /** The caller's own sign-up and attendance (always false for staff). */
  signedUpByMe: boolean;
  attendedByMe: boolean;
  /** When she may check in at the door. */
  checkInOpensAt: IsoDateTime;
  checkInClosesAt: IsoDateTime;
}

export interface MeetingDetail extends MeetingSummary {
  /** The minutes: to residents only once published; to staff the draft too. */
  minutes: string | null;
  decisions: MeetingDecisionInfo[];
  /** Staff only (null for residents and liaisons): the people invited by name. */
  invitees: PersonRef[] | null;
  /** Staff only: who attended, counted. */
  attendance: number | null;
  createdBy: PersonRef | null;
}

/** One person who signed up or attended, as the community's staff see them. */
export interface MeetingParticipantInfo {
  user: PersonRef;
  /** 甲1号楼 2单元 301室, if she stated her household. */
  household: string | null;
  signedUpAt: IsoDateTime | null;
  attendedAt: IsoDateTime | null;
  attendance: AttendanceMethod | null;
}

/** A community's meetings held (minutes published) in a period, and who attended them. */
export interface MeetingParticipation {
  communityId: number;
  /** Meetings that started in the period, were not cancelled and have published minutes. */
  meetingsHeld: number;
  /** Attendances at those meetings (one per person and meeting). */
  attendances: number;
  /** Distinct people among them. */
  attendees: number;
}
