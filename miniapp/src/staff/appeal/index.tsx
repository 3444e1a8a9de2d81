import { Text } from '@tarojs/components';
import { Screen } from '@/components/Screen';

/** Placeholder until this page is built. */
export default function StaffAppeal() {
  return (
    <Screen>
      <Text className='title'>办理诉求</Text>
    </Screen>
  );
}
