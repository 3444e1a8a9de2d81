import { Text, View } from '@tarojs/components';
import { TIER_LABELS } from '@lingjuli/shared';

export default function Home() {
  return (
    <View>
      <Text>零距离 {TIER_LABELS.emergency}</Text>
    </View>
  );
}
