import type { Role } from '@lingjuli/shared';

/**
 * The measures' desk tables, as the pages import them. In WeChat there is no desk (useDeskLayout is
 * always false there), so this WeChat build of the module is empty; the browser build takes
 * `MeasuresDesks.h5.tsx` (Taro picks a file's `.h5` twin for H5).
 */
export const OverviewDesk: (props: { enabled: boolean; month: string; months: readonly string[]; onMonth: (m: string) => void }) => null = () => null;
export const CommunityQueueDesk: (props: { communityId: number | null; month: string; role: Role | null }) => null = () => null;
