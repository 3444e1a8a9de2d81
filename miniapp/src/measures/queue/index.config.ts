export default definePageConfig({ navigationBarTitleText: '社区诉求', enablePullDownRefresh: true });
