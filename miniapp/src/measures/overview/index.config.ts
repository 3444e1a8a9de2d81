export default definePageConfig({ navigationBarTitleText: '社区总览', enablePullDownRefresh: true });
