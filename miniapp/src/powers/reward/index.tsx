import { Text } from '@tarojs/components';
import { Screen } from '@/components/Screen';

/** Placeholder until this page is built. */
export default function PowersReward() {
  return (
    <Screen>
      <Text className='title'>奖励申请详情</Text>
    </Screen>
  );
}
