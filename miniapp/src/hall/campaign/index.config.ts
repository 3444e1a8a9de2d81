export default definePageConfig({ navigationBarTitleText: '专项整治结果', enablePullDownRefresh: true });
