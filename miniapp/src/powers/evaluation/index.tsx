import { Text } from '@tarojs/components';
import { Screen } from '@/components/Screen';

/** Placeholder until this page is built. */
export default function PowersEvaluation() {
  return (
    <Screen>
      <Text className='title'>科室考评</Text>
    </Screen>
  );
}
