export default definePageConfig({ navigationBarTitleText: '住址核实', enablePullDownRefresh: true });
