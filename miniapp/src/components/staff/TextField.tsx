import { Input, Textarea } from '@tarojs/components';
import { useContext } from 'react';
import { InSheet } from '@/components/sheet-context';
import { Field } from '@/components/Field';
import { MAX_TEXT } from '@/utils/staff/limits';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  required?: boolean;
  placeholder?: string;
  /** A multi-line text (notes, reasons) rather than one line. */
  multiline?: boolean;
  type?: 'text' | 'number' | 'idcard' | 'digit';
  password?: boolean;
  maxlength?: number;
  /** One line only: what the keyboard's confirm key says and does (Enter in a browser), e.g. a form filled by keyboard. */
  confirmType?: 'next' | 'go' | 'done';
  onConfirm?: () => void;
  focus?: boolean;
  onBlur?: () => void;
}

/** A labelled text input with the form's or the server's message under it. Taro's default limit of 140 characters is lifted. */
export function TextField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  required,
  placeholder,
  multiline,
  type = 'text',
  password,
  maxlength,
  confirmType,
  onConfirm,
  focus,
  onBlur,
}: TextFieldProps) {
  const inSheet = useContext(InSheet);
  return (
    <Field label={label} hint={hint} error={error} required={required}>
      {multiline ? (
        <Textarea
          id={id}
          className='textarea staff-textarea'
          value={value}
          placeholder={placeholder}
          maxlength={maxlength ?? MAX_TEXT}
          autoHeight={false}
          fixed={inSheet || undefined}
          onInput={(e) => onChange(e.detail.value)}
        />
      ) : (
        <Input
          id={id}
          className='input'
          value={value}
          type={type}
          password={password}
          placeholder={placeholder}
          maxlength={maxlength ?? 200}
          confirmType={confirmType}
          // WeChat keeps the keyboard open on "next", ready for the following field.
          confirmHold={confirmType === 'next' || undefined}
          focus={focus}
          onInput={(e) => onChange(e.detail.value)}
          onConfirm={onConfirm}
          onBlur={onBlur}
        />
      )}
    </Field>
  );
}
