import type { Checked, FieldErrors } from '../staff/forms';

export type { Checked, FieldErrors } from '../staff/forms';
export { MAX_TEXT, optionalText, requiredText } from '../staff/forms';

/** The longest title, subject or name the server keeps (varchar 100). */
export const MAX_TITLE = 100;

/** Drops the checks that passed. */
export function collect(checks: Record<string, string | undefined>): FieldErrors {
  return Object.fromEntries(Object.entries(checks).filter((e): e is [string, string] => e[1] !== undefined));
}

/** The request to send when nothing is wrong, else what is wrong, field by field. */
export function checked<T>(errors: FieldErrors, body: () => T): Checked<T> {
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, body: body() };
}

/** A required one-line text (subject, title, name): trimmed, not empty, at most MAX_TITLE characters. */
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
