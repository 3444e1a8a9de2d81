import { Text, View } from '@tarojs/components';
import type { LiaisonCounts as Counts } from '@lingjuli/shared';
import { countItems } from '@/utils/powers/liaison';

/** Her reports, proactive reports (未诉即办), visits and participations, counted by the server. */
export function LiaisonCounts({ counts, compact }: { counts: Counts; compact?: boolean }) {
  return (
    <View className={`liaison-counts ${compact ? 'liaison-counts--compact' : ''}`}>
      {countItems(counts).map((c) => (
        <View key={c.key} className={`liaison-counts__item liaison-counts__item--${c.key}`}>
          <Text className='liaison-counts__n'>{c.value}</Text>
          <Text className='liaison-counts__label'>{c.label}</Text>
        </View>
      ))}
    </View>
  );
}
