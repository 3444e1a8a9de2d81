import { WORK_ORDER_NO_PATTERN, beijingDateTime } from './work-orders';

describe('12345 work orders', () => {
  it('reads Beijing wall-clock times as staff and the city write them', () => {
    expect(beijingDateTime('2026-03-02 09:30')).toBe('2026-03-02T09:30:00+08:00');
    expect(beijingDateTime(' 2026/3/2 9:30:15 ')).toBe('2026-03-02T09:30:15+08:00');
    expect(beijingDateTime('2026-03-02')).toBe('2026-03-02T00:00:00+08:00');
    expect(new Date(beijingDateTime('2026-03-01 07:00')!).toISOString()).toBe('2026-02-28T23:00:00.000Z');
  });

  it('refuses what is not a time', () => {
    for (const text of ['', '明天上午', '2026-02-30 10:00', '2026-03-02 25:00', '2026-13-01', '02/03/2026']) expect(beijingDateTime(text)).toBeNull();
  });

  it('knows a work-order number when it sees one', () => {
    expect(WORK_ORDER_NO_PATTERN.test('BJ12345-20260302-0001')).toBe(true);
    expect(WORK_ORDER_NO_PATTERN.test('工单1')).toBe(false);
    expect(WORK_ORDER_NO_PATTERN.test('123')).toBe(false);
  });
});
