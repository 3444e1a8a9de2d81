import { Text } from '@tarojs/components';
import { Screen } from '@/components/Screen';

/** Placeholder until this page is built. */
export default function PowersCoordination() {
  return (
    <Screen>
      <Text className='title'>统筹协调</Text>
    </Screen>
  );
}
