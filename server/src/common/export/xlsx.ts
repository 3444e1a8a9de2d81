import { Logger } from '@nestjs/common';
import ExcelJS from 'exceljs';
import type { Response } from 'express';
import type { Writable } from 'node:stream';
import { neutraliseFormula } from './cells';
import { attachmentDisposition } from './download';

/*
 * The one .xlsx writer of the server: exceljs' streaming writer, straight into the response. Each sheet
 * is written whole before the next begins (the zip takes its entries one after another, so rows of a
 * later sheet written early would wait in memory), and each row is committed as it is added, so a sheet
 * of any length costs about one page of rows. Every text cell goes through the same formula rule as the
 * CSV exports (cells.ts).
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
   * Resolves once the client has taken what was written so far: await it between pages, so that a slow
   * download holds back the reads instead of piling the file up in memory. Throws if the client left.
   */
  drained(): Promise<void>;
}

/** One sheet: its name, columns (the header row, frozen) and what writes its rows. */
export interface XlsxSheet {
  name: string;
  columns: readonly XlsxColumn[];
  write(rows: XlsxRows): Promise<void> | void;
}

/** Excel holds at most this many characters in a cell; a longer text would make the file unreadable. */
const CELL_MAX = 32_767;

function cellValue(value: XlsxCell): string | number | undefined {
  // An empty cell is left out rather than written as one (exceljs makes a cell object for a null).
  if (value === null) return undefined;
  if (typeof value !== 'string') return value;
  const text = neutraliseFormula(value);
  return text.length > CELL_MAX ? `${text.slice(0, CELL_MAX - 1)}…` : text;
}

/** The download went away before the file was written: stop reading for it. */
export class DownloadAborted extends Error {
  constructor() {
    super('The client closed the download');
  }
}

/**
 * Resolves once `stream` has room again (at once if it has), or fails once the download `out` is gone:
 * a stream that feeds a closed download may never drain.
 */
function waitForRoom(stream: Writable, out: Writable): Promise<void> {
  if (out.destroyed) return Promise.reject(new DownloadAborted());
  if (!needsDrain(stream)) return Promise.resolve();
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

/** Whether a writable holds more than it wants; archiver's streams (readable-stream 2) say so only in their state. */
function needsDrain(stream: Writable): boolean {
  return stream.writableNeedDrain ?? (stream as unknown as { _writableState?: { needDrain?: boolean } })._writableState?.needDrain ?? false;
}

/**
 * The zip entry's stream that a sheet's XML is written into, ahead of the compressor. exceljs writes
 * into it without heeding its answer (its StreamBuf ignores backpressure), so whenever compression or
 * the client falls behind, the XML piles up there, uncompressed: the writer waits for this stream, not
 * only for the response. (Not in exceljs' types; where it is missing, only the response is waited for.)
 */
function zipEntryOf(worksheet: ExcelJS.Worksheet): Writable | undefined {
  return (worksheet as unknown as { stream?: { pipes?: Writable[] } }).stream?.pipes?.[0];
}

export interface XlsxOptions {
  /**
   * A bold header and the columns' number formats. exceljs then works out every cell's style, which
   * more than doubles the time a row takes: for small sheets (the ranking), not for the ledger's
   * hundreds of thousands of rows.
   */
  styled?: boolean;
}

/** Writes the workbook into `out`, sheet after sheet, and resolves once the whole file is written. */
export async function writeXlsx(out: Writable, sheets: readonly XlsxSheet[], options: XlsxOptions = {}): Promise<void> {
  // Inline strings, not a shared-strings table: the table would hold every distinct text until the end.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: options.styled ?? false, useSharedStrings: false });
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((c) => ({ width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
    const header = worksheet.addRow(sheet.columns.map((c) => c.header));
    header.font = { bold: true };
    header.commit();
    await sheet.write({
      add: (cells) => worksheet.addRow(cells.map(cellValue)).commit(),
      drained: async () => {
        // A turn of the event loop first: the zip's queue and the compressor run on callbacks, not on
        // the promises a page's rows are written between.
        await new Promise((resolve) => setImmediate(resolve));
        const entry = zipEntryOf(worksheet);
        if (entry) await waitForRoom(entry, out);
        await waitForRoom(out, out);
      },
    });
    worksheet.commit();
  }
  await workbook.commit();
}

const logger = new Logger('Export');

/**
 * Answers the request with the workbook as a download named `name` (`asciiName` for old clients). Call
 * it once everything that may refuse the request (input, access) has been checked: from the first byte
 * on, the status is 200. A failure after that can only cut the download short, which the client sees
 * as a broken file rather than a complete-looking one.
 */
export async function sendXlsx(
  res: Response,
  file: { asciiName: string; name: string },
  sheets: readonly XlsxSheet[],
  options: XlsxOptions = {},
): Promise<void> {
  res.status(200);
  res.setHeader('Content-Type', XLSX_CONTENT_TYPE);
  res.setHeader('Content-Disposition', attachmentDisposition(file.asciiName, file.name));
  try {
    await writeXlsx(res, sheets, options);
  } catch (error) {
    if (!res.headersSent) throw error;
    if (!(error instanceof DownloadAborted)) logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    res.destroy();
  }
}
