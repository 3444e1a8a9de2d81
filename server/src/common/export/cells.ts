/*
 * What every export (CSV, .xlsx) does to a text cell typed by people: one starting with =, +, -, @, tab
 * or CR gets a leading apostrophe, the OWASP advice against formula injection, so a spreadsheet shows
 * the text instead of running it. A number the server computed is data, even when negative.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** The text as it may go into a spreadsheet cell. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
