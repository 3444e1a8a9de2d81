import qrcode from 'qrcode-generator';

/**
 * The meeting's check-in code at the door as a matrix of modules, drawn with Views by
 * components/hall/QrCode (no canvas, so it looks the same in WeChat and the browser). The encoding is
 * qrcode-generator's: error correction M, the smallest version that holds the text, UTF-8 bytes.
 */
export interface QrMatrix {
  /** Modules per side (without the quiet zone). */
  size: number;
  /** `dark[y][x]`. */
  dark: boolean[][];
}

export function encodeQr(text: string): QrMatrix {
  qrcode.stringToBytes = qrcode.stringToBytesFuncs['UTF-8'];
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  return { size, dark: Array.from({ length: size }, (_, y) => Array.from({ length: size }, (_, x) => qr.isDark(y, x))) };
}

/** One row's dark runs, for drawing with few Views: start column and length. */
export function darkRuns(row: readonly boolean[]): { start: number; length: number }[] {
  const runs: { start: number; length: number }[] = [];
  for (let x = 0; x < row.length; x++) {
    if (!row[x]) continue;
    const start = x;
    while (x + 1 < row.length && row[x + 1]) x++;
    runs.push({ start, length: x - start + 1 });
  }
  return runs;
}
