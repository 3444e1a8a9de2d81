import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';

/** A real (small) photo on disk for the file chooser: a 64×48 PNG with a gradient. */
export function samplePhoto(): string {
  const png = new PNG({ width: 64, height: 48 });
  for (let y = 0; y < 48; y++)
    for (let x = 0; x < 64; x++) {
      const i = (y * 64 + x) * 4;
      png.data[i] = 120 + x;
      png.data[i + 1] = 80 + y * 2;
      png.data[i + 2] = 60;
      png.data[i + 3] = 255;
    }
  const file = join(mkdtempSync(join(tmpdir(), 'lingjuli-photo-')), 'stairwell.png');
  writeFileSync(file, PNG.sync.write(png));
  return file;
}
