import { Text, View } from '@tarojs/components';

export interface BigChip<K extends string | number> {
  key: K;
  label: string;
}

/** Large one-tap choices for the liaison's pages; each chip is `#${idPrefix}-${key}` with `data-selected`. */
export function BigChips<K extends string | number>({ idPrefix, choices, value, onChange }: { idPrefix: string; choices: readonly BigChip<K>[]; value: K | null; onChange: (key: K) => void }) {
  return (
    <View className='choice liaison-chips'>
      {choices.map((c) => {
        const on = c.key === value;
        return (
          <View key={String(c.key)} id={`${idPrefix}-${c.key}`} className={`choice__item liaison-chip ${on ? 'choice__item--on' : ''}`} data-selected={on ? 'true' : 'false'} onClick={() => onChange(c.key)}>
            <Text>{c.label}</Text>
          </View>
        );
      })}
    </View>
  );
}
