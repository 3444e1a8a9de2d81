import { PERMISSIONS, type Role } from '@lingjuli/shared';

/** Who applies to volunteer (residents; liaisons, as party members): they use the hall's page, not the staff's. */
export const VOLUNTEER_APPLY_ROLES: readonly Role[] = PERMISSIONS['volunteerApplication.apply'];

/** Who opens the team's page at work: those who read its figures or review its applications, not the applicants. */
export const VOLUNTEER_STAFF_ROLES: readonly Role[] = [...new Set([...PERMISSIONS['volunteer.team'], ...PERMISSIONS['volunteerApplication.review']])].filter(
  (r) => !VOLUNTEER_APPLY_ROLES.includes(r),
);

/** Who reads the training courses at work (the volunteers read theirs in the hall). */
export const TRAINING_STAFF_ROLES: readonly Role[] = PERMISSIONS['trainingCourse.read'].filter((r) => !VOLUNTEER_APPLY_ROLES.includes(r));
