import type { CurrentUser, PersonRef } from '@lingjuli/shared';
import type { User } from './user.entity';

export function toCurrentUser(user: User): CurrentUser {
  return {
    id: user.id,
    role: user.role,
    displayName: user.displayName,
    communityId: user.communityId,
    gridId: user.gridId,
    departmentId: user.departmentId,
  };
}

export function toPersonRef(user: User | null | undefined): PersonRef | null {
  return user ? { id: user.id, name: user.displayName, role: user.role } : null;
}

/** For relations that are always loaded: a missing one is a bug in the query, not data to hide. */
export function toPerson(user: User | null | undefined): PersonRef {
  if (!user) throw new Error('Person relation not loaded');
  return { id: user.id, name: user.displayName, role: user.role };
}
