export default definePageConfig({ navigationBarTitleText: '专班' });
