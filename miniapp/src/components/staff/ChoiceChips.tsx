import { Text, View } from '@tarojs/components';

export interface Choice<K extends string | number> {
  key: K;
  label: string;
  /** A second line, e.g. 当前 or 30分钟内处置. */
  note?: string;
}

/**
 * One-tap choices (radio buttons big enough for a thumb). Each chip has the stable id
 * `${idPrefix}-${key}` for browser tests, e.g. #feedback-method-visit.
 */
export function ChoiceChips<K extends string | number>({
  idPrefix,
  choices,
  value,
  onChange,
  allowNone = false,
}: {
  idPrefix: string;
  choices: readonly Choice<K>[];
  value: K | null;
  onChange: (key: K | null) => void;
  /** Tapping the chosen chip again clears it. */
  allowNone?: boolean;
}) {
  return (
    <View className='choice staff-choice'>
      {choices.map((c) => {
        const on = c.key === value;
        return (
          <View
            key={String(c.key)}
            id={`${idPrefix}-${c.key}`}
            className={`choice__item staff-choice__item ${on ? 'choice__item--on' : ''}`}
            data-selected={on ? 'true' : 'false'}
            onClick={() => onChange(on && allowNone ? null : c.key)}
          >
            <Text>{c.label}</Text>
            {c.note && <Text className='staff-choice__note'>{c.note}</Text>}
          </View>
        );
      })}
    </View>
  );
}
