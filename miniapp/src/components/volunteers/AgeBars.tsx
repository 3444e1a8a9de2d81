import { Text, View } from '@tarojs/components';
import type { AgeBandCounts } from '@lingjuli/shared';
import { ShareBar, ShareBarList } from '@/components/ShareBar';
import { ageBars, ageMixLines } from '@/utils/volunteers/team';
import './volunteers.scss';

/**
 * The age mix as horizontal bars (60 and over in their own colour): `#<idPrefix>-age-<band>` with `data-count` and
 * `data-percent`, youngest first; then the mix in a sentence (`#<idPrefix>-age-mix`) and its warnings.
 */
export function AgeBars({ counts, idPrefix }: { counts: AgeBandCounts; idPrefix: string }) {
  const mix = ageMixLines(counts);
  return (
    <View id={`${idPrefix}-ages`}>
      <ShareBarList>
        {ageBars(counts).map((bar) => (
          <ShareBar
            key={bar.band}
            id={`${idPrefix}-age-${bar.band}`}
            label={bar.label}
            figures={`${bar.count}人 · ${bar.percent}`}
            width={bar.width}
            tone={bar.band === 'unknown' ? 'grey' : bar.older ? 'warn' : 'good'}
            data={{ count: bar.count, percent: bar.percent }}
          />
        ))}
      </ShareBarList>
      <Text id={`${idPrefix}-age-mix`} className='team-mix'>
        {mix.line}
      </Text>
      {mix.warnings.map((w) => (
        <Text key={w} className='team-warning'>
          {w}
        </Text>
      ))}
    </View>
  );
}
