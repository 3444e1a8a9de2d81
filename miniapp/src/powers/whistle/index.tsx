import { Text } from '@tarojs/components';
import { Screen } from '@/components/Screen';

/** Placeholder until this page is built. */
export default function PowersWhistle() {
  return (
    <Screen>
      <Text className='title'>吹哨详情</Text>
    </Screen>
  );
}
