import { Text } from '@tarojs/components';
import { Screen } from '@/components/Screen';

/** Placeholder until this page is built. */
export default function PagesInbox() {
  return (
    <Screen>
      <Text className='title'>消息</Text>
    </Screen>
  );
}
