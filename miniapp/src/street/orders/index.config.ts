export default definePageConfig({ navigationBarTitleText: '批办单' });
