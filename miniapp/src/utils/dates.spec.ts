import { checkPastDay, dateInputToIso, formatDay, momentInputToIso, toDateInput, toTimeInput } from '@/utils/dates';

describe('days in Beijing time', () => {
  it('turns a typed day into the UTC instant of its Beijing midnight, and back', () => {
    expect(dateInputToIso('2026-03-02')).toBe('2026-03-01T16:00:00.000Z');
    expect(dateInputToIso(' 2026-3-2 ')).toBe('2026-03-01T16:00:00.000Z');
    expect(toDateInput(new Date('2026-03-01T16:00:00.000Z'))).toBe('2026-03-02');
    // 23:30 UTC is already the next morning in Beijing.
    expect(toDateInput(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
    expect(formatDay('2026-03-01T16:00:00.000Z')).toBe('2026年3月2日');
  });

  it('refuses what is not a real day', () => {
    expect(dateInputToIso('2026-02-30')).toBeNull();
    expect(dateInputToIso('2026/03/02')).toBeNull();
    expect(dateInputToIso('')).toBeNull();
  });

  it('requires a day that has passed', () => {
    const now = new Date('2026-03-02T02:00:00Z'); // 10:00 in Beijing
    expect(checkPastDay('', '会议日期', now)).toBe('请填写会议日期');
    expect(checkPastDay('3月2日', '会议日期', now)).toMatch(/格式/);
    expect(checkPastDay('2026-03-02', '会议日期', now)).toBeUndefined();
    expect(checkPastDay('2026-03-01', '会议日期', now)).toBeUndefined();
    expect(checkPastDay('2026-03-03', '会议日期', now)).toBe('会议日期不能晚于今天');
  });
});

describe('moments in Beijing time', () => {
  it('shows the Beijing time of day', () => {
    expect(toTimeInput(new Date('2026-03-02T01:05:00Z'))).toBe('09:05');
    expect(toTimeInput(new Date('2026-03-02T16:30:00Z'))).toBe('00:30');
  });

  it('turns a typed day and time into an ISO date-time with the Beijing offset', () => {
    expect(momentInputToIso('2026-03-02', '09:30')).toBe('2026-03-02T09:30:00+08:00');
    expect(momentInputToIso(' 2026-3-2 ', '9:05')).toBe('2026-03-02T09:05:00+08:00');
    expect(new Date(momentInputToIso('2026-03-02', '00:30') as string).toISOString()).toBe('2026-03-01T16:30:00.000Z');
  });

  it('refuses what is not a real day or time', () => {
    expect(momentInputToIso('2026-02-30', '09:30')).toBeNull();
    expect(momentInputToIso('2026-03-02', '24:00')).toBeNull();
    expect(momentInputToIso('2026-03-02', '9点半')).toBeNull();
    expect(momentInputToIso('', '')).toBeNull();
  });
});
