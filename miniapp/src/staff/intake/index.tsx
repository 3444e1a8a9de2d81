import { Text } from '@tarojs/components';
import { Screen } from '@/components/Screen';

/** Placeholder until this page is built. */
export default function StaffIntake() {
  return (
    <Screen>
      <Text className='title'>代居民登记</Text>
    </Screen>
  );
}
