import { Text } from '@tarojs/components';
import { Screen } from '@/components/Screen';

/** Placeholder until this page is built. */
export default function PowersRewards() {
  return (
    <Screen>
      <Text className='title'>奖励申请</Text>
    </Screen>
  );
}
