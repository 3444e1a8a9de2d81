import { Text } from '@tarojs/components';
import { Screen } from '@/components/Screen';

/** Placeholder until this page is built. */
export default function PowersRanking() {
  return (
    <Screen>
      <Text className='title'>科室排名</Text>
    </Screen>
  );
}
