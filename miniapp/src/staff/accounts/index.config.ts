export default definePageConfig({ navigationBarTitleText: '账号解锁', enablePullDownRefresh: true });
