/** API contract of the volunteers (see volunteers.ts for the rules). Times are ISO-8601 UTC strings. */
import type { IsoDateTime, PersonRef } from './contract';
import type { LiaisonDuty } from './powers';
import type { AgeBand, AgeBandCounts, TrainingAudience, VolunteerApplicationStatus, VolunteerKind, VolunteerOffer, VolunteerTime } from './volunteers';

// ---- applications: POST /volunteer-applications, GET /volunteer-applications[/mine|/:id], POST …/:id/{accept,decline,withdraw} ----

export interface VolunteerApplicationRequest {
  kind: VolunteerKind;
  /** The community she would serve; it must exist. */
  communityId: number;
  /** Her real name. */
  name: string;
  /** Mobile number; stored encrypted. */
  phone: string;
  /** 1900 to this year − 14. */
  birthYear: number;
  /** One or more of VOLUNTEER_OFFERS, each once. */
  offers: VolunteerOffer[];
  /** When she is free: one or more of VOLUNTEER_TIMES, each once. */
  times: VolunteerTime[];
  /** e.g. 每周二上午. */
  timesNote?: string;
  /** Party members only, and required for them: 工作单位. */
  workUnit?: string;
  /** Party members only, and required for them: 所在党组织. */
  partyOrganisation?: string;
}

export type VolunteerApplicationAction = 'accept' | 'decline' | 'withdraw';

export interface VolunteerApplicationInfo {
  id: number;
  kind: VolunteerKind;
  status: VolunteerApplicationStatus;
  applicantId: number;
  communityId: number;
  communityName: string;
  name: string;
  /** In full for her community's staff; masked for everyone else, herself included. */
  phone: string;
  birthYear: number;
  ageBand: AgeBand;
  offers: VolunteerOffer[];
  times: VolunteerTime[];
  timesNote: string | null;
  workUnit: string | null;
  partyOrganisation: string | null;
  appliedAt: IsoDateTime;
  decidedAt: IsoDateTime | null;
  decidedBy: PersonRef | null;
  declineReason: string | null;
  /** What the caller may do with it now. */
  actions: VolunteerApplicationAction[];
}

export interface ListVolunteerApplicationsQuery {
  status?: VolunteerApplicationStatus;
  kind?: VolunteerKind;
}

/** Accepting a liaison's application may name her duties (居民联系员 if not); a party member's takes none. */
export interface AcceptVolunteerApplicationRequest {
  duties?: LiaisonDuty[];
}

export interface DeclineVolunteerApplicationRequest {
  reason: string;
}

// ---- training courses: POST /training-courses, GET /training-courses[/:id], POST|DELETE …/:id/sign-up, POST …/:id/attendance ----

export interface TrainingCourseRequest {
  title: string;
  description?: string;
  startsAt: IsoDateTime;
  place: string;
  /** 0.5–24, to the half hour. */
  hours: number;
  audience: TrainingAudience;
}

/** `upcoming`: not started yet, soonest first; `past`: started, newest first. */
export const TRAINING_COURSE_WHEN = ['upcoming', 'past'] as const;
export type TrainingCourseWhen = (typeof TRAINING_COURSE_WHEN)[number];

export interface ListTrainingCoursesQuery {
  when?: TrainingCourseWhen;
  communityId?: number;
}

export interface TrainingCourseInfo {
  id: number;
  communityId: number;
  communityName: string;
  title: string;
  description: string | null;
  startsAt: IsoDateTime;
  place: string;
  hours: number;
  audience: TrainingAudience;
  signUps: number;
  attendance: number;
  /** The caller signed up / attended (always false for staff). */
  signedUp: boolean;
  attended: boolean;
  createdAt: IsoDateTime;
}

export interface TrainingParticipant {
  userId: number;
  name: string;
  signedUpAt: IsoDateTime | null;
  attendedAt: IsoDateTime | null;
}

export interface TrainingCourseDetail extends TrainingCourseInfo {
  /** Who signed up or attended, for the staff, grid and street; null for a volunteer. */
  participants: TrainingParticipant[] | null;
}

export interface RecordAttendanceRequest {
  /** Volunteers of the course's community; recording one twice changes nothing. */
  userIds: number[];
}

// ---- the team: GET /volunteers/team, GET /volunteers, PUT /volunteers/:userId/birth-year ----

export interface VolunteerKindCounts {
  total: number;
  active: number;
}

/**
 * A community's volunteers (or the sum of several). A person serving in both kinds is one volunteer;
 * `trainedLast12Months` and `ageBands` count the active ones.
 */
export interface VolunteerTeamCounts {
  /** null for the total over the communities. */
  communityId: number | null;
  communityName: string;
  total: number;
  active: number;
  byKind: Record<VolunteerKind, VolunteerKindCounts>;
  trainedLast12Months: number;
  ageBands: AgeBandCounts;
}

export interface VolunteerTeam {
  /** The year ages are counted in (Beijing time). */
  year: number;
  /** Trained means a training dated from here to now. */
  trainedSince: IsoDateTime;
  /** The caller's scope (or the community asked for) summed. */
  total: VolunteerTeamCounts;
  communities: VolunteerTeamCounts[];
}

export interface VolunteerTeamQuery {
  communityId?: number;
}

export interface VolunteerInfo {
  userId: number;
  name: string;
  communityId: number;
  kinds: VolunteerKind[];
  active: boolean;
  /** In full for her community's staff, masked for the grid and the street. */
  phone: string | null;
  birthYear: number | null;
  ageBand: AgeBand;
  workUnit: string | null;
  partyOrganisation: string | null;
  /** The earliest of her kinds: joining the registry, or her 双报到 registration. */
  joinedAt: IsoDateTime;
  lastTrainedAt: IsoDateTime | null;
}

export interface VolunteerBirthYearRequest {
  birthYear: number;
}
