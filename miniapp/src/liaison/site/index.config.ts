export default definePageConfig({ navigationBarTitleText: '上报整治点位' });
