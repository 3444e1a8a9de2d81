import { formatShanghaiDate, shanghaiDayStart } from '@lingjuli/shared';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/**
 * Times of the hall's sample, in Beijing wall-clock terms relative to the end of the history: `at(-3, 19)`
 * is 19:00 Beijing time three days before `now`'s Beijing day. A day before today is always before `now`.
 */
export function hallClock(now: Date) {
  const today = shanghaiDayStart(now).getTime();
  const at = (dayOffset: number, hour: number, minute = 0) => new Date(today + dayOffset * DAY + hour * HOUR + minute * MINUTE);
  return {
    at,
    /** The Beijing calendar date `dayOffset` days from today, `YYYY-MM-DD`. */
    date: (dayOffset: number) => formatShanghaiDate(at(dayOffset, 12)),
  };
}
