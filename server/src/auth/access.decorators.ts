import { SetMetadata } from '@nestjs/common';
import type { AppealAction, Permission } from '@lingjuli/shared';

export const ACCESS_KEY = 'lingjuli:access';

/**
 * How a route is guarded. Every route declares exactly one; the AuthGuard refuses a route that
 * declares none, so a forgotten decorator fails closed.
 */
export type AccessRule =
  { kind: 'public' } | { kind: 'authenticated' } | { kind: 'permission'; permission: Permission } | { kind: 'appealAction'; action: AppealAction };

/** Anyone, logged in or not (the warm-heart card, a building's landing page, health). */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);

/** Any logged-in user; what they see is still limited by their scope. */
export const Authenticated = () => SetMetadata(ACCESS_KEY, { kind: 'authenticated' } satisfies AccessRule);

/** Roles listed for the permission in the shared PERMISSIONS table. */
export const Allow = (permission: Permission) => SetMetadata(ACCESS_KEY, { kind: 'permission', permission } satisfies AccessRule);

/** Roles that the shared transition table lets perform the action in some state. */
export const AllowAction = (action: AppealAction) => SetMetadata(ACCESS_KEY, { kind: 'appealAction', action } satisfies AccessRule);
