export default definePageConfig({ navigationBarTitleText: '吹哨详情', enablePullDownRefresh: true });
