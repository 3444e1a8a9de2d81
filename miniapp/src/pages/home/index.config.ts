export default definePageConfig({ navigationBarTitleText: '零距离' });
