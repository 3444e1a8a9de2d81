export default definePageConfig({ navigationBarTitleText: '志愿者培训', enablePullDownRefresh: true });
