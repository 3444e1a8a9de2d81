import { Input, Picker, Text, View } from '@tarojs/components';
import { Field } from '@/components/Field';

const IS_WEAPP = process.env.TARO_ENV === 'weapp';

const MODES = {
  date: { hint: '格式：年-月-日，如 2026-03-02', placeholder: '2026-03-02', empty: '请选择日期', maxlength: 10 },
  time: { hint: '格式：时:分，如 09:30', placeholder: '09:30', empty: '请选择时间', maxlength: 5 },
} as const;

/**
 * A day (`YYYY-MM-DD`) or a time of day (`HH:mm`), Beijing time: WeChat's picker in the mini-program,
 * typed in the browser (where `#id input` can be filled). Used for meeting and training records and
 * the time of a callback.
 */
export function DateField({
  id,
  label,
  mode = 'date',
  value,
  onChange,
  error,
  hint,
  required,
  max,
}: {
  id: string;
  label: string;
  mode?: keyof typeof MODES;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  required?: boolean;
  /** The latest value that may be picked, in the same format. */
  max?: string;
}) {
  const m = MODES[mode];
  return (
    <Field label={label} hint={hint ?? (IS_WEAPP ? undefined : m.hint)} error={error} required={required}>
      {IS_WEAPP ? (
        <Picker mode={mode} value={value} end={max} onChange={(e) => onChange(String(e.detail.value))}>
          <View id={id} className='picker date-field'>
            <Text>{value || m.empty}</Text>
            <Text className='date-field__go'>›</Text>
          </View>
        </Picker>
      ) : (
        <Input
          id={id}
          className='input'
          value={value}
          type='text'
          placeholder={m.placeholder}
          maxlength={m.maxlength}
          onInput={(e) => onChange(e.detail.value)}
        />
      )}
    </Field>
  );
}
