import { Text } from '@tarojs/components';
import { Screen } from '@/components/Screen';

/** Placeholder until this page is built. */
export default function PowersManagement() {
  return (
    <Screen>
      <Text className='title'>管理权限清单</Text>
    </Screen>
  );
}
