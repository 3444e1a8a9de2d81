/** The longest report text (the server's limit). */
export const MAX_REPORT_TEXT = 2000;

const ENDS_A_SENTENCE = /[。！？!?，,；;、\s]$/;

/**
 * What she said, added after what is already written: a full stop between two spoken parts so they
 * do not run together, and never past the box's limit.
 */
export function appendSpoken(current: string, spoken: string, max = MAX_REPORT_TEXT): string {
  const words = spoken.trim();
  if (!words) return current;
  const before = current.replace(/\s+$/, '');
  const joined = before && !ENDS_A_SENTENCE.test(before) ? `${before}。${words}` : `${before}${words}`;
  return joined.slice(0, max);
}
