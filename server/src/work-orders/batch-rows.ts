import {
  CATEGORIES,
  CATEGORY_INFO,
  WORK_ORDER_FIELD_LABELS,
  WORK_ORDER_FIELDS,
  WORK_ORDER_NO_PATTERN,
  beijingDateTime,
  type Category,
  type WorkOrderField,
  type WorkOrderMapping,
} from '@lingjuli/shared';
import { PHONE_PATTERN } from '../appeals/dto/create-appeal.dto';
import { invalidField } from '../common/errors/app-error';
import { parseDateTimeWithOffset } from '../common/validation/dates';
import type { BatchCell, BatchSheet } from './batch-file';

/*
 * The rows of a 12345 batch, read through the street admin's mapping (pure: no database). The header is
 * found by its work-order-number column among the first rows (12345's export may put a title above it);
 * each data row becomes the fields of a transfer, or the reasons it cannot be one, in words the command
 * centre reads.
 */

/** Rows above the header that may hold a title or the export's date. */
const HEADER_SEARCH_ROWS = 10;

/** Data rows one batch may hold: a day of the city's transfers is a few hundred. */
export const BATCH_MAX_ROWS = 5000;

/** What the appeal takes (CreateAppealDto's limits). */
const CONTENT_MAX = 2000;
const NAME_MAX = 50;
const ADDRESS_MAX = 200;

/** The years a time in a batch may fall in: a typo (0026, 2206) is unreadable, not a deadline. */
const YEARS = { min: 2000, max: 2199 };

const DAY_MS = 24 * 3600_000;
const BEIJING_MS = 8 * 3600_000;
/** Excel's day 0 is 1899-12-30 (its serial 25569 is 1970-01-01). */
const EXCEL_EPOCH_SERIAL = 25569;

/** A header as compared: spaces (also full-width) left out, Latin letters in lower case. */
export function normaliseHeader(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

export interface BatchLayout {
  sheet: string | null;
  /** The header's row number (1 = the first row). */
  headerRow: number;
  /** Each mapped field's column (0 = the first). */
  columns: Partial<Record<WorkOrderField, number>>;
}

/**
 * Finds the batch's header: the first sheet with a row, among its first ten, that holds the mapped
 * work-order-number header; every mapped header must then be in that row. Else a 400 on `file` that
 * names what is missing.
 */
export function locateHeader(sheets: readonly BatchSheet[], mapping: WorkOrderMapping): BatchLayout & { sheetIndex: number } {
  const numberHeader = normaliseHeader(mapping.workOrderNo ?? '');
  for (const [sheetIndex, sheet] of sheets.entries()) {
    const rowIndex = sheet.rows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => row.some((cell) => headerText(cell) === numberHeader));
    if (rowIndex < 0) continue;
    const header = sheet.rows[rowIndex].map(headerText);
    const columns: Partial<Record<WorkOrderField, number>> = {};
    const missing: string[] = [];
    for (const field of WORK_ORDER_FIELDS) {
      const wanted = mapping[field];
      if (!wanted) continue;
      const column = header.indexOf(normaliseHeader(wanted));
      if (column < 0) missing.push(`「${wanted}」（${WORK_ORDER_FIELD_LABELS[field]}）`);
      else columns[field] = column;
    }
    if (missing.length) throw invalidField('file', `表头缺少列：${missing.join('、')}。请核对文件，或请街道管理员更新列对应关系`);
    return { sheetIndex, sheet: sheet.name, headerRow: rowIndex + 1, columns };
  }
  throw invalidField('file', `在表格前${HEADER_SEARCH_ROWS}行中找不到表头「${mapping.workOrderNo}」（工单编号列），请核对文件或列对应关系`);
}

const headerText = (cell: BatchCell) => (cell === null ? '' : normaliseHeader(String(cell)));

/** One data row's cells by field: the row's number and the mapped cells. */
export interface BatchRecord {
  row: number;
  cells: Partial<Record<WorkOrderField, BatchCell>>;
}

