import { Text } from '@tarojs/components';
import { Screen } from '@/components/Screen';

/** Placeholder until this page is built. */
export default function LiaisonRecord() {
  return (
    <Screen>
      <Text className='title'>我的记录</Text>
    </Screen>
  );
}
