import { Text } from '@tarojs/components';
import { Screen } from '@/components/Screen';

/** Placeholder until this page is built. */
export default function PagesMine() {
  return (
    <Screen>
      <Text className='title'>我的诉求</Text>
    </Screen>
  );
}
