import { registerDecorator, type ValidationOptions } from 'class-validator';

/** YYYY-MM-DDTHH:mm[:ss[.sss]] with Z or ±hh:mm: an instant nobody can read in another time zone. */
const DATE_TIME_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{3})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year: number, month: number) => [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];

/** A date-time with an explicit offset whose date and time exist (no 30 February, no 24:00). */
export function isDateTimeWithOffset(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = DATE_TIME_WITH_OFFSET.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second = 0, offsetHours = 0, offsetMinutes = 0] = m.slice(1).map((part) => (part === undefined ? undefined : Number(part))) as number[];
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysIn(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 14 &&
    offsetMinutes <= 59 &&
    !Number.isNaN(Date.parse(value))
  );
}

/** A strict date-time with an offset, e.g. 2026-03-02T10:30+08:00 or 2026-03-02T02:30:00.000Z. */
export function IsDateTimeWithOffset(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isDateTimeWithOffset',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: { validate: isDateTimeWithOffset, defaultMessage: () => '$property must be a date-time with an offset' },
    });
}
