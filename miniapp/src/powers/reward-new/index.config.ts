export default definePageConfig({ navigationBarTitleText: '申请奖励' });
