import { TtlCache } from './ttl-cache';

describe('TtlCache', () => {
  it('returns a value until it expires', () => {
    const cache = new TtlCache<number, string>(1000);
    cache.set(1, 'a', 0);
    expect(cache.get(1, 999)).toBe('a');
    expect(cache.get(1, 1000)).toBeUndefined();
  });

  it('caches nothing with a zero lifetime', () => {
    const cache = new TtlCache<number, string>(0);
    cache.set(1, 'a');
    expect(cache.get(1)).toBeUndefined();
  });

  it('loads once on a miss and does not cache a miss', async () => {
    const cache = new TtlCache<number, string>(60_000);
    const load = jest.fn(async () => 'a');
    expect(await cache.getOrLoad(1, load)).toBe('a');
    expect(await cache.getOrLoad(1, load)).toBe('a');
    expect(load).toHaveBeenCalledTimes(1);
    const none = jest.fn(async () => null);
    await cache.getOrLoad(2, none);
    await cache.getOrLoad(2, none);
    expect(none).toHaveBeenCalledTimes(2);
  });
});
