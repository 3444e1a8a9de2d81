/*
 * What every export (CSV, .xlsx) does to a text cell typed by people: one starting with =, +, -, @, tab
 * or CR gets a leading apostrophe, the OWASP advice against formula injection, so a spreadsheet shows
 * the text instead of running it. A number the server computed is data, even when negative.
 */

/** = + - @ tab CR, by character code: an export checks millions of cells. */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r'].map((c) => c.charCodeAt(0)));

/** The text as it may go into a spreadsheet cell. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.has(text.charCodeAt(0)) ? `'${text}` : text;
}
