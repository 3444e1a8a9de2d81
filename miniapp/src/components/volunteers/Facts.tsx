import { Text, View } from '@tarojs/components';
import './volunteers.scss';

/** Label and value, one row each: the confirm step, an application as its reviewer reads it. */
export function Facts({ lines, idPrefix }: { lines: readonly { label: string; value: string }[]; idPrefix?: string }) {
  return (
    <View className='volunteer-facts'>
      {lines.map((l, i) => (
        <View key={l.label} id={idPrefix ? `${idPrefix}-${i}` : undefined} className='volunteer-facts__row'>
          <Text className='volunteer-facts__label'>{l.label}</Text>
          <Text className='volunteer-facts__value'>{l.value}</Text>
        </View>
      ))}
    </View>
  );
}
