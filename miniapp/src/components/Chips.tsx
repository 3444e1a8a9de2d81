import { Text, View } from '@tarojs/components';

export interface Choice<K extends string | number> {
  key: K;
  label: string;
  /** A second line, e.g. 当前 or 30分钟内处置. */
  note?: string;
}

/**
 * One-tap choices (radio buttons big enough for a thumb). Each chip has the stable id
 * `${idPrefix}-${key}` and `data-selected` for browser tests, e.g. #feedback-method-visit;
 * `itemClassName` sizes the chips for a page (staff, liaison).
 */
export function Chips<K extends string | number>({
  idPrefix,
  choices,
  value,
  onChange,
  itemClassName = '',
}: {
  idPrefix: string;
  choices: readonly Choice<K>[];
  value: K | null;
  onChange: (key: K) => void;
  itemClassName?: string;
}) {
  return (
    <View className='choice'>
      {choices.map((c) => {
        const on = c.key === value;
        return (
          <View
            key={String(c.key)}
            id={`${idPrefix}-${c.key}`}
            className={`choice__item ${itemClassName} ${on ? 'choice__item--on' : ''}`}
            data-selected={on ? 'true' : 'false'}
            onClick={() => onChange(c.key)}
          >
            <Text>{c.label}</Text>
            {c.note && <Text className='choice__note'>{c.note}</Text>}
          </View>
        );
      })}
    </View>
  );
}
