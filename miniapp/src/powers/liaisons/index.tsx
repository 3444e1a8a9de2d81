import { Text } from '@tarojs/components';
import { Screen } from '@/components/Screen';

/** Placeholder until this page is built. */
export default function PowersLiaisons() {
  return (
    <Screen>
      <Text className='title'>民情专员</Text>
    </Screen>
  );
}
