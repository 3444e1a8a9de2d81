import type { AppealStatus } from '@lingjuli/shared';
import type { Appeal } from '../appeals/entities/appeal.entity';
import type { Department } from '../organisation/department.entity';
import type { Project } from '../projects/project.entity';
import type { RewardRequest } from '../rewards/reward-request.entity';
import type { User } from '../users/user.entity';
import type { WhistleTarget } from '../whistles/whistle-target.entity';
import type { Whistle } from '../whistles/whistle.entity';

/*
 * What happened in the domain, published by the service that did it, inside its transaction
 * (`EventBus.publish`). Each names a fact in the past tense and carries the rows as they now stand
 * (after the write) and `at`, the transaction's time. Handlers decide what follows from it —
 * the notices (`notifications/`), and later the measurements.
 */

// ---- appeals ----

/** A new appeal was filed (intake, any channel). */
export interface AppealFiled {
  type: 'AppealFiled';
  appeal: Appeal;
  at: Date;
}

/** Public progress on an appeal: a public note on the appeal, or a public note of its task force. */
export interface AppealProgressPublished {
  type: 'AppealProgressPublished';
  appeal: Appeal;
  /** The note as written. */
  content: string;
  source: 'appealNote' | 'taskForceNote';
  at: Date;
}

/** Feedback was given to the resident: interim while in progress, final after resolution. */
export interface AppealFedBack {
  type: 'AppealFedBack';
  appeal: Appeal;
  content: string;
  final: boolean;
  at: Date;
}

/** The command centre dispatched the appeal to a lead department and any assisting ones. */
export interface AppealDispatched {
  type: 'AppealDispatched';
  appeal: Appeal;
  leadDepartmentId: number;
  assistingDepartmentIds: readonly number[];
  /** Their names, as on the timeline line. */
  departments: { lead: string; assisting: string[] };
  at: Date;
}

/** The appeal was reopened for another handling cycle (a bad rating or callback answer, the secretary's review). */
export interface AppealReopened {
  type: 'AppealReopened';
  appeal: Appeal;
  /** Why, in words (居民评价未解决 …). */
  why: string;
  /** The departments whose dispatch assignments opened again (none for an appeal never dispatched). */
  departmentIds: number[];
  /** Those assignments named, lead first: 区水务局（主办）. */
  assignments: string[];
  at: Date;
}

/** The appeal's deadline is near (80 % of its window) and it is not met yet. */
export interface AppealDeadlineNear {
  type: 'AppealDeadlineNear';
  appeal: Appeal;
  deadline: Date;
  at: Date;
}

/**
 * The appeal's deadline passed unmet: flagged for supervision; a community-level appeal was escalated
 * to the street (`escalatedTo`); at the street it goes to leadership, and to its task force if it has one.
 */
export interface AppealBreached {
  type: 'AppealBreached';
  appeal: Appeal;
  deadline: Date;
  escalatedTo: 'street' | null;
  /** The task force working on it, if one does (its name and lead department). */
  taskForce: { name: string; leadDepartmentId: number } | null;
  at: Date;
}

/** A complex appeal's public progress note is due (72 hours since the last). */
export interface AppealProgressDue {
  type: 'AppealProgressDue';
  appeal: Appeal;
  deadline: Date;
  at: Date;
}

/** A complex appeal's public progress note was not given in time: flagged for supervision. */
export interface AppealProgressOverdue {
  type: 'AppealProgressOverdue';
  appeal: Appeal;
  deadline: Date;
  at: Date;
}

// ---- whistles ----

/** A community whistled departments (吹哨). */
export interface WhistleRaised {
  type: 'WhistleRaised';
  whistle: Whistle;
  departmentIds: readonly number[];
  at: Date;
}

/** A whistled department let its report-in deadline pass without reporting in. */
export interface WhistleReportInMissed {
  type: 'WhistleReportInMissed';
  whistle: Whistle;
  target: WhistleTarget;
  department: Department;
  deadline: Date;
  at: Date;
}

/** An open whistle was cancelled because the appeal it is about ended. */
export interface WhistleCancelled {
  type: 'WhistleCancelled';
  whistle: Whistle;
  appeal: Appeal;
  /** How the appeal ended. */
  appealStatus: AppealStatus;
  departmentIds: number[];
  at: Date;
}

// ---- projects and rewards ----

/** The street registered a project in a community's area, which awaits the community's opinion. */
export interface ProjectRegistered {
  type: 'ProjectRegistered';
  project: Project;
  at: Date;
}

/** A project's opinion deadline passed and the community has given none. */
export interface ProjectOpinionOverdue {
  type: 'ProjectOpinionOverdue';
  project: Project;
  deadline: Date;
  at: Date;
}

/** One step of a reward request: the request after it, the step's line on its record, and who took it. */
export interface RewardStep {
  request: RewardRequest;
  stepId: number;
  actorId: number;
  at: Date;
}
export type RewardSubmitted = RewardStep & { type: 'RewardSubmitted' };
export type RewardApproved = RewardStep & { type: 'RewardApproved' };
export type RewardReturned = RewardStep & { type: 'RewardReturned'; reason: string };
export type RewardAcknowledged = RewardStep & { type: 'RewardAcknowledged' };

// ---- accounts ----

/** A staff account was locked after too many wrong passwords. */
export interface AccountLocked {
  type: 'AccountLocked';
  user: User;
  failedLogins: number;
  at: Date;
}

export type DomainEvent =
  | AppealFiled
  | AppealProgressPublished
  | AppealFedBack
  | AppealDispatched
  | AppealReopened
  | AppealDeadlineNear
  | AppealBreached
  | AppealProgressDue
  | AppealProgressOverdue
  | WhistleRaised
  | WhistleReportInMissed
  | WhistleCancelled
  | ProjectRegistered
  | ProjectOpinionOverdue
  | RewardSubmitted
  | RewardApproved
  | RewardReturned
  | RewardAcknowledged
  | AccountLocked;

export type DomainEventType = DomainEvent['type'];
export type EventOf<T extends DomainEventType> = Extract<DomainEvent, { type: T }>;
