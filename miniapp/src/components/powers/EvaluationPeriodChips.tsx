import { Text, View } from '@tarojs/components';
import type { EvaluationPeriodInfo } from '@lingjuli/shared';
import { formatDay } from '../../utils/powers/reward-dates';

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
      <View className='choice'>
        {periods.map((p) => {
          const on = p.id === value;
          return (
            <View
              key={p.id}
              id={`period-${p.id}`}
              className={`choice__item evaluation-periods__item ${on ? 'choice__item--on' : ''}`}
              data-selected={on ? 'true' : 'false'}
              onClick={() => onChange(p.id)}
            >
              <Text>{p.name}</Text>
            </View>
          );
        })}
      </View>
      {chosen && (
        <Text className='muted evaluation-periods__range'>
          {formatDay(chosen.startsAt)} 至 {formatDay(new Date(new Date(chosen.endsAt).getTime() - 1).toISOString())}
        </Text>
      )}
    </View>
  );
}
