import { Text } from '@tarojs/components';
import { Screen } from '@/components/Screen';

/** Placeholder until this page is built. */
export default function PowersWhistles() {
  return (
    <Screen>
      <Text className='title'>吹哨</Text>
    </Screen>
  );
}
