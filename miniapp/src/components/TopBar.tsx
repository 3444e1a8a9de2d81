/**
 * The page's way back and home. In WeChat the native navigation bar has 返回 and the capsule has 首页,
 * so nothing is drawn; the browser build takes `TopBar.h5.tsx`.
 */
export function TopBar() {
  return null;
}
