export default definePageConfig({ navigationBarTitleText: '科室排名', enablePullDownRefresh: true });
