import type { PropsWithChildren } from 'react';

/**
 * Around every page (see Screen). In WeChat there is no desk: the page as it is. The browser build
 * takes `DeskFrame.h5.tsx` instead (Taro picks a file's `.h5` twin for H5), so none of the desk is
 * in the mini-program's packages.
 */
export function DeskFrame({ children }: PropsWithChildren) {
  return <>{children}</>;
}
