import { mapLimit } from '@/utils/street/map-limit';

describe('mapLimit', () => {
  it('keeps input order, runs at most `limit` at once, and turns failures into undefined', async () => {
    let running = 0;
    let peak = 0;
    const result = await mapLimit([1, 2, 3, 4, 5], 2, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 5 * (6 - n)));
      running--;
      if (n === 3) throw new Error('boom');
      return n * 10;
    });
    expect(result).toEqual([10, 20, undefined, 40, 50]);
    expect(peak).toBe(2);
  });

  it('handles an empty list', async () => {
    await expect(mapLimit([], 4, async () => 1)).resolves.toEqual([]);
  });
});
