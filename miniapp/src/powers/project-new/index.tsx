import { Text } from '@tarojs/components';
import { Screen } from '@/components/Screen';

/** Placeholder until this page is built. */
export default function PowersProjectNew() {
  return (
    <Screen>
      <Text className='title'>登记项目</Text>
    </Screen>
  );
}
