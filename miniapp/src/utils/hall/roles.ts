import { PERMISSIONS, type Role } from '@lingjuli/shared';

/** Who takes part in the hall as a resident does: residents, and liaisons (who live in the community too). */
export const HALL_ROLES: readonly Role[] = ['resident', 'liaison'];

export const isHallParticipant = (role: Role | null | undefined): boolean => !!role && HALL_ROLES.includes(role);

/** Who keeps or reads the community's meetings at work (the staff pages): `meeting.read` but not the participants. */
export const MEETING_STAFF_ROLES: readonly Role[] = PERMISSIONS['meeting.read'].filter((r) => !HALL_ROLES.includes(r));

/** Who schedules meetings, records attendance and writes the minutes: the community's own staff. */
export const MEETING_MANAGER_ROLES: readonly Role[] = PERMISSIONS['meeting.manage'];
