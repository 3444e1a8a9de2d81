export default definePageConfig({ navigationBarTitleText: '社区诉求' });
