import { Text } from '@tarojs/components';
import { Screen } from '@/components/Screen';

/** Placeholder until this page is built. */
export default function PowersProjects() {
  return (
    <Screen>
      <Text className='title'>街道项目</Text>
    </Screen>
  );
}
