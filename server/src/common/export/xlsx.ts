import { Logger } from '@nestjs/common';
import archiver from 'archiver';
import type { Response } from 'express';
import { PassThrough, type Writable } from 'node:stream';
import { neutraliseFormula } from './cells';
import { attachmentDisposition } from './download';
import { columnLetters, escapeXml, MAIN_NS, packageParts, stylesFor, XML_DECLARATION, type SheetStyles } from './xlsx-parts';

/*
 * The one .xlsx writer of the server (docs/architecture.md, "The ledger export"): each sheet's XML is
 * written as text straight into its zip entry (archiver's zip, deflated on libuv's threads), row after
 * row, and waits whenever the zip or the client falls behind, so a sheet of any length costs a page of
 * rows in memory. A general workbook library builds an object per cell and row first, which took five
 * times as long for the ledger's hundreds of thousands of rows. Every text cell goes through the same
 * formula rule as the CSV exports (cells.ts).
 */

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A cell: text as typed by someone (neutralised), a number the server computed, or empty. */
export type XlsxCell = string | number | null;

export interface XlsxColumn {
  header: string;
  /** In characters (a Chinese character is about two). */
  width: number;
  /** Excel's number format for the column's numbers, e.g. `0.0`. */
  numFmt?: string;
}

/** Where a sheet's rows go. */
export interface XlsxRows {
  /** Writes one row and lets it go. */
  add(cells: readonly XlsxCell[]): void;
  /**
   * Resolves once the zip and the client have taken what was written so far: await it between pages,
   * so that a slow download holds back the reads instead of piling the file up in memory. Throws if the
   * client left.
   */
  drained(): Promise<void>;
}

/** One sheet: its name, columns (the header row, bold and frozen) and what writes its rows. */
export interface XlsxSheet {
  name: string;
  columns: readonly XlsxColumn[];
  write(rows: XlsxRows): Promise<void> | void;
}

/** Excel holds at most this many characters in a cell; a longer text would make the file unreadable. */
const CELL_MAX = 32_767;

/** Deflate's fastest level: the XML is repetitive enough that it still shrinks tenfold. */
const ZIP_LEVEL = 1;

/** Rows gathered into one write of the sheet's stream. */
const ROWS_A_WRITE = 200;

/** The download went away before the file was written: stop reading for it. */
export class DownloadAborted extends Error {
  constructor() {
    super('The client closed the download');
  }
}

/** Space, tab, LF, CR: what XML readers may trim at a text's edges. */
const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/** A text cell's XML: neutralised, cut to what a cell holds, its edge spaces kept. */
function textCell(ref: string, value: string, style: string): string {
  let text = neutraliseFormula(value);
  if (text.length > CELL_MAX) text = `${text.slice(0, CELL_MAX - 1)}…`;
  const space = isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1)) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}" t="inlineStr"${style}><is><t${space}>${escapeXml(text)}</t></is></c>`;
}

/** A sheet's XML, a row at a time. */
class SheetXml {
  private readonly letters: string[];
  /** Each column's number style, if it has a format. */
  private readonly formatStyles: (number | null)[];
  /** The same as a cell's attribute, made once. */
  private readonly numberStyles: string[];
  private rowNumber = 0;

  constructor(
    private readonly sheet: XlsxSheet,
    private readonly styles: SheetStyles,
  ) {
    this.letters = sheet.columns.map((_, i) => columnLetters(i));
    this.formatStyles = sheet.columns.map((c) => (c.numFmt ? styles.numberFormat(c.numFmt) : null));
    this.numberStyles = this.formatStyles.map((style) => (style === null ? '' : ` s="${style}"`));
  }

  head(): string {
    const cols = this.sheet.columns
      .map((c, i) => {
        const style = this.formatStyles[i];
        return `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"${style === null ? '' : ` style="${style}"`}/>`;
      })
      .join('');
    return (
      XML_DECLARATION +
      `<worksheet xmlns="${MAIN_NS}">` +
      '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
      `<cols>${cols}</cols><sheetData>` +
      this.row(
        this.sheet.columns.map((c) => c.header),
        ` s="${this.styles.header}"`,
      )
    );
  }

