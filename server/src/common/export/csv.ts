import { neutraliseFormula } from './cells';

/*
 * The one CSV writer of the server. Every export builds its file here, never by joining strings itself
 * (csv.spec.ts fails the build if another file does), so that each of them:
 * - neutralises a text cell a spreadsheet would read as a formula (cells.ts: a leading apostrophe, the
 *   OWASP advice against CSV injection): the names in our exports are typed by people;
 * - quotes cells per RFC 4180, ends lines with CRLF and starts with a UTF-8 byte-order mark, so that
 *   Excel shows the Chinese.
 */

/** A cell: text as typed by someone (neutralised), a number the server computed, or empty. */
export type CsvCell = string | number | null;

/** One cell as it goes into the file. */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  // A number the server computed is data, even when negative; only text can smuggle a formula in.
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The file: a byte-order mark, then one CRLF-terminated line per row. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('')}`;
}
