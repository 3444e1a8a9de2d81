import { Text } from '@tarojs/components';
import { Screen } from '@/components/Screen';

/** Placeholder until this page is built. */
export default function LiaisonVisit() {
  return (
    <Screen>
      <Text className='title'>上门反馈</Text>
    </Screen>
  );
}
