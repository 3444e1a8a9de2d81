/**
 * Times are stored in UTC and shown in Beijing time (Asia/Shanghai, UTC+8 all year, no DST), so a
 * fixed offset is exact and needs no time-zone database (the mini-program runtime may lack one).
 */
const SHANGHAI_OFFSET_MS = 8 * 3600_000;

export interface ShanghaiTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export function shanghaiParts(at: Date): ShanghaiTime {
  const local = new Date(at.getTime() + SHANGHAI_OFFSET_MS);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
  };
}

/** The instant a Beijing day begins (month 1–12; an overflowing month or day rolls over, as Date.UTC does). */
export function shanghaiMidnight(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day) - SHANGHAI_OFFSET_MS);
}

/** The instant the Beijing day holding `at` begins. */
export function shanghaiDayStart(at: Date): Date {
  const day = 24 * 3600_000;
  return new Date(Math.floor((at.getTime() + SHANGHAI_OFFSET_MS) / day) * day - SHANGHAI_OFFSET_MS);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** e.g. 3月2日 10:30 */
export function formatShanghaiDateTime(at: Date): string {
  const t = shanghaiParts(at);
  return `${t.month}月${t.day}日 ${pad(t.hour)}:${pad(t.minute)}`;
}

/** e.g. 2026-03-02 10:30: a Beijing time for a file that leaves the product (an export's cell). */
export function formatShanghaiTimestamp(at: Date): string {
  // Read straight off the shifted instant, two digits from a table: an export writes hundreds of thousands.
  const local = new Date(at.getTime() + SHANGHAI_OFFSET_MS);
  return `${local.getUTCFullYear()}-${TWO_DIGITS[local.getUTCMonth() + 1]}-${TWO_DIGITS[local.getUTCDate()]} ${TWO_DIGITS[local.getUTCHours()]}:${TWO_DIGITS[local.getUTCMinutes()]}`;
}

const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, '0'));

/** e.g. 2026-03-02: the Beijing day holding `at`. */
export function formatShanghaiDate(at: Date): string {
  const t = shanghaiParts(at);
  return formatCalendarDate(t.year, t.month, t.day);
}

const formatCalendarDate = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

/** e.g. 260302 — the date part of an appeal's reference code. */
export function shanghaiDateCode(at: Date): string {
  const t = shanghaiParts(at);
  return `${pad(t.year % 100)}${pad(t.month)}${pad(t.day)}`;
}
