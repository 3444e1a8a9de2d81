import { PERMISSIONS, type Role } from '@lingjuli/shared';

/** Who answers polls (residents, liaisons): they read a poll on the hall's page, not the staff's. */
export const POLL_ANSWER_ROLES: readonly Role[] = PERMISSIONS['poll.answer'];

/** Who reads the community's polls at work: `poll.read` but not those who answer. */
export const POLL_STAFF_ROLES: readonly Role[] = PERMISSIONS['poll.read'].filter((r) => !POLL_ANSWER_ROLES.includes(r));

/** Who writes, closes and adopts polls: the community's own staff. */
export const POLL_MANAGER_ROLES: readonly Role[] = PERMISSIONS['poll.manage'];

/** Who verifies or resets the households residents stated. */
export const HOUSEHOLD_REVIEW_ROLES: readonly Role[] = PERMISSIONS['household.review'];
