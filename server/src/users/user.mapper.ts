import type { CurrentUser, PersonRef, StaffAccount } from '@lingjuli/shared';
import { RequestContext } from '../common/context/request-context';
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

export function toStaffAccount(user: User): StaffAccount {
  return { ...toCurrentUser(user), username: user.username, title: user.title, locked: user.lockedAt !== null };
}

/** The context a user acts in: the auth guard's for a request, and the sample data's for each step it plays. */
export function contextOf(user: User): RequestContext {
  return new RequestContext(toCurrentUser(user));
}

/** Who someone is, as the API names people: enough of a user row, or the current user. */
type Person = Pick<User, 'id' | 'displayName' | 'role'>;

export function toPersonRef(user: Person | null | undefined): PersonRef | null {
  return user ? { id: user.id, name: user.displayName, role: user.role } : null;
}

/** For relations that are always loaded: a missing one is a bug in the query, not data to hide. */
export function toPerson(user: Person | null | undefined): PersonRef {
  if (!user) throw new Error('Person relation not loaded');
  return toPersonRef(user)!;
}
