import { Text } from '@tarojs/components';
import { Screen } from '@/components/Screen';

/** Placeholder until this page is built. */
export default function LiaisonReport() {
  return (
    <Screen>
      <Text className='title'>上报问题</Text>
    </Screen>
  );
}
