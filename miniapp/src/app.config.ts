export default defineAppConfig({
  pages: ['pages/home/index'],
  window: {
    navigationBarTitleText: '零距离',
    navigationBarBackgroundColor: '#b3261e',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f6f4f1',
  },
});
