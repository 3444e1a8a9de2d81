export default definePageConfig({ navigationBarTitleText: '走访楼栋' });
