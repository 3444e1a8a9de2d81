import 'reflect-metadata';
import { AppError } from '../errors/app-error';
import { IsCalendarDate, IsDateTimeWithOffset, parseCalendarDate, parseDateTimeWithOffset } from './dates';
import { createValidationPipe } from './validation.pipe';

describe('calendar dates: YYYY-MM-DD, a day that exists', () => {
  it.each([
    ['2026-02-20', '2026-02-20T00:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['2026-12-31', '2026-12-31T00:00:00.000Z'],
  ])('reads %s as %s', (text, instant) => {
    expect(parseCalendarDate(text)?.toISOString()).toBe(instant);
  });

  it.each([
    '2026-02-30',
    '2025-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-1-1',
    '2026-W01',
    '2026-W01-1',
    '2026-051',
    '20260220',
    '2026-02-20T00:00:00Z',
    ' 2026-02-20',
    '',
    20260220,
    null,
  ])('refuses %j', (value) => {
    expect(parseCalendarDate(value)).toBeNull();
  });
});

describe('date-times: with seconds optional, milliseconds at most, and an offset', () => {
  it.each([
    ['2026-02-20T09:30:00+08:00', '2026-02-20T01:30:00.000Z'],
    ['2026-02-20T09:30+08:00', '2026-02-20T01:30:00.000Z'],
    ['2026-02-20T01:30:00.123Z', '2026-02-20T01:30:00.123Z'],
    ['2026-02-20T01:30:00.1Z', '2026-02-20T01:30:00.100Z'],
    ['2026-02-19T20:30:00-05:00', '2026-02-20T01:30:00.000Z'],
  ])('reads %s as %s', (text, instant) => {
    expect(parseDateTimeWithOffset(text)?.toISOString()).toBe(instant);
  });

  it.each([
    '2026-01-01T10',
    '2026-01-01T10:00',
    '2026-01-01T10:00:00',
    '2026-01-01 10:00:00Z',
    '2026-01-01T24:00:00Z',
    '2026-01-01T10:60:00Z',
    '2026-01-01T10:00:60Z',
    '2026-02-30T10:00:00Z',
    '2026-01-01T10:00:00+0800',
    '2026-01-01T10:00:00+15:00',
    '2026-01-01T10:00:00.1234Z',
    '2026-W01-1T10:00:00Z',
    '2026-01-01',
    '+002026-01-01T10:00:00Z',
    '',
  ])('refuses %j', (text) => {
    expect(parseDateTimeWithOffset(text)).toBeNull();
  });
});

describe('the decorators, through the app’s validation pipe', () => {
  class Form {
    @IsCalendarDate()
    day: string;

    @IsDateTimeWithOffset()
    at: string;
  }

  async function refusal(body: object): Promise<string[]> {
    try {
      await createValidationPipe().transform(body, { type: 'body', metatype: Form });
    } catch (error) {
      if (error instanceof AppError) return error.details!.map((d) => `${d.field}: ${d.message}`);
      throw error;
    }
    return [];
  }

  it('accepts one strict form each', async () => {
    expect(await refusal({ day: '2026-02-20', at: '2026-02-20T09:30:00+08:00' })).toEqual([]);
  });

  it('says the format is wrong, or the year out of range, in Chinese', async () => {
    expect(await refusal({ day: '2026-02-20T00:00:00Z', at: '2026-02-20' })).toEqual(['day: day格式不正确', 'at: at格式不正确']);
    expect(await refusal({ day: '1899-12-31', at: '2200-01-01T09:00:00+08:00' })).toEqual(['day: day应在1900年至2199年之间', 'at: at应在1900年至2199年之间']);
  });
});
