import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { AttachmentInfo } from '@lingjuli/shared';
import { BASE_URL } from './browser';

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

/** Uploads the sample photo through the API as `token`'s user; file an appeal with its id. */
export async function uploadPhoto(token: string): Promise<AttachmentInfo> {
  const form = new FormData();
  form.append('file', new Blob([readFileSync(samplePhoto())], { type: 'image/png' }), 'stairwell.png');
  const res = await fetch(`${BASE_URL()}/api/uploads`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
  if (!res.ok) throw new Error(`POST /uploads → ${res.status} ${await res.text()}`);
  return (await res.json()) as AttachmentInfo;
}
