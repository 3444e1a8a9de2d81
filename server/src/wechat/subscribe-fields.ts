import { formatShanghaiTimestamp } from '@lingjuli/shared';

/**
 * The words of a subscription message before they meet a template: what the notice is (`title`), what
 * it says (`text`), the appeal's code, the place and the time that matters. Each template's
 * configuration says which of its keys (`thing1`, `time2` …) takes which.
 */
export interface MessageWords {
  title: string;
  text: string;
  code?: string;
  place?: string;
  time: Date;
}
export type MessageWord = keyof MessageWords;
export const MESSAGE_WORDS: readonly MessageWord[] = ['title', 'text', 'code', 'place', 'time'];

/** Control characters and line breaks: WeChat refuses them in any field. */
const CONTROL = /[\u0000-\u001f\u007f]+/g; // eslint-disable-line no-control-regex

const cut = (text: string, max: number) => {
  const chars = [...text.replace(CONTROL, ' ').trim()];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
};

/**
 * WeChat's rule for a field, by the kind its key begins with (`thing3` → `thing`): `thing` 20
 * characters, `character_string` 32 letters, digits and symbols, `phrase` 5 Chinese characters,
 * `name` 10, `number` 32 digits, `time` and `date` as Beijing time. A kind not listed here cannot be
 * filled from these words.
 */
const FIELD_RULES: Record<string, (word: string | Date) => string> = {
  thing: (w) => cut(String(w), 20),
  character_string: (w) => cut(String(w).replace(/[^\x21-\x7e]/g, ''), 32),
  phrase: (w) => cut(String(w).replace(/[^\u4e00-\u9fa5]/g, ''), 5),
  name: (w) => cut(String(w), 10),
  number: (w) => String(w).replace(/\D/g, '').slice(0, 32),
  time: (w) => (w instanceof Date ? formatShanghaiTimestamp(w) : String(w)),
  date: (w) => (w instanceof Date ? formatShanghaiTimestamp(w).slice(0, 10) : String(w)),
};

/** The kind of a template key: `character_string12` → `character_string`. */
export const fieldKind = (key: string): string => key.replace(/\d+$/, '');

export const isFillableKey = (key: string): boolean => fieldKind(key) in FIELD_RULES;

/** A template's data: each configured key filled with its word, cut to WeChat's rule for its kind. */
export function templateData(words: MessageWords, fields: Readonly<Record<string, MessageWord>>): Record<string, { value: string }> {
  const data: Record<string, { value: string }> = {};
  for (const [key, word] of Object.entries(fields)) {
    const value = words[word];
    const rule = FIELD_RULES[fieldKind(key)];
    // WeChat refuses an empty value: a word the notice does not have is a dash.
    data[key] = { value: (value !== undefined && rule ? rule(value) : '') || '—' };
  }
  return data;
}
