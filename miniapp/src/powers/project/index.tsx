import { Text } from '@tarojs/components';
import { Screen } from '@/components/Screen';

/** Placeholder until this page is built. */
export default function PowersProject() {
  return (
    <Screen>
      <Text className='title'>项目详情</Text>
    </Screen>
  );
}
