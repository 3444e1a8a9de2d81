import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/*
 * Dates in requests, in exactly one strict form each. ISO 8601 (and class-validator's IsISO8601 /
 * IsDateString) also allows week dates (2026-W01), ordinal dates and times without an offset, which
 * `new Date()` reads as Invalid Date or as local time: stored, they break every list that reads them
 * back. Here a value is accepted only if it names one real instant (or day) and reads back the same.
 */

/** A calendar date: `YYYY-MM-DD`, a day that exists. */
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A date-time with seconds optional, a fraction to the millisecond and an offset (`Z` or `±hh:mm`). */
const DATE_TIME_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-](\d{2}):(\d{2}))$/;

/**
 * The years a date may fall in (as UTC), whatever the offset: within what both databases store as a
 * DATETIME and `toISOString()` writes with four digits.
 */
export const DATE_YEARS = { min: 1900, max: 2199 } as const;

/** The UTC instant of a calendar date (its midnight in UTC), or null if it is not one. */
export function parseCalendarDate(value: unknown): Date | null {
  const m = typeof value === 'string' ? CALENDAR_DATE.exec(value) : null;
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2026-02-30 over into March; a real day reads back the same.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** The instant a date-time with an offset names, or null if it is not one. */
export function parseDateTimeWithOffset(value: unknown): Date | null {
  const m = typeof value === 'string' ? DATE_TIME_WITH_OFFSET.exec(value) : null;
  if (!m) return null;
  const day = parseCalendarDate(`${m[1]}-${m[2]}-${m[3]}`);
  const [hours, minutes, seconds] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  const [offsetHours, offsetMinutes] = [Number(m[9] ?? 0), Number(m[10] ?? 0)];
  if (!day || hours > 23 || minutes > 59 || seconds > 59 || offsetHours > 14 || offsetMinutes > 59) return null;
  const date = new Date(value as string);
  return Number.isNaN(date.getTime()) ? null : date;
}

const inYears = (date: Date | null) => date === null || (date.getUTCFullYear() >= DATE_YEARS.min && date.getUTCFullYear() <= DATE_YEARS.max);

/** Two checks, so that a user reads "format" or "range" as the case may be (see the validation pipe's wording). */
function StrictDate(name: string, parse: (value: unknown) => Date | null, format: 'date' | 'date-time', options?: ValidationOptions) {
  return applyDecorators(
    ValidateBy({ name, validator: { validate: (value) => parse(value) !== null, defaultMessage: () => `$property must be a ${format}` } }, options),
    ValidateBy(
      {
        name: 'isDateInRange',
        validator: { validate: (value) => inYears(parse(value)), defaultMessage: () => `$property must be between ${DATE_YEARS.min} and ${DATE_YEARS.max}` },
      },
      options,
    ),
    // The OpenAPI document says which form (the Swagger plugin cannot read custom validators).
    ApiProperty({ format }),
  );
}

/** `YYYY-MM-DD`, a day that exists (2026-02-30 and 2026-W01 do not). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return StrictDate('isCalendarDate', parseCalendarDate, 'date', options);
}

/** `YYYY-MM-DDThh:mm[:ss[.sss]]` with `Z` or `±hh:mm`: one instant, wherever the client is. */
export function IsDateTimeWithOffset(options?: ValidationOptions): PropertyDecorator {
  return StrictDate('isDateTimeWithOffset', parseDateTimeWithOffset, 'date-time', options);
}
