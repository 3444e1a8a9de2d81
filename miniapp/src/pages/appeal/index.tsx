import { Text } from '@tarojs/components';
import { Screen } from '@/components/Screen';

/** Placeholder until this page is built. */
export default function PagesAppeal() {
  return (
    <Screen>
      <Text className='title'>诉求详情</Text>
    </Screen>
  );
}
