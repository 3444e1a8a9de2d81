export default definePageConfig({ navigationBarTitleText: '上门反馈' });
