import { Text } from '@tarojs/components';
import { Screen } from '@/components/Screen';

/** Placeholder until this page is built. */
export default function PowersWhistleNew() {
  return (
    <Screen>
      <Text className='title'>社区吹哨</Text>
    </Screen>
  );
}
