import { Text } from '@tarojs/components';
import { Screen } from '@/components/Screen';

/** Placeholder until this page is built. */
export default function StreetOrders() {
  return (
    <Screen>
      <Text className='title'>批办单</Text>
    </Screen>
  );
}
