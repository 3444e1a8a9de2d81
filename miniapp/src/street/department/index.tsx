import { Text } from '@tarojs/components';
import { Screen } from '@/components/Screen';

/** Placeholder until this page is built. */
export default function StreetDepartment() {
  return (
    <Screen>
      <Text className='title'>科室待办</Text>
    </Screen>
  );
}