  /** A row's XML; every text cell gets `textStyle` (the header's bold), numbers their column's format. */
  row(cells: readonly XlsxCell[], textStyle = ''): string {
    const r = ++this.rowNumber;
    let xml = `<row r="${r}">`;
    for (let i = 0; i < cells.length; i++) {
      const value = cells[i];
      // An empty cell is left out; so is a number that is not one (Excel has no NaN).
      if (value === null || value === undefined) continue;
      const ref = `${this.letters[i] ?? columnLetters(i)}${r}`;
      if (typeof value === 'number') {
        if (Number.isFinite(value)) xml += `<c r="${ref}"${this.numberStyles[i] ?? ''}><v>${value}</v></c>`;
      } else xml += textCell(ref, value, textStyle);
    }
    return `${xml}</row>`;
  }

  static readonly tail = '</sheetData></worksheet>';
}

/**
 * Resolves once `stream` has room again (at once if it has), or fails once the download `out` is gone:
 * a stream that feeds a closed download may never drain.
 */
function waitForRoom(stream: Writable, out: Writable): Promise<void> {
  if (out.destroyed) return Promise.reject(new DownloadAborted());
  if (!stream.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = () => {
      stream.off('drain', done);
      out.off('close', done);
      if (out.destroyed) reject(new DownloadAborted());
      else resolve();
    };
    stream.on('drain', done);
    out.on('close', done);
  });
}

/** Writes the workbook into `out`, sheet after sheet, and resolves once the whole file is written. */
export async function writeXlsx(out: Writable, sheets: readonly XlsxSheet[]): Promise<void> {
  const zip = archiver('zip', { zlib: { level: ZIP_LEVEL } });
  const finished = new Promise<void>((resolve, reject) => {
    zip.on('error', reject);
    out.on('error', reject);
    out.on('close', () => reject(new DownloadAborted()));
    zip.on('end', resolve);
  });
  // A failure is met where the writer awaits it; until then it must not be an unhandled rejection.
  finished.catch(() => undefined);
  zip.pipe(out);
  const styles = stylesFor(sheets);
  for (const [name, xml] of packageParts(sheets, styles)) zip.append(xml, { name });
  try {
    for (const [index, sheet] of sheets.entries()) await writeSheet(zip, index, sheet, styles, out, finished);
  } catch (error) {
    zip.abort();
    throw error;
  }
  await zip.finalize();
  await finished;
}

/** One sheet's entry, its rows as the sheet writes them. */
async function writeSheet(zip: archiver.Archiver, index: number, sheet: XlsxSheet, styles: SheetStyles, out: Writable, finished: Promise<void>) {
  const stream = new PassThrough();
  zip.append(stream, { name: `xl/worksheets/sheet${index + 1}.xml` });
  const xml = new SheetXml(sheet, styles);
  stream.write(xml.head());
  let pending = '';
  let rows = 0;
  const flush = () => {
    if (pending) stream.write(pending);
    pending = '';
    rows = 0;
  };
  await sheet.write({
    add: (cells) => {
      pending += xml.row(cells);
      if (++rows === ROWS_A_WRITE) flush();
    },
    drained: async () => {
      flush();
      await Promise.race([waitForRoom(stream, out), finished]);
      await waitForRoom(out, out);
    },
  });
  flush();
  stream.end(SheetXml.tail);
}

const logger = new Logger('Export');

/**
 * Answers the request with the workbook as a download named `name` (`asciiName` for old clients). Call
 * it once everything that may refuse the request (input, access) has been checked: from the first byte
 * on, the status is 200. A failure after that can only cut the download short, which the client sees
 * as a broken file rather than a complete-looking one.
 */
export async function sendXlsx(res: Response, file: { asciiName: string; name: string }, sheets: readonly XlsxSheet[]): Promise<void> {
  res.status(200);
  res.setHeader('Content-Type', XLSX_CONTENT_TYPE);
  res.setHeader('Content-Disposition', attachmentDisposition(file.asciiName, file.name));
  try {
    await writeXlsx(res, sheets);
  } catch (error) {
    if (!res.headersSent) throw error;
    if (!(error instanceof DownloadAborted)) logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    res.destroy();
  }
}
