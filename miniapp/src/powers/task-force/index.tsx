import { Text } from '@tarojs/components';
import { Screen } from '@/components/Screen';

/** Placeholder until this page is built. */
export default function PowersTaskForce() {
  return (
    <Screen>
      <Text className='title'>专班</Text>
    </Screen>
  );
}
