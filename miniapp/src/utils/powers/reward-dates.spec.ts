import { checkPastDay, dateInputToIso, formatDay, toDateInput } from './reward-dates';

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
