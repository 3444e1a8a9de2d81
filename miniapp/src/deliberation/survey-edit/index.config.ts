export default definePageConfig({ navigationBarTitleText: '发起入户调查' });
