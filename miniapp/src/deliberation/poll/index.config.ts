export default definePageConfig({ navigationBarTitleText: '征求意见结果', enablePullDownRefresh: true });
