export default definePageConfig({ navigationBarTitleText: '入户调查' });
