import { Text } from '@tarojs/components';
import { Screen } from '@/components/Screen';

/** Placeholder until this page is built. */
export default function StreetDispatch() {
  return (
    <Screen>
      <Text className='title'>派单</Text>
    </Screen>
  );
}
