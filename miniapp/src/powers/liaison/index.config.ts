export default definePageConfig({ navigationBarTitleText: '专员档案', enablePullDownRefresh: true });
