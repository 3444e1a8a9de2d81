import { Text } from '@tarojs/components';
import { Screen } from '@/components/Screen';

/** Placeholder until this page is built. */
export default function PagesFile() {
  return (
    <Screen>
      <Text className='title'>我要反映</Text>
    </Screen>
  );
}
