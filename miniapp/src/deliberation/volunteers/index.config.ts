export default definePageConfig({ navigationBarTitleText: '志愿者队伍', enablePullDownRefresh: true });
