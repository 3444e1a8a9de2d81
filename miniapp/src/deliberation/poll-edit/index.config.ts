export default definePageConfig({ navigationBarTitleText: '发起征求意见' });
