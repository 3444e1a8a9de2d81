import { Text } from '@tarojs/components';
import { Screen } from '@/components/Screen';

/** Placeholder until this page is built. */
export default function StaffQueue() {
  return (
    <Screen>
      <Text className='title'>社区诉求</Text>
    </Screen>
  );
}
