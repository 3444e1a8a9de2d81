export default definePageConfig({ navigationBarTitleText: '专班', enablePullDownRefresh: true });
