export default definePageConfig({ navigationBarTitleText: '六项权力' });
