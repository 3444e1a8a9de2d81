import type { Poll } from './poll.entity';

// What happens to a poll of the deliberation hall (征求意见 / 问卷).

/** A poll closed — at its closing time (the timer) or earlier by staff — and its results are out. */
export interface PollClosed {
  type: 'PollClosed';
  poll: Poll;
  /** Households (or residents) that answered, and the audience counted at the close. */
  participants: number;
  eligible: number;
  at: Date;
}

/** Staff recorded the plan adopted after the poll (采纳方案). */
export interface PollAdopted {
  type: 'PollAdopted';
  poll: Poll;
  /** The adopted option's words, else the plan's own words. */
  plan: string;
  at: Date;
}

declare module '../events/domain-events' {
  interface DomainEvents {
    PollClosed: PollClosed;
    PollAdopted: PollAdopted;
  }
}
