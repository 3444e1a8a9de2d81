/**
 * The street's desk tables, as the pages import them. In WeChat there is no desk (useDeskLayout is
 * always false there), so this WeChat build of the module is empty; the browser build takes
 * `StreetDesks.h5.tsx` (Taro picks a file's `.h5` twin for H5), and the tables stay out of the
 * mini-program's street package.
 */
export const PendingOrdersDesk: (props: { enabled: boolean }) => null = () => null;
export const StreetAppealsDesk: (props: { enabled: boolean }) => null = () => null;
