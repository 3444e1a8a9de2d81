import { formatShanghaiDateTime, shanghaiDateCode } from './time';

describe('Beijing time', () => {
  it('formats UTC instants in UTC+8', () => {
    expect(formatShanghaiDateTime(new Date('2026-03-02T02:30:00Z'))).toBe('3月2日 10:30');
    // 23:30 UTC is already the next day in Beijing.
    expect(formatShanghaiDateTime(new Date('2026-12-31T23:30:00Z'))).toBe('1月1日 07:30');
  });

  it('gives the local date code', () => {
    expect(shanghaiDateCode(new Date('2026-11-26T16:00:00Z'))).toBe('261127');
    expect(shanghaiDateCode(new Date('2026-11-26T15:59:59Z'))).toBe('261126');
  });
});
