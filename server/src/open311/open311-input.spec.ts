import { Open311Error } from './open311-errors';
import { attributes, dateRange, newRequest, requestToken, statusFilter } from './open311-input';

const NOW = new Date('2026-03-02T02:00:00.000Z');
const DAY = 24 * 3_600_000;

/** The status and message a reader refuses a value with. */
function refusal(read: () => unknown): [number, string] | 'accepted' {
  try {
    read();
    return 'accepted';
  } catch (error) {
    if (error instanceof Open311Error) return [error.status, error.description];
    throw error;
  }
}

describe('reading GeoReport v2 parameters', () => {
  it('defaults to the last 90 days and refuses a longer range, a start after the end, a time without its offset', () => {
    expect(dateRange({}, NOW)).toEqual({ start: new Date(NOW.getTime() - 90 * DAY), end: NOW });
    expect(dateRange({ start_date: '2026-03-01' }, NOW)).toEqual({ start: new Date('2026-02-28T16:00:00.000Z'), end: NOW });
    expect(dateRange({ start_date: '2025-06-01T00:00:00Z' }, NOW).end).toEqual(new Date('2025-08-30T00:00:00Z'));
    expect(dateRange({ end_date: '2026-01-01T08:00:00+08:00' }, NOW).start).toEqual(new Date('2025-10-03T00:00:00Z'));
    expect(refusal(() => dateRange({ start_date: '2025-12-01', end_date: '2026-03-02' }, NOW))).toEqual([400, 'start_date 与 end_date 相距不能超过90天']);
    expect(refusal(() => dateRange({ start_date: '2026-03-02', end_date: '2026-03-01' }, NOW))).toEqual([400, 'start_date 不能晚于 end_date']);
    for (const bad of ['2026-03-02T10:00:00', '2026-02-30', 'yesterday', '1800-01-01', '2026-W01'])
      expect(refusal(() => dateRange({ start_date: bad }, NOW))).not.toBe('accepted');
    expect(refusal(() => dateRange({ start_date: ['2026-03-01', '2026-03-02'] }, NOW))).toEqual([400, 'start_date 只能填写一个值']);
  });

  it('reads a status filter as the statuses it stands for', () => {
    expect(statusFilter({})).toBeUndefined();
    expect(statusFilter({ status: 'open,closed' })).toBeUndefined();
    expect(statusFilter({ status: 'closed' })).toEqual(['closed', 'withdrawn', 'rejected']);
    expect(statusFilter({ status: ' open ' })).toEqual(['received', 'inProgress', 'resolved', 'fedBack']);
    expect(refusal(() => statusFilter({ status: 'OPEN' }))).not.toBe('accepted');
  });

  it('reads attribute[code] and attribute[code][] from the flat form keys, and nothing else that starts so', () => {
    expect(attributes({ 'attribute[building]': ' TA-1 ', 'attribute[tags][]': ['a', 'b'], api_key: 'k' })).toEqual(
      new Map<string, string | string[]>([
        ['building', 'TA-1'],
        ['tags', ['a', 'b']],
      ]),
    );
    for (const key of ['attribute', 'attribute[]', 'attribute[a][b]', 'attribute[a b]', 'attributes[a]']) {
      expect({ key, refused: refusal(() => attributes({ [key]: 'x' }))[0] }).toEqual({ key, refused: 400 });
    }
    expect(refusal(() => attributes({ 'attribute[a]': ['x', 'y'] }))).toEqual([400, 'attribute[a] 只能填写一个值']);
  });

  it('reads a new request: a Chinese name surname first, the phone without +86, both coordinates or neither', () => {
    const request = newRequest({
      service_code: 'water',
      description: ' 停水了 ',
      first_name: '三',
      last_name: '张',
      phone: '+86 138-0013-8000',
      lat: '39.9',
      long: '116.3',
    });
    expect(request).toMatchObject({ serviceCode: 'water', description: '停水了', contactName: '张三', phone: '13800138000', lat: 39.9, long: 116.3 });
    expect(newRequest({ service_code: 'water', description: 'x', first_name: 'Ann', last_name: 'Lee' }).contactName).toBe('Ann Lee');
    expect(refusal(() => newRequest({ service_code: 'water', description: 'x', lat: '39.9' }))).toEqual([400, 'lat 与 long 应同时填写']);
    expect(refusal(() => newRequest({ service_code: 'water', description: 'x', phone: '110' }))).not.toBe('accepted');
    expect(refusal(() => newRequest({ service_code: 'pothole', description: 'x' }))[0]).toBe(400);
  });

  it('gives the same request the same token, whatever its order, spacing or key', () => {
    const token = requestToken({ service_code: 'water', description: '停水了', api_key: 'one' });
    expect(requestToken({ description: ' 停水了', api_key: 'two', service_code: 'water' })).toBe(token);
    expect(requestToken({ service_code: 'water', description: '停电了' })).not.toBe(token);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
