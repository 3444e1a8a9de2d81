import type { AppealStatus } from '@lingjuli/shared';
import type { Appeal } from '../appeals/entities/appeal.entity';
import type { Department } from '../organisation/department.entity';
import type { WhistleTarget } from './whistle-target.entity';
import type { Whistle } from './whistle.entity';

// What happens to a whistle (吹哨), published by the whistles feature.

/** A community whistled departments (吹哨). */
export interface WhistleRaised {
  type: 'WhistleRaised';
  whistle: Whistle;
  departmentIds: readonly number[];
  at: Date;
}

/** A whistled department reported in (报到); `target` as it stood before, so a missed deadline shows. */
export interface WhistleReportedIn {
  type: 'WhistleReportedIn';
  whistle: Whistle;
  target: WhistleTarget;
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
  /** Its departments' parts, as they stood when it was cancelled. */
  targets: WhistleTarget[];
  at: Date;
}

declare module '../events/domain-events' {
  interface DomainEvents {
    WhistleRaised: WhistleRaised;
    WhistleReportedIn: WhistleReportedIn;
    WhistleReportInMissed: WhistleReportInMissed;
    WhistleCancelled: WhistleCancelled;
  }
}
