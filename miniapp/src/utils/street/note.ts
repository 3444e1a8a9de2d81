/** The server's limit on every free-text field of an action (note, reason, content). */
export const MAX_TEXT = 2000;

/** What is wrong with a required text, in words, or null when it will do. */
export function checkRequiredText(value: string, what: string, max = MAX_TEXT): string | null {
  const text = value.trim();
  if (!text) return `请填写${what}`;
  if (text.length > max) return `${what}不能超过${max}字（现在${text.length}字）`;
  return null;
}
