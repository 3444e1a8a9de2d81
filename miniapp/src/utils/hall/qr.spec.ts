import jsQR from 'jsqr';
import { darkRuns, encodeQr } from '@/utils/hall/qr';

/** Reads a matrix back as a phone's camera would: drawn 4 pixels a module with the 4-module quiet zone. */
function decode(dark: boolean[][]): string | null {
  const scale = 4;
  const quiet = 4;
  const side = (dark.length + quiet * 2) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < dark.length; y++)
    for (let x = 0; x < dark.length; x++) {
      if (!dark[y][x]) continue;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const p = (((y + quiet) * scale + dy) * side + (x + quiet) * scale + dx) * 4;
          pixels[p] = pixels[p + 1] = pixels[p + 2] = 0;
        }
    }
  return jsQR(pixels, side, side)?.data ?? null;
}

describe('the check-in QR code', () => {
  it.each([
    ['lingjuli-meeting:12:AbCdEfGhIjKlMnOpQrStUvWx'],
    ['https://lingjuli.example.cn/pages/home/index?scene=m%3Dlingjuli-meeting%3A2147483647%3AAbCdEfGhIjKlMnOpQrStUvWx'],
    ['x'],
    ['议事会签到'],
  ])('encodes %s so that a scanner reads it back', (text) => {
    const qr = encodeQr(text);
    expect((qr.size - 17) % 4).toBe(0);
    expect(decode(qr.dark)).toBe(text);
  });

  it('grows with the text and still reads back', () => {
    const long = `https://lingjuli.example.cn/pages/home/index?scene=${'m'.repeat(150)}`;
    const qr = encodeQr(long);
    expect(qr.size).toBeGreaterThan(encodeQr('x').size);
    expect(decode(qr.dark)).toBe(long);
  });

  it('draws a row as its dark runs', () => {
    expect(darkRuns([true, true, false, true, false, false, true])).toEqual([
      { start: 0, length: 2 },
      { start: 3, length: 1 },
      { start: 6, length: 1 },
    ]);
    expect(darkRuns([false, false])).toEqual([]);
  });
});
