import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { badRequest, invalidField } from '../common/errors/app-error';

/*
 * The city's 12345 batch as uploaded (.xlsx or .csv), read into plain rows of cells. What the file is
 * comes from its first bytes, not its name; whatever cannot be read is a 400 on `file`, never a 500.
 */

/** A cell as the batch gives it: text, a number, a date (an Excel date cell), a yes/no, or empty. */
export type BatchCell = string | number | boolean | Date | null;

export interface BatchSheet {
  /** The worksheet's name (null for CSV). */
  name: string | null;
  rows: BatchCell[][];
  /** Rows were left unread past `SHEET_MAX_ROWS`: the import refuses such a batch rather than take part of it. */
  truncated: boolean;
}

/** The largest upload (the interceptor refuses more before it is read). */
export const BATCH_MAX_BYTES = 5 * 1024 * 1024;

/**
 * What an .xlsx may unpack to: a day's batch is a few hundred rows (about 1 MB of XML); a small zip that
 * unpacks to gigabytes would take the server's memory before exceljs could refuse it.
 */
export const XLSX_MAX_UNPACKED_BYTES = 60 * 1024 * 1024;

/** Rows read from a sheet at most (the import takes fewer data rows, `BATCH_MAX_ROWS`, and refuses a longer batch). */
const SHEET_MAX_ROWS = 20_000;
/** Columns read from a row at most: 12345's exports have a few dozen. */
const SHEET_MAX_COLUMNS = 200;

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** The old binary Excel format (.xls, an OLE compound file). */
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const fileError = (message: string) => badRequest('UNSUPPORTED_FILE_TYPE', message, [{ field: 'file', message }]);

/** Reads the upload's sheets: each worksheet of an .xlsx, or the one table of a CSV. */
export async function readBatchFile(file: { originalname: string; buffer: Buffer }): Promise<BatchSheet[]> {
  const { buffer } = file;
  const name = file.originalname.toLowerCase();
  if (!buffer.length) throw invalidField('file', '上传的文件是空的');
  if (buffer.subarray(0, 4).equals(ZIP)) return readXlsx(buffer);
  if (buffer.subarray(0, 8).equals(OLE)) throw fileError('不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 .csv 后上传');
  if (name.endsWith('.xlsx')) throw fileError('文件不是有效的 .xlsx 表格，请重新导出后上传');
  if (!name.endsWith('.csv') && !name.endsWith('.txt')) throw fileError('只能上传 .xlsx 或 .csv 文件');
  const rows = readCsv(buffer);
  return [{ name: null, rows, truncated: rows.length >= SHEET_MAX_ROWS }];
}

async function readXlsx(buffer: Buffer): Promise<BatchSheet[]> {
  const unpacked = zipUnpackedSize(buffer);
  if (unpacked === null) throw fileError('文件不是有效的 .xlsx 表格，请重新导出后上传');
  if (unpacked > XLSX_MAX_UNPACKED_BYTES) throw invalidField('file', '表格内容过大，请分批导入（每次不超过5000行）');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw fileError('无法读取该 .xlsx 文件，请在 Excel 中打开后另存为 .xlsx 再上传');
  }
  return workbook.worksheets.map((sheet) => ({ name: sheet.name, ...sheetRows(sheet) }));
}

/** A sheet's rows by their number (row n at index n - 1; an empty row is []), the rows exceljs holds only. */
function sheetRows(sheet: ExcelJS.Worksheet): Omit<BatchSheet, 'name'> {
  const rows: BatchCell[][] = [];
  let truncated = false;
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number > SHEET_MAX_ROWS) {
      truncated = true;
      return;
    }
    while (rows.length < number - 1) rows.push([]);
    const cells: BatchCell[] = [];
    for (let c = 1; c <= Math.min(row.cellCount, SHEET_MAX_COLUMNS); c++) cells.push(excelCell(row.getCell(c).value));
    rows.push(cells);
  });
  return { rows, truncated };
}

/** A cell's value as exceljs gives it, as a plain value: rich text joined, a formula's result, a link's text. */
export function excelCell(value: ExcelJS.CellValue | undefined): BatchCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'object') return null;
  if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((part) => part?.text ?? '').join('');
  if ('error' in value) return String(value.error);
  if ('result' in value) return excelCell(value.result);
  if ('formula' in value || 'sharedFormula' in value) return null;
  if ('text' in value) return excelCell((value as { text: ExcelJS.CellValue }).text);
  return null;
}

/**
 * The sum of an .xlsx's unpacked sizes, from its zip's central directory (null when there is none to
 * read). Entries that need ZIP64 count as too large.
 */
export function zipUnpackedSize(buffer: Buffer): number | null {
  // The end-of-central-directory record: 22 bytes, after which at most a 64 KiB comment.
  const EOCD = 0x06054b50;
  let end = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 0xffff); i--) {
    if (buffer.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const entries = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== 0x02014b50) return null;
    const size = buffer.readUInt32LE(offset + 24);
    if (size === 0xffffffff) return Number.POSITIVE_INFINITY;
    total += size;
    offset += 46 + buffer.readUInt16LE(offset + 28) + buffer.readUInt16LE(offset + 30) + buffer.readUInt16LE(offset + 32);
  }
  return total;
}

/**
 * A CSV's rows. Excel in China saves CSV in GB18030 (GBK) unless told otherwise; 12345's own export is
 * UTF-8: text that is not valid UTF-8 is read as GB18030. Tab-separated text (a copy out of a table) is
 * taken too.
 */
export function readCsv(buffer: Buffer): BatchCell[][] {
  const text = decodeText(buffer);
  if (text.includes('\u0000')) throw fileError('文件不是文本表格（.csv），请上传 .xlsx 或 .csv 文件');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/\t/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? '\t' : ',';
  try {
    const records = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      bom: true,
      to: SHEET_MAX_ROWS,
    });
    return records.map((record) => record.slice(0, SHEET_MAX_COLUMNS).map((cell) => (cell === '' ? null : cell)));
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw invalidField('file', `CSV 文件格式有误${line ? `（约第${line}行）` : ''}：请检查引号是否成对`);
  }
}

function decodeText(buffer: Buffer): string {
  if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe) return new TextDecoder('utf-16le').decode(buffer.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return new TextDecoder('gb18030').decode(buffer);
  }
}
