import { Text } from '@tarojs/components';
import { Screen } from '@/components/Screen';

/** Placeholder until this page is built. */
export default function PagesLogin() {
  return (
    <Screen>
      <Text className='title'>工作人员登录</Text>
    </Screen>
  );
}
