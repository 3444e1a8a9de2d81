import { createHash } from 'node:crypto';
import { FINAL_STATUSES, shanghaiMidnight, type AppealStatus, type Category } from '@lingjuli/shared';
import { PHONE_PATTERN } from '../appeals/dto/create-appeal.dto';
import { DATE_YEARS, parseCalendarDate, parseDateTimeWithOffset } from '../common/validation/dates';
import { parseId } from '../common/validation/ids';
import { open311BadRequest } from './open311-errors';
import { isCategory } from './open311-services';

/*
 * Reading GeoReport v2's parameters: flat text fields, from a query string or a form body
 * (`application/x-www-form-urlencoded`, read without nesting, so `attribute[code]` arrives as that
 * very key). Every reader answers a wrong value with a 400 naming the parameter, never a 500.
 */

/** A query or a form body as Express hands it over. */
export type Open311Fields = Record<string, unknown>;

const DAY_MS = 24 * 3_600_000;
/** The specification's limit on a date range, and its default when none is given. */
export const RANGE_DAYS = 90;
/** At most this many requests or updates in one answer. */
export const LIST_LIMIT = 1_000;

/** One value of a parameter; a parameter given twice is refused (lists are comma-delimited). */
export function single(fields: Open311Fields, name: string): string | undefined {
  const value = fields[name];
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  // A JSON body (not the specification's, but harmless) may carry numbers and booleans.
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean') return String(value);
  throw open311BadRequest(`${name} 只能填写一个值`);
}

/** A trimmed value, or undefined when it is missing or blank. */
export function text(fields: Open311Fields, name: string, maxLength: number): string | undefined {
  const value = single(fields, name)?.trim();
  if (!value) return undefined;
  if ([...value].length > maxLength) throw open311BadRequest(`${name} 不能超过${maxLength}个字`);
  return value;
}

/** A comma-delimited list, each item read by `parse` (null: not one). */
function list<T>(fields: Open311Fields, name: string, parse: (item: string) => T | null, what: string, max = LIST_LIMIT): T[] | undefined {
  const value = single(fields, name);
  if (value === undefined || value.trim() === '') return undefined;
  const items = value.split(',').map((item) => item.trim());
  if (items.length > max) throw open311BadRequest(`${name} 最多${max}项`);
  return [
    ...new Set(
      items.map((item) => {
        const parsed = parse(item);
        if (parsed === null) throw open311BadRequest(`${name} 中的「${item.slice(0, 40)}」不是${what}`);
        return parsed;
      }),
    ),
  ];
}

/** service_code, one or a comma-delimited list of categories. */
export function serviceCodes(fields: Open311Fields): Category[] | undefined {
  return list(fields, 'service_code', (code) => (isCategory(code) ? code : null), '有效的 service_code');
}

/** service_request_id, a comma-delimited list of ids. */
export function requestIds(fields: Open311Fields): number[] | undefined {
  return list(fields, 'service_request_id', parseId, '有效的 service_request_id');
}

/** The statuses a `status` filter stands for: `open`, `closed`, or both. */
export function statusFilter(fields: Open311Fields): AppealStatus[] | undefined {
  const wanted = list(fields, 'status', (s) => (s === 'open' || s === 'closed' ? s : null), 'open 或 closed');
  if (!wanted || wanted.length === 2) return undefined;
  return wanted[0] === 'closed' ? [...FINAL_STATUSES] : OPEN_STATUSES;
}

const OPEN_STATUSES: AppealStatus[] = ['received', 'inProgress', 'resolved', 'fedBack'];

/** A date-time with its offset, or a calendar date (the Beijing day's start). */
export function instant(fields: Open311Fields, name: string): Date | undefined {
  const value = single(fields, name);
  if (value === undefined) return undefined;
  const day = parseCalendarDate(value);
  const at = day ? shanghaiMidnight(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()) : parseDateTimeWithOffset(value);
  if (!at) throw open311BadRequest(`${name} 应为带时区的日期时间（如 2026-03-02T10:00:00+08:00）或日期（如 2026-03-02）`);
  if (at.getUTCFullYear() < DATE_YEARS.min || at.getUTCFullYear() > DATE_YEARS.max) throw open311BadRequest(`${name} 超出可查询的年份`);
  return at;
}

/** `start_date` … `end_date`: by default the last 90 days up to now; never longer than 90 days. */
export function dateRange(fields: Open311Fields, now: Date): { start: Date; end: Date } {
  const given = { start: instant(fields, 'start_date'), end: instant(fields, 'end_date') };
  const end = given.end ?? (given.start ? new Date(Math.min(now.getTime(), given.start.getTime() + RANGE_DAYS * DAY_MS)) : now);
  const start = given.start ?? new Date(end.getTime() - RANGE_DAYS * DAY_MS);
  if (start.getTime() > end.getTime()) throw open311BadRequest('start_date 不能晚于 end_date');
  if (end.getTime() - start.getTime() > RANGE_DAYS * DAY_MS) throw open311BadRequest(`start_date 与 end_date 相距不能超过${RANGE_DAYS}天`);
  return { start, end };
}

