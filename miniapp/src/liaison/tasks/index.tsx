import { Text } from '@tarojs/components';
import { Screen } from '@/components/Screen';

/** Placeholder until this page is built. */
export default function LiaisonTasks() {
  return (
    <Screen>
      <Text className='title'>我的任务</Text>
    </Screen>
  );
}
