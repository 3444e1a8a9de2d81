import { Text } from '@tarojs/components';
import { Screen } from '@/components/Screen';

/** Placeholder until this page is built. */
export default function StreetAppeal() {
  return (
    <Screen>
      <Text className='title'>诉求办理</Text>
    </Screen>
  );
}
