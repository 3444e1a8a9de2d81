import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** The text a QR code in a PNG carries, or null when none is found. */
export function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  const pixels = new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length);
  return jsQR(pixels, image.width, image.height)?.data ?? null;
}

/** The PNG images inlined in an HTML page as `data:` URIs, in order. */
export function inlinePngs(html: string): Buffer[] {
  return [...html.matchAll(/src="data:image\/png;base64,([A-Za-z0-9+/=]+)"/g)].map((m) => Buffer.from(m[1], 'base64'));
}
