export default definePageConfig({ navigationBarTitleText: '发起专项整治' });
