export default definePageConfig({ navigationBarTitleText: '科室考评', enablePullDownRefresh: true });
