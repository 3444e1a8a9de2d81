import { Text, View } from '@tarojs/components';
import { LIAISON_DUTIES, LIAISON_DUTY_LABELS, type LiaisonDuty } from '@lingjuli/shared';
import { toggleDuty } from '@/utils/powers/liaison';

/**
 * The four duties of a liaison as check boxes big enough for a thumb; each has the id
 * `${idPrefix}-${duty}` and `data-selected`.
 */
export function LiaisonDutyChecks({
  idPrefix,
  value,
  onChange,
  disabled,
}: {
  idPrefix: string;
  value: readonly LiaisonDuty[];
  onChange: (duties: LiaisonDuty[]) => void;
  disabled?: boolean;
}) {
  return (
    <View className='choice liaison-duties'>
      {LIAISON_DUTIES.map((duty) => {
        const on = value.includes(duty);
        return (
          <View
            key={duty}
            id={`${idPrefix}-${duty}`}
            className={`choice__item liaison-duties__item ${on ? 'choice__item--on' : ''}`}
            data-selected={on ? 'true' : 'false'}
            onClick={() => !disabled && onChange(toggleDuty(value, duty))}
          >
            <Text className='liaison-duties__box'>{on ? '✓' : ''}</Text>
            <Text>{LIAISON_DUTY_LABELS[duty]}</Text>
          </View>
        );
      })}
    </View>
  );
}
