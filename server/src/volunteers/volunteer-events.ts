import type { VolunteerApplication } from './volunteer-application.entity';

// What happens to a resident's application to serve her community (民情专员, 双报到).

/** A resident applied; the community's staff review it. */
export interface VolunteerApplied {
  type: 'VolunteerApplied';
  application: VolunteerApplication;
  at: Date;
}

/** The community accepted or declined an application. */
export interface VolunteerApplicationDecided {
  type: 'VolunteerApplicationDecided';
  application: VolunteerApplication;
  at: Date;
}

declare module '../events/domain-events' {
  interface DomainEvents {
    VolunteerApplied: VolunteerApplied;
    VolunteerApplicationDecided: VolunteerApplicationDecided;
  }
}