/** The data rows under the header, each as its mapped cells; a row whose mapped cells are all empty is left out. More than `BATCH_MAX_ROWS` is a 400. */
export function batchRecords(sheet: BatchSheet, layout: BatchLayout): BatchRecord[] {
  const records: BatchRecord[] = [];
  for (let i = layout.headerRow; i < sheet.rows.length; i++) {
    const row = sheet.rows[i];
    const cells: BatchRecord['cells'] = {};
    for (const [field, column] of Object.entries(layout.columns) as [WorkOrderField, number][]) {
      const cell = row[column] ?? null;
      if (cell !== null && !(typeof cell === 'string' && cell.trim() === '')) cells[field] = cell;
    }
    if (Object.keys(cells).length) records.push({ row: i + 1, cells });
  }
  if (records.length > BATCH_MAX_ROWS || sheet.truncated) throw invalidField('file', `每次最多导入${BATCH_MAX_ROWS}行工单，请分批导入`);
  return records;
}

/** A transfer as read from a row, before it is placed in a community. */
export interface ParsedWorkOrder {
  workOrderNo: string | null;
  dispatchedAt: Date | null;
  dueAt: Date | null;
  content: string | null;
  communityText: string | null;
  address: string | null;
  contactName: string | null;
  contactPhone: string | null;
  category: Category | null;
  /** Why the row cannot be filed. */
  errors: string[];
  /** What was left out of it, the row still good. */
  warnings: string[];
}

/** Reads a row's fields, with an error for each required one missing or unreadable and a warning for each optional one left out. */
export function parseRecord({ cells }: BatchRecord): ParsedWorkOrder {
  const errors: string[] = [];
  const warnings: string[] = [];
  const label = (field: WorkOrderField) => WORK_ORDER_FIELD_LABELS[field];

  const workOrderNo = workOrderNumber(cells.workOrderNo ?? null);
  if (workOrderNo.error) errors.push(workOrderNo.error);

  const time = (field: 'dispatchedAt' | 'dueAt'): Date | null => {
    const cell = cells[field] ?? null;
    if (cell === null) {
      errors.push(`缺少${label(field)}`);
      return null;
    }
    const at = beijingTime(cell);
    if (!at) errors.push(`${label(field)}「${shown(cell)}」无法识别，应为 2026-03-02 09:30 这样的北京时间`);
    return at;
  };
  const dispatchedAt = time('dispatchedAt');
  const dueAt = time('dueAt');
  if (dispatchedAt && dueAt && dueAt.getTime() <= dispatchedAt.getTime()) errors.push(`${label('dueAt')}不晚于${label('dispatchedAt')}`);

  const content = text(cells.content ?? null);
  if (!content) errors.push(`缺少${label('content')}`);
  else if ([...content].length > CONTENT_MAX) errors.push(`${label('content')}超过${CONTENT_MAX}字（共${[...content].length}字）`);

  let address = oneLine(cells.address ?? null);
  if (address && [...address].length > ADDRESS_MAX) {
    address = [...address].slice(0, ADDRESS_MAX).join('');
    warnings.push(`${label('address')}超过${ADDRESS_MAX}字，只保留前${ADDRESS_MAX}字`);
  }

  let contactName = oneLine(cells.contactName ?? null);
  if (contactName && [...contactName].length > NAME_MAX) {
    contactName = null;
    warnings.push(`${label('contactName')}超过${NAME_MAX}字，未导入`);
  }

  const phoneCell = cells.contactPhone ?? null;
  const contactPhone = phoneCell === null ? null : phoneNumber(phoneCell);
  // The number itself is not repeated: the preview shows what was read, and a masked number is common.
  if (phoneCell !== null && !contactPhone) warnings.push(`${label('contactPhone')}格式无法识别，未导入`);

  const categoryText = oneLine(cells.category ?? null);
  const category = categoryText ? categoryOf(categoryText) : null;
  if (categoryText && !category) warnings.push(`${label('category')}「${categoryText}」没有对应的类别，按诉求内容自动分类`);

  return {
    workOrderNo: workOrderNo.value,
    dispatchedAt,
    dueAt,
    content,
    communityText: oneLine(cells.community ?? null),
    address,
    contactName,
    contactPhone,
    category,
    errors,
    warnings,
  };
}

