import type { Role } from '@lingjuli/shared';
import { PAGES } from '@/routes';
import { pagePath } from '@/utils/desk/nav';
import { workbenchFor } from '@/utils/workbench';

/** Pages with the tab bar (社区 / 我的诉求): the tab bar is their way home, and they have nothing to go back to. */
const TAB_PAGES: readonly string[] = [PAGES.home, PAGES.mine];

/** Where 首页 leads: a resident's (or a visitor's) community page, else the first page of the role's work. */
export function homeUrlFor(role: Role | null | undefined): string {
  return role && role !== 'resident' ? workbenchFor(role) : `/${PAGES.home}`;
}

/** Whether a page gets the browser's top bar (返回 / 首页): not on the role's home, nor on the tab pages. */
export function showsTopBar(path: string, role: Role | null | undefined): boolean {
  const page = pagePath(path);
  return !TAB_PAGES.includes(page) && page !== pagePath(homeUrlFor(role));
}
