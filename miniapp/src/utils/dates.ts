import { shanghaiMidnight, shanghaiParts } from '@lingjuli/shared';

/**
 * Dates typed or picked as `YYYY-MM-DD` (a meeting, a training) are days in Beijing time: sent to
 * the server as the UTC instant of that day's midnight in Asia/Shanghai, shown back the same way.
 * A moment (a callback) is a day and an `HH:mm` time of day, also in Beijing time.
 */
const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-03-02` for the Beijing day of `at` (the value of a date field). */
export function toDateInput(at: Date): string {
  const t = shanghaiParts(at);
  return `${t.year}-${pad(t.month)}-${pad(t.day)}`;
}

/** The Beijing midnight of a `YYYY-MM-DD` day, as an ISO string; null if it is not a real day. */
export function dateInputToIso(value: string): string | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const at = shanghaiMidnight(year, month, day);
  // 2026-02-30 rolls over to 3月2日: not a real day.
  const t = shanghaiParts(at);
  if (t.year !== year || t.month !== month || t.day !== day) return null;
  return at.toISOString();
}

/** `09:30` for the Beijing time of day of `at` (the value of a time field). */
export function toTimeInput(at: Date): string {
  const t = shanghaiParts(at);
  return `${pad(t.hour)}:${pad(t.minute)}`;
}

/** A Beijing day and time of day as an ISO date-time with its offset (`2026-03-02T09:30:00+08:00`); null if either is not real. */
export function momentInputToIso(day: string, time: string): string | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!dateInputToIso(day) || !m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  const [year, month, date] = day.trim().split('-').map(Number);
  return `${year}-${pad(month)}-${pad(date)}T${pad(Number(m[1]))}:${m[2]}:00+08:00`;
}

/** e.g. 2026年3月2日 */
export function formatDay(iso: string): string {
  const t = shanghaiParts(new Date(iso));
  return `${t.year}年${t.month}月${t.day}日`;
}

/**
 * Checks a required day: a real `YYYY-MM-DD` date, not after `today` (a meeting or a training that
 * has taken place). Returns the message, or undefined when it is fine.
 */
export function checkPastDay(value: string, label: string, now: Date): string | undefined {
  if (!value.trim()) return `请填写${label}`;
  const iso = dateInputToIso(value);
  if (!iso) return `${label}格式应为 年-月-日，如 ${toDateInput(now)}`;
  if (iso > (dateInputToIso(toDateInput(now)) as string)) return `${label}不能晚于今天`;
  return undefined;
}
