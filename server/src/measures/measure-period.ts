import { monthPeriod, shanghaiMidnight } from '@lingjuli/shared';
import { invalidField } from '../common/errors/app-error';
import { parseCalendarDate } from '../common/validation/dates';

export interface Period {
  label: string;
  startsAt: Date;
  endsAt: Date;
}

/** The longest custom period a figure is asked for. */
export const MAX_PERIOD_DAYS = 366;

/** A Beijing calendar date `YYYY-MM-DD` as the instant its day begins (the DTO has checked its form). */
function beijingDay(date: string): Date {
  const utc = parseCalendarDate(date)!;
  return shanghaiMidnight(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate());
}

/** The period a query names: a month (this one by default), or `from` to `to`, both days included. */
export function resolvePeriod(query: { month?: string; from?: string; to?: string }, now: Date): Period {
  if (query.from === undefined && query.to === undefined) {
    const month = monthPeriod(query.month ?? now);
    return { label: month.month, startsAt: month.startsAt, endsAt: month.endsAt };
  }
  if (query.month !== undefined) throw invalidField('month', '按月查询时不能同时指定起止日期');
  if (query.from === undefined) throw invalidField('from', '请填写开始日期');
  if (query.to === undefined) throw invalidField('to', '请填写结束日期');
  const startsAt = beijingDay(query.from);
  const endsAt = new Date(beijingDay(query.to).getTime() + 24 * 3600_000);
  if (endsAt <= startsAt) throw invalidField('to', '结束日期不能早于开始日期');
  if (endsAt.getTime() - startsAt.getTime() > MAX_PERIOD_DAYS * 24 * 3600_000) throw invalidField('to', `查询区间不能超过${MAX_PERIOD_DAYS}天`);
  return { label: `${query.from}至${query.to}`, startsAt, endsAt };
}
