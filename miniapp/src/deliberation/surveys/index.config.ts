export default definePageConfig({ navigationBarTitleText: '入户调查', enablePullDownRefresh: true });
