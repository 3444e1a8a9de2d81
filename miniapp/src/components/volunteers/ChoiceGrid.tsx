import { Text, View } from '@tarojs/components';
import './volunteers.scss';

/**
 * A multiple choice as big boxes to tick (two to a row; one in large-text mode). Each has the stable id
 * `${idPrefix}-${key}`, `role=checkbox` and `data-selected`, e.g. #volunteer-offer-patrol.
 */
export function ChoiceGrid<K extends string>({
  idPrefix,
  choices,
  chosen,
  onToggle,
}: {
  idPrefix: string;
  choices: readonly { key: K; label: string }[];
  chosen: readonly K[];
  onToggle: (key: K) => void;
}) {
  return (
    <View className='volunteer-choices'>
      {choices.map((c) => {
        const on = chosen.includes(c.key);
        return (
          <View
            key={c.key}
            id={`${idPrefix}-${c.key}`}
            className={`volunteer-choice ${on ? 'volunteer-choice--on' : ''}`}
            role='checkbox'
            aria-checked={on}
            data-selected={on ? 'true' : 'false'}
            onClick={() => onToggle(c.key)}
          >
            <Text className='volunteer-choice__box'>{on ? '✓' : ''}</Text>
            <Text className='volunteer-choice__label'>{c.label}</Text>
          </View>
        );
      })}
    </View>
  );
}
