import { PAGES, SUBPACKAGES } from '@/routes';

export default defineAppConfig({
  pages: [PAGES.home, PAGES.file, PAGES.mine, PAGES.appeal, PAGES.login, PAGES.inbox],
  // Staff pages live in subpackages so the main package (what a resident downloads after scanning) stays small.
  subPackages: Object.values(SUBPACKAGES).map(({ root, pages }) => ({ root, pages: [...pages] })),
  tabBar: {
    color: '#5c5852',
    selectedColor: '#b3261e',
    backgroundColor: '#ffffff',
    list: [
      { pagePath: PAGES.home, text: '社区', iconPath: 'assets/tab-home.png', selectedIconPath: 'assets/tab-home-on.png' },
      { pagePath: PAGES.mine, text: '我的诉求', iconPath: 'assets/tab-mine.png', selectedIconPath: 'assets/tab-mine-on.png' },
    ],
  },
  window: {
    navigationBarTitleText: '零距离',
    navigationBarBackgroundColor: '#b3261e',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f6f4f1',
  },
  // WeChat's privacy rules: the privacy popup is handled in the app (platform.ensurePrivacyAuthorized),
  // and location is declared with the reason shown to the user.
  __usePrivacyCheck__: true,
  permission: {
    'scope.userLocation': { desc: '用于在提交诉求时标注问题位置（可不提供）' },
  },
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  lazyCodeLoading: 'requiredComponents',
  // 微信同声传译 (voice input on the liaison's report), only when the account has added the plugin
  // (小程序后台 → 第三方设置 → 插件管理) and the build names its version: LINGJULI_WECHAT_SI=0.3.5.
  ...(process.env.LINGJULI_WECHAT_SI ? { plugins: { WechatSI: { version: process.env.LINGJULI_WECHAT_SI, provider: 'wx069ba97219f66d99' } } } : {}),
});
