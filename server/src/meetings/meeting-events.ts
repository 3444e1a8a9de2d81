import type { Appeal } from '../appeals/entities/appeal.entity';
import type { MeetingDecision } from './entities/meeting-decision.entity';
import type { Meeting } from './entities/meeting.entity';

// What happens to a residents' meeting (议事会) that people are told of (notifications/meeting-notices.ts).

/** Staff cancelled a meeting before it started; those who had signed up are told. */
export interface MeetingCancelled {
  type: 'MeetingCancelled';
  meeting: Meeting;
  signedUpUserIds: number[];
  at: Date;
}

/** Staff moved a meeting (its time or place); those still signed up are told. */
export interface MeetingMoved {
  type: 'MeetingMoved';
  meeting: Meeting;
  signedUpUserIds: number[];
  at: Date;
}

/** The minutes were published; each decision with the appeals it answers, whose residents are told. */
export interface MeetingMinutesPublished {
  type: 'MeetingMinutesPublished';
  meeting: Meeting;
  decisions: { decision: MeetingDecision; appeals: Appeal[] }[];
  at: Date;
}

declare module '../events/domain-events' {
  interface DomainEvents {
    MeetingCancelled: MeetingCancelled;
    MeetingMoved: MeetingMoved;
    MeetingMinutesPublished: MeetingMinutesPublished;
  }
}
