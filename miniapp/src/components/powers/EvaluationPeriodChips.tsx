import { Text, View } from '@tarojs/components';
import type { EvaluationPeriodInfo } from '@lingjuli/shared';
import { formatDay } from '@/utils/dates';
import { Chips } from '@/components/Chips';

/** The evaluation periods, newest first, one tap to choose (`#period-<id>`, `data-selected`). */
export function EvaluationPeriodChips({
  periods,
  value,
  onChange,
}: {
  periods: readonly EvaluationPeriodInfo[];
  value: number | null;
  onChange: (id: number) => void;
}) {
  const chosen = periods.find((p) => p.id === value);
  return (
    <View className='evaluation-periods'>
      <Chips
        idPrefix='period'
        choices={periods.map((p) => ({ key: p.id, label: p.name }))}
        value={value}
        onChange={onChange}
        itemClassName='evaluation-periods__item'
      />
      {chosen && (
        <Text className='muted evaluation-periods__range'>
          {formatDay(chosen.startsAt)} 至 {formatDay(new Date(new Date(chosen.endsAt).getTime() - 1).toISOString())}
        </Text>
      )}
    </View>
  );
}
