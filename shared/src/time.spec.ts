import { formatShanghaiDate, formatShanghaiDateTime, formatShanghaiTimestamp, shanghaiDateCode, shanghaiDayStart, shanghaiMidnight } from './time';

describe('Beijing time', () => {
  it('formats UTC instants in UTC+8', () => {
    expect(formatShanghaiDateTime(new Date('2026-03-02T02:30:00Z'))).toBe('3月2日 10:30');
    // 23:30 UTC is already the next day in Beijing.
    expect(formatShanghaiDateTime(new Date('2026-12-31T23:30:00Z'))).toBe('1月1日 07:30');
  });

  it('writes a full Beijing date and time for exports', () => {
    expect(formatShanghaiTimestamp(new Date('2026-03-02T02:05:00Z'))).toBe('2026-03-02 10:05');
    expect(formatShanghaiTimestamp(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01 00:00');
    expect(formatShanghaiDate(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
    expect(formatShanghaiDate(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });

  it('gives the local date code', () => {
    expect(shanghaiDateCode(new Date('2026-11-26T16:00:00Z'))).toBe('261127');
    expect(shanghaiDateCode(new Date('2026-11-26T15:59:59Z'))).toBe('261126');
  });
});

describe('shanghaiDayStart', () => {
  it('is the Beijing midnight before the instant, Beijing midnight itself included', () => {
    expect(shanghaiDayStart(new Date('2026-03-31T15:59:59.999Z'))).toEqual(shanghaiMidnight(2026, 3, 31));
    expect(shanghaiDayStart(new Date('2026-03-31T16:00:00.000Z'))).toEqual(shanghaiMidnight(2026, 4, 1));
  });
});
