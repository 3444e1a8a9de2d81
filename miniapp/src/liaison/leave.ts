import Taro from '@tarojs/taro';
import { routes } from '@/routes';
import { filingPhotos } from '@/state/appeal-draft';
import { clearSession } from '@/state/session';
import { openPage } from '@/utils/navigation';

/** The ways out of the liaison's pages: her tasks (her home here), the community's page, logging out. */

/** Back to her task list from anywhere in her pages; the pages opened on the way are closed. */
export function goToTasks(): void {
  void Taro.reLaunch({ url: routes.liaisonTasks() });
}

/** The community's page: phone numbers, and the 大字模式 switch. */
export function goToCommunity(): void {
  openPage(routes.home());
}

/** Logs out after she confirms (a stray tap must not log a 72-year-old out), then the login page. */
export async function confirmLogout(): Promise<void> {
  const { confirm } = await Taro.showModal({
    title: '退出登录',
    content: '退出后，要重新登录才能看到您的任务。',
    confirmText: '退出',
    cancelText: '不退出',
    confirmColor: '#b3261e',
  });
  if (!confirm) return;
  clearSession();
  // Photos uploaded under this session are not the next person's to file with.
  filingPhotos.clear();
  // The login page, as her pages themselves would send her there once the session is gone; its 返回首页 leads on.
  void Taro.reLaunch({ url: routes.login() });
}
