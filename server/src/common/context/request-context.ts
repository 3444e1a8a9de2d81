import type { Role } from '@lingjuli/shared';

/** Who is acting, with the scope their role is limited to. Every service method takes one. */
export interface Actor {
  id: number;
  role: Role;
  displayName: string;
  communityId: number | null;
  gridId: number | null;
  departmentId: number | null;
}

export class RequestContext {
  constructor(readonly actor: Actor) {}

  get role(): Role {
    return this.actor.role;
  }

  get userId(): number {
    return this.actor.id;
  }
}

