import { Text } from '@tarojs/components';
import { Screen } from '@/components/Screen';

/** Placeholder until this page is built. */
export default function StaffEscalate() {
  return (
    <Screen>
      <Text className='title'>上报街道</Text>
    </Screen>
  );
}
