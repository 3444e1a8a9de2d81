export default definePageConfig({ navigationBarTitleText: '指标', enablePullDownRefresh: true });
