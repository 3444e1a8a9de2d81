import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';

export interface InfoRow {
  label: string;
  value: ReactNode;
  /** Leave the row out (e.g. no building). */
  hidden?: boolean;
}

/** Label / value pairs, two columns, dense but readable. */
export function InfoRows({ rows }: { rows: InfoRow[] }) {
  return (
    <View className='staff-info'>
      {rows
        .filter((r) => !r.hidden)
        .map((r) => (
          <View key={r.label} className='staff-info__row'>
            <Text className='staff-info__label'>{r.label}</Text>
            <View className='staff-info__value'>{typeof r.value === 'string' ? <Text>{r.value}</Text> : r.value}</View>
          </View>
        ))}
    </View>
  );
}
