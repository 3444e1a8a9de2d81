import { shanghaiMidnight, shanghaiParts } from '@lingjuli/shared';

/**
 * Dates typed or picked as `YYYY-MM-DD` (a meeting, a training) are days in Beijing time: sent to
 * the server as the UTC instant of that day's midnight in Asia/Shanghai, shown back the same way.
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
