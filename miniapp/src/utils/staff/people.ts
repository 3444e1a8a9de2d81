import { ROLE_LABELS, type CurrentUser, type PersonRef } from '@lingjuli/shared';

export interface PersonChoice {
  id: number;
  /** e.g. 王芳（社区书记） */
  label: string;
  current: boolean;
}

export interface PeopleForAssign {
  handlers: PersonChoice[];
  liaisons: PersonChoice[];
}

const label = (u: CurrentUser) => `${u.displayName}（${ROLE_LABELS[u.role]}）`;

/**
 * Who can be assigned on an appeal of `communityId`: its community staff and secretary as handler,
 * its liaisons for the feedback visit. The current ones are marked; the secretary comes first.
 */
export function peopleForAssign(
  users: readonly CurrentUser[],
  communityId: number,
  current: { handler: PersonRef | null; liaison: PersonRef | null },
): PeopleForAssign {
  const here = users.filter((u) => u.communityId === communityId);
  const handlers = here
    .filter((u) => u.role === 'communitySecretary' || u.role === 'communityStaff')
    .sort((a, b) => Number(b.role === 'communitySecretary') - Number(a.role === 'communitySecretary') || a.id - b.id)
    .map((u) => ({ id: u.id, label: label(u), current: u.id === current.handler?.id }));
  const liaisons = here.filter((u) => u.role === 'liaison').map((u) => ({ id: u.id, label: u.displayName, current: u.id === current.liaison?.id }));
  return { handlers, liaisons };
}

/** Grid secretaries to consult before escalating: those of the appeal's grid when the grid is known. */
export function gridSecretaryChoices(users: readonly CurrentUser[], gridId: number | null): PersonChoice[] {
  const secretaries = users.filter((u) => u.role === 'gridSecretary');
  const ofGrid = gridId === null ? secretaries : secretaries.filter((u) => u.gridId === gridId);
  return (ofGrid.length ? ofGrid : secretaries).map((u) => ({ id: u.id, label: u.displayName, current: false }));
}

/** A person on an appeal, or a dash. */
export const personName = (p: PersonRef | null | undefined, none = '—') => (p ? p.name : none);
