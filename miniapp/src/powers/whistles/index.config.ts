export default definePageConfig({ navigationBarTitleText: '吹哨' });
