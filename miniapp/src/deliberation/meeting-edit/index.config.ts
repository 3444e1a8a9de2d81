export default definePageConfig({ navigationBarTitleText: '召开议事会' });
