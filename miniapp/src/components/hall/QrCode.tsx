import { View } from '@tarojs/components';
import { useMemo } from 'react';
import { darkRuns, encodeQr } from '@/utils/hall/qr';
import './hall.scss';

/** Modules of white around the code, as the standard asks, so a camera finds it. */
const QUIET = 4;

/**
 * A QR code drawn with Views (no canvas): each row a strip as high as a module, each run of
 * dark modules one black View placed by percentages, so it scales with the card. `#${id}` with
 * `data-text` (what it holds, for tests).
 */
export function QrCode({ id, text }: { id: string; text: string }) {
  const qr = useMemo(() => encodeQr(text), [text]);
  const total = qr.size + QUIET * 2;
  const pct = (n: number) => `${(n * 100) / total}%`;
  return (
    <View id={id} className='qr' data-text={text} style={{ paddingTop: pct(QUIET), paddingBottom: pct(QUIET) }}>
      {qr.dark.map((row, y) => (
        // A module's height as a share of the width: padding in percent is measured on the width.
        <View key={y} className='qr__row' style={{ paddingTop: pct(1) }}>
          {darkRuns(row).map((run) => (
            <View key={run.start} className='qr__run' style={{ left: pct(QUIET + run.start), width: pct(run.length) }} />
          ))}
        </View>
      ))}
    </View>
  );
}
