import { Input } from '@tarojs/components';
import type { PhoneInputProps } from '@/components/PhoneInput';

/**
 * The browser's telephone field. Taro renders its `type` as is (`phone` is no HTML type, and `number`
 * shows a spinner, drops a landline's dash and ignores maxlength), so the native input is made
 * `type="tel"` through `nativeProps`, which Taro applies after its own: the phone shows its telephone
 * keypad and offers the saved number. Taro's type stays `text` so it filters nothing she types.
 */
export function PhoneInput({ id, value, placeholder, maxlength = 13, onInput }: PhoneInputProps) {
  return (
    <Input
      id={id}
      className='input'
      type='text'
      nativeProps={{ type: 'tel', inputmode: 'tel', autocomplete: 'tel' }}
      value={value}
      maxlength={maxlength}
      placeholder={placeholder}
      onInput={(e) => onInput(e.detail.value)}
    />
  );
}
