export default definePageConfig({ navigationBarTitleText: '管理权限清单', enablePullDownRefresh: true });
