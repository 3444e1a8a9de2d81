import type { RewardRequest } from './reward-request.entity';

// The steps of a reward request for a liaison.

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

declare module '../events/domain-events' {
  interface DomainEvents {
    RewardSubmitted: RewardSubmitted;
    RewardApproved: RewardApproved;
    RewardReturned: RewardReturned;
    RewardAcknowledged: RewardAcknowledged;
  }
}
