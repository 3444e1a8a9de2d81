import { Text } from '@tarojs/components';
import { Screen } from '@/components/Screen';

/** Placeholder until this page is built. */
export default function PowersRewardNew() {
  return (
    <Screen>
      <Text className='title'>申请奖励</Text>
    </Screen>
  );
}
