import { Input } from '@tarojs/components';

export interface PhoneInputProps {
  id?: string;
  value: string;
  placeholder?: string;
  maxlength?: number;
  onInput: (value: string) => void;
}

/**
 * A telephone number field. WeChat's input has no telephone type: `number` opens its digit keypad.
 * The browser build takes `PhoneInput.h5.tsx`, a real `<input type="tel">`.
 */
export function PhoneInput({ id, value, placeholder, maxlength = 13, onInput }: PhoneInputProps) {
  return (
    <Input id={id} className='input' type='number' value={value} maxlength={maxlength} placeholder={placeholder} onInput={(e) => onInput(e.detail.value)} />
  );
}
