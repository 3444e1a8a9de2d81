/** 12345 work orders (接诉即办, docs/domain.md §4): what a transfer carries, as both sides check it. */

/** A work-order number (工单编号): letters, digits and dashes, as the city's system prints them. */
export const WORK_ORDER_NO_PATTERN = /^[A-Za-z0-9-]{4,40}$/;

const LOCAL_TIME = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * A Beijing wall-clock time as staff and the city's exports write it (2026-03-02 09:30, 2026/3/2 9:30,
 * a date alone is its midnight) as an ISO instant with the +08:00 offset; null when it is not one.
 */
export function beijingDateTime(text: string): string | null {
  const m = LOCAL_TIME.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number);
  const utc = new Date(Date.UTC(year, month - 1, day, hour - 8, minute, second));
  // Rejects 2026-02-30 and 25:00: the instant must read back as the same wall-clock time.
  const back = new Date(utc.getTime() + 8 * 3_600_000);
  if (
    back.getUTCFullYear() !== year ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day ||
    back.getUTCHours() !== hour ||
    back.getUTCMinutes() !== minute
  ) {
    return null;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}+08:00`;
}
