import type { Satisfaction } from '@lingjuli/shared';
import type { AppealDeadline } from './entities/appeal-deadline.entity';
import type { AppealFeedback } from './entities/appeal-feedback.entity';
import type { Appeal } from './entities/appeal.entity';

// What happens to an appeal, published by the appeals feature (docs/architecture.md, "Events and notices").

/** A new appeal was filed (intake, any channel). */
export interface AppealFiled {
  type: 'AppealFiled';
  appeal: Appeal;
  at: Date;
}

/** Staff took the appeal in (confirmed or changed its triage): its resident hears it was accepted. */
export interface AppealAccepted {
  type: 'AppealAccepted';
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
  /** The feedback as recorded (who gave it, how). */
  feedback: AppealFeedback;
  content: string;
  final: boolean;
  at: Date;
}

/** A handler and/or a liaison to visit was assigned to the appeal; `previous` is who held each before. */
export interface AppealAssigned {
  type: 'AppealAssigned';
  appeal: Appeal;
  previous: { handlerId: number | null; assignedLiaisonId: number | null };
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

/** The round's rating was recorded: the resident's own, or her answer on the callback. */
export interface AppealRated {
  type: 'AppealRated';
  appeal: Appeal;
  /** Her answer: solved or not, and how satisfied. */
  solved: boolean;
  satisfaction: Satisfaction;
  /** When she gave it (the callback's time may be earlier than `at`). */
  ratedAt: Date;
  at: Date;
}

/**
 * A deadline of the appeal was written to its ledger (appeal-deadlines.ts): `settled` the first time
 * (met, late or missed); otherwise a response that came after it was missed, now in `respondedAt`.
 */
export interface AppealDeadlineRecorded {
  type: 'AppealDeadlineRecorded';
  appeal: Appeal;
  deadline: AppealDeadline;
  settled: boolean;
  at: Date;
}

declare module '../events/domain-events' {
  interface DomainEvents {
    AppealFiled: AppealFiled;
    AppealAccepted: AppealAccepted;
    AppealProgressPublished: AppealProgressPublished;
    AppealFedBack: AppealFedBack;
    AppealAssigned: AppealAssigned;
    AppealDispatched: AppealDispatched;
    AppealReopened: AppealReopened;
    AppealRated: AppealRated;
    AppealDeadlineNear: AppealDeadlineNear;
    AppealBreached: AppealBreached;
    AppealProgressDue: AppealProgressDue;
    AppealProgressOverdue: AppealProgressOverdue;
    AppealDeadlineRecorded: AppealDeadlineRecorded;
  }
}
