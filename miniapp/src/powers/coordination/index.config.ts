export default definePageConfig({ navigationBarTitleText: '统筹协调', enablePullDownRefresh: true });
