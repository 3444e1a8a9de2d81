export default definePageConfig({ navigationBarTitleText: '登记项目' });