/** `attribute[code]` (one value) and `attribute[code][]` (a multivaluelist's values). */
export type Attributes = Map<string, string | string[]>;

const ATTRIBUTE_KEY = /^attribute\[([A-Za-z0-9_.-]{1,64})\](\[\])?$/;
const MAX_ATTRIBUTES = 50;

export function attributes(fields: Open311Fields): Attributes {
  const found: Attributes = new Map();
  for (const [key, value] of Object.entries(fields)) {
    if (!key.startsWith('attribute')) continue;
    const match = ATTRIBUTE_KEY.exec(key);
    if (!match) throw open311BadRequest(`无法识别的属性参数「${key.slice(0, 80)}」，应为 attribute[代码]`);
    const [, code, many] = match;
    if (found.has(code)) throw open311BadRequest(`attribute[${code}] 只能填写一次`);
    if (many) {
      const values = (Array.isArray(value) ? value : [value]).map((v) => {
        if (typeof v !== 'string') throw open311BadRequest(`attribute[${code}][] 的取值应为文字`);
        return v.trim();
      });
      found.set(code, values);
    } else {
      found.set(code, single(fields, key)!.trim());
    }
  }
  if (found.size > MAX_ATTRIBUTES) throw open311BadRequest(`属性最多${MAX_ATTRIBUTES}个`);
  return found;
}

/** A coordinate: plain decimal, within its range. */
function coordinate(fields: Open311Fields, name: string, limit: number): number | null {
  const value = single(fields, name)?.trim();
  if (!value) return null;
  const n = /^[+-]?\d{1,3}(\.\d{1,15})?$/.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(n) || Math.abs(n) > limit) throw open311BadRequest(`${name} 应为 -${limit} 至 ${limit} 之间的十进制数`);
  return n;
}

/** A mobile or landline number as intake stores it: spaces, brackets and the country code (+86) dropped. */
function phone(fields: Open311Fields): string | null {
  const raw = text(fields, 'phone', 40);
  if (!raw) return null;
  const digits = raw.replace(/[\s()（）]/g, '').replace(/^(?:\+|00)86-?/, '');
  // A mobile number is often grouped with dashes (138-0013-8000); a landline keeps its area code's.
  const mobile = digits.replace(/-/g, '');
  if (/^1\d{10}$/.test(mobile)) return mobile;
  if (!PHONE_PATTERN.test(digits)) throw open311BadRequest('phone 格式不正确，应为手机号或座机号');
  return digits;
}

const HAN = /^\p{Script=Han}+$/u;
const CONTACT_NAME_MAX = 50;

/** first_name and last_name as one contact name: a Chinese name surname first (张 + 三 → 张三), others as given. */
function contactName(fields: Open311Fields): string | null {
  const first = text(fields, 'first_name', CONTACT_NAME_MAX);
  const last = text(fields, 'last_name', CONTACT_NAME_MAX);
  const name = first && last ? (HAN.test(first) && HAN.test(last) ? `${last}${first}` : `${first} ${last}`) : (first ?? last ?? null);
  if (name && [...name].length > CONTACT_NAME_MAX) throw open311BadRequest(`first_name 与 last_name 合计不能超过${CONTACT_NAME_MAX}个字`);
  return name;
}

/** A POST requests, read: what the appeal is made of (where it goes is the service's to decide). */
export interface NewRequest {
  serviceCode: Category;
  description: string;
  lat: number | null;
  long: number | null;
  addressString: string | null;
  contactName: string | null;
  phone: string | null;
  attributes: Attributes;
}

/** The longest description taken: the appeal's words (2000) leave room for the attributes' answers. */
export const DESCRIPTION_MAX = 1_800;

export function newRequest(fields: Open311Fields): NewRequest {
  const code = single(fields, 'service_code')?.trim();
  if (!code) throw open311BadRequest('缺少 service_code');
  if (!isCategory(code)) throw open311BadRequest(`service_code「${code.slice(0, 40)}」不存在，请先查询 services`);
  const description = text(fields, 'description', DESCRIPTION_MAX);
  if (!description) throw open311BadRequest('缺少 description：请描述遇到的问题');
  const lat = coordinate(fields, 'lat', 90);
  const long = coordinate(fields, 'long', 180);
  if ((lat === null) !== (long === null)) throw open311BadRequest('lat 与 long 应同时填写');
  return {
    serviceCode: code,
    description,
    lat,
    long,
    addressString: text(fields, 'address_string', 200) ?? null,
    contactName: contactName(fields),
    phone: phone(fields),
    attributes: attributes(fields),
  };
}

const canonical = (value: unknown): string => (typeof value === 'string' ? value.trim() : (JSON.stringify(value) ?? ''));

/**
 * The token of a request sent without an Idempotency-Key: a hash of everything it says but the key
 * (fields sorted, values trimmed), so the same request sent again is recognised as the same.
 */
export function requestToken(fields: Open311Fields): string {
  const normalized = Object.keys(fields)
    .filter((key) => key !== 'api_key')
    .sort()
    .map((key) => {
      const value = fields[key];
      return [key, Array.isArray(value) ? value.map(canonical) : canonical(value)];
    });
  return createHash('sha256').update(JSON.stringify(normalized)).digest('base64url');
}
