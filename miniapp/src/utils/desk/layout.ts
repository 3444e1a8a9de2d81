import type { Role } from '@lingjuli/shared';

/** The narrowest browser window (CSS pixels) the desk layout is used at: a PC's. */
export const DESK_MIN_WIDTH = 1024;

/** Who works at a PC: the street's admin and command centre, the grid and community secretaries. */
export const DESK_ROLES: readonly Role[] = ['streetAdmin', 'commandCenter', 'gridSecretary', 'communitySecretary'];

export interface LayoutInput {
  /** The build: the desk exists in the browser only. */
  platform: 'h5' | 'weapp';
  /** The window's width in CSS pixels (null where there is no window: WeChat). */
  width: number | null;
  role: Role | null | undefined;
}

/**
 * Whether a page is laid out as the desk (navigation at the side, tables) rather than the phone's:
 * in the browser build, at least DESK_MIN_WIDTH wide, for the roles that work at a PC. Anything
 * else — WeChat, a narrow window, community staff, departments, residents — keeps the phone layout.
 */
export function usesDesk({ platform, width, role }: LayoutInput): boolean {
  return platform === 'h5' && width !== null && width >= DESK_MIN_WIDTH && !!role && DESK_ROLES.includes(role);
}
