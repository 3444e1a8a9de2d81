import { MAX_TEXT } from '@/utils/staff/limits';

/** What is wrong with a required text, in words, or null when it will do. */
export function checkRequiredText(value: string, what: string): string | null {
  const text = value.trim();
  if (!text) return `请填写${what}`;
  if (text.length > MAX_TEXT) return `${what}不能超过${MAX_TEXT}字（现在${text.length}字）`;
  return null;
}
