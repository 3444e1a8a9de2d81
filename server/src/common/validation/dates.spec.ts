import { isDateTimeWithOffset } from './dates';

describe('isDateTimeWithOffset', () => {
  it.each(['2026-03-02T10:30+08:00', '2026-03-02T10:30:15+08:00', '2026-03-02T02:30:00.000Z', '2024-02-29T23:59:59.999-05:30'])('takes %s', (value) => {
    expect(isDateTimeWithOffset(value)).toBe(true);
  });

  it.each([
    '2026-03-02T10:30:00', // no offset: which time zone?
    '2026-03-02 10:30+08:00',
    '2026-03-02',
    '2026-02-30T10:30+08:00',
    '2025-02-29T10:30+08:00',
    '2026-13-01T10:30+08:00',
    '2026-03-02T24:00+08:00',
    '2026-03-02T10:60+08:00',
    '2026-03-02T10:30:00.1Z',
    '2026-03-02T10:30+0800',
    '2026-03-02T10:30+15:00',
    '昨天下午',
    20260302,
    null,
  ])('refuses %p', (value) => {
    expect(isDateTimeWithOffset(value)).toBe(false);
  });
});