/** A work-order number: text as the city prints it, or a whole number a spreadsheet kept as one. */
export function workOrderNumber(cell: BatchCell): { value: string | null; error?: string } {
  if (cell === null) return { value: null, error: '缺少工单编号' };
  if (typeof cell === 'number' && !Number.isSafeInteger(cell))
    return { value: null, error: `工单编号「${shown(cell)}」不是完整的编号，请将该列设为文本格式后重新导出` };
  const value = String(typeof cell === 'string' ? cell : shown(cell)).trim();
  if (!WORK_ORDER_NO_PATTERN.test(value)) return { value: null, error: `工单编号「${value.slice(0, 60)}」格式不正确，应为4–40位字母、数字或短横线` };
  return { value };
}

/**
 * A Beijing time from a cell: an Excel date cell (its wall-clock time, which exceljs reads as if in UTC),
 * an Excel date serial, or text — 2026-03-02 09:30, 2026/3/2 9:30:15, 2026年3月2日 9时30分, a date alone
 * (its midnight), or an ISO time with its offset. Null when it is none of them.
 */
export function beijingTime(cell: BatchCell): Date | null {
  let at: Date | null = null;
  if (cell instanceof Date) at = fromWallClock(cell.getTime());
  else if (typeof cell === 'number') at = cell > 0 && cell < 2_958_466 ? fromWallClock((cell - EXCEL_EPOCH_SERIAL) * DAY_MS) : null;
  else if (typeof cell === 'string') {
    const value = cell.trim();
    const local = beijingDateTime(chineseDate(value));
    at = parseDateTimeWithOffset(value) ?? (local ? new Date(local) : null);
  }
  if (!at || Number.isNaN(at.getTime())) return null;
  const year = new Date(at.getTime() + BEIJING_MS).getUTCFullYear();
  return year >= YEARS.min && year <= YEARS.max ? at : null;
}

/** A wall-clock time held as if it were UTC, to the second (Excel's fractions of a day round off), as the Beijing instant. */
function fromWallClock(ms: number): Date | null {
  if (!Number.isFinite(ms)) return null;
  return new Date(Math.round(ms / 1000) * 1000 - BEIJING_MS);
}

/** 2026年3月2日 9时30分 → 2026-3-2 9:30 (the shared reader takes the dashed form). */
function chineseDate(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*/, (_m, y: string, mo: string, d: string) => `${y}-${mo}-${d} `)
    .replace(/(\d{1,2})\s*[时点:：]\s*(\d{1,2})\s*分?(?:\s*(\d{1,2})\s*秒?)?$/, (_m, h: string, mi: string, s?: string) => `${h}:${mi}${s ? `:${s}` : ''}`)
    .trim();
}

/** A cell as text: trimmed, empty as null; a number as written, a date as its Beijing wall-clock time. */
export function text(cell: BatchCell): string | null {
  if (cell === null) return null;
  const value = typeof cell === 'string' ? cell.trim() : shown(cell);
  return value === '' ? null : value;
}

/** Text on one line (a name, an address, a community): inner line breaks and runs of spaces as one space. */
function oneLine(cell: BatchCell): string | null {
  const value = text(cell);
  return value === null ? null : value.replace(/\s+/g, ' ');
}

/** A cell as a person would read it in the spreadsheet. */
function shown(cell: BatchCell): string {
  if (cell instanceof Date) {
    const local = cell.toISOString();
    return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
  }
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  return String(cell ?? '');
}

/** A phone number as the appeal stores it (digits, a landline's area-code dash): spaces, brackets, +86 and a mobile's dashes dropped. */
export function phoneNumber(cell: BatchCell): string | null {
  let value = (typeof cell === 'number' && Number.isSafeInteger(cell) ? String(cell) : typeof cell === 'string' ? cell : '').replace(/[\s()（）]/g, '');
  value = value.replace(/^(?:\+|00)?86-?(?=1\d{10}$|1\d{2}-)/, '');
  if (/^1\d{2}-?\d{4}-?\d{4}$/.test(value)) value = value.replace(/-/g, '');
  return PHONE_PATTERN.test(value) ? value : null;
}

/** A category by its code or its Chinese label (供暖, 物业管理…); 12345's own classes are left to triage. */
export function categoryOf(value: string): Category | null {
  const wanted = normaliseHeader(value);
  return CATEGORIES.find((c) => c.toLowerCase() === wanted || normaliseHeader(CATEGORY_INFO[c].label) === wanted) ?? null;
}
