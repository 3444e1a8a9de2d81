export default definePageConfig({ navigationBarTitleText: '街道项目', enablePullDownRefresh: true });
