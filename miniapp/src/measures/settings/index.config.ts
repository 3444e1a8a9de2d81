export default definePageConfig({ navigationBarTitleText: '测度设置' });
