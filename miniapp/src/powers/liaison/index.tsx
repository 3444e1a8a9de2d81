import { Text } from '@tarojs/components';
import { Screen } from '@/components/Screen';

/** Placeholder until this page is built. */
export default function PowersLiaison() {
  return (
    <Screen>
      <Text className='title'>专员档案</Text>
    </Screen>
  );
}
