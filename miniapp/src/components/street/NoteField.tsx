import { Textarea } from '@tarojs/components';
import { Field } from '@/components/Field';
import { MAX_TEXT } from '@/utils/staff/limits';

/** A multi-line note with its label and message; Taro's default 140-character limit is lifted to the server's. */
export function NoteField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  placeholder,
  required,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string | null;
  hint?: string;
  placeholder?: string;
  required?: boolean;
}) {
  return (
    <Field label={label} hint={hint} error={error ?? undefined} required={required}>
      <Textarea id={id} className='textarea' value={value} placeholder={placeholder} maxlength={MAX_TEXT} onInput={(e) => onChange(e.detail.value)} />
    </Field>
  );
}
