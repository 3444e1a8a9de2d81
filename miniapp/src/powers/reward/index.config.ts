export default definePageConfig({ navigationBarTitleText: '奖励申请详情', enablePullDownRefresh: true });
