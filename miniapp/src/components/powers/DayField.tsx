import { Input, Picker, Text, View } from '@tarojs/components';
import { Field } from '../Field';

const IS_WEAPP = process.env.TARO_ENV === 'weapp';

/**
 * A day (`YYYY-MM-DD`, Beijing time): WeChat's date picker in the mini-program, a typed date in the
 * browser (where `#id input` can be filled). Used for the meeting record and training records.
 */
export function DayField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  required,
  max,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  required?: boolean;
  /** The latest day that may be picked, `YYYY-MM-DD`. */
  max?: string;
}) {
  return (
    <Field label={label} hint={hint ?? (IS_WEAPP ? undefined : '格式：年-月-日，如 2026-03-02')} error={error} required={required}>
      {IS_WEAPP ? (
        <Picker mode='date' value={value} end={max} onChange={(e) => onChange(String(e.detail.value))}>
          <View id={id} className='picker powers-date'>
            <Text>{value || '请选择日期'}</Text>
            <Text className='powers-date__go'>›</Text>
          </View>
        </Picker>
      ) : (
        <Input id={id} className='input' value={value} type='text' placeholder='2026-03-02' maxlength={10} onInput={(e) => onChange(e.detail.value)} />
      )}
    </Field>
  );
}
