export default definePageConfig({ navigationBarTitleText: '民情专员', enablePullDownRefresh: true });
