export default definePageConfig({ navigationBarTitleText: '民情专员' });
