import { Text, View } from '@tarojs/components';

export interface ChipChoice<K extends string> {
  key: K;
  label: string;
}

/** One-tap choices; each chip has the id `${idPrefix}-${key}` and `data-selected`. */
export function Chips<K extends string>({ idPrefix, choices, value, onChange }: { idPrefix: string; choices: readonly ChipChoice<K>[]; value: K | null; onChange: (key: K) => void }) {
  return (
    <View className='choice'>
      {choices.map((c) => {
        const on = c.key === value;
        return (
          <View key={c.key} id={`${idPrefix}-${c.key}`} className={`choice__item ${on ? 'choice__item--on' : ''}`} data-selected={on ? 'true' : 'false'} onClick={() => onChange(c.key)}>
            <Text>{c.label}</Text>
          </View>
        );
      })}
    </View>
  );
}
