import { Picker, Text, View } from '@tarojs/components';
import { monthLabel } from '@/utils/measures/format';

/** The month the figures are of: WeChat's picker (the browser's Taro picker alike), the months newest first. */
export function MonthPicker({ id, month, months, onChange }: { id: string; month: string; months: readonly string[]; onChange: (m: string) => void }) {
  const index = Math.max(0, months.indexOf(month));
  return (
    <Picker mode='selector' range={months.map(monthLabel)} value={index} onChange={(e) => onChange(months[Number(e.detail.value)])}>
      <View id={id} className='picker measures-month' data-month={month}>
        <Text>{monthLabel(month)}</Text>
        <Text className='measures-month__arrow'>▾ 换月份</Text>
      </View>
    </Picker>
  );
}
