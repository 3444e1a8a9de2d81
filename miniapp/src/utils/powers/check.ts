export type { Checked, FieldErrors } from '@/utils/staff/forms';
export { checked, collect, optionalText, requiredText } from '@/utils/staff/forms';
export { MAX_TEXT } from '@/utils/staff/limits';

/** The longest title, subject or name the server keeps (varchar 100). */
export const MAX_TITLE = 100;

/** A required text of at most `max` characters (by default a subject, title or name): trimmed, not empty. */
export function requiredTitle(value: string, label: string, max = MAX_TITLE): string | undefined {
  const text = value.trim();
  if (!text) return `请填写${label}`;
  if (text.length > max) return `${label}不能超过${max}个字`;
  return undefined;
}

/** Adds or removes an id (a multi-select chip). */
export function toggleId(ids: readonly number[], id: number): number[] {
  return ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];
}
