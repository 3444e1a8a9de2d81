export default definePageConfig({ navigationBarTitleText: '重复诉求', enablePullDownRefresh: true });
