import type { CurrentUser, Role } from '@lingjuli/shared';

/** Who is acting, with the scope their role is limited to: the same shape the API shows as the current user. */
export type Actor = CurrentUser;

/** Every service method takes one. */
export class RequestContext {
  constructor(readonly actor: Actor) {}

  get role(): Role {
    return this.actor.role;
  }

  get userId(): number {
    return this.actor.id;
  }
}
