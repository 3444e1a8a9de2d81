export default definePageConfig({ navigationBarTitleText: '奖励申请', enablePullDownRefresh: true });
