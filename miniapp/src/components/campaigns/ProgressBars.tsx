import { Text, View } from '@tarojs/components';
import type { CampaignCommunityProgress, CampaignTally } from '@lingjuli/shared';
import { barScale, progressBar, progressLine } from '@/utils/campaigns/progress';
import './campaigns.scss';

/** One bar drawn with Views: its cleared part (green) and the part still left (orange), the numbers written under it. */
export function ProgressBar({
  id,
  label,
  tally,
  scale,
}: {
  id: string;
  label: string;
  tally: Pick<CampaignTally, 'found' | 'cleared' | 'left'>;
  scale?: number;
}) {
  const bar = progressBar(tally, scale);
  return (
    <View id={id} className='campaign-bar' data-found={tally.found} data-cleared={tally.cleared} data-left={tally.left}>
      <View className='campaign-bar__head'>
        <Text className='campaign-bar__label'>{label}</Text>
        {tally.found > 0 && <Text className='campaign-bar__share'>{`完成${bar.share}`}</Text>}
      </View>
      <View className='campaign-bar__track'>
        <View className='campaign-bar__cleared' style={{ width: bar.cleared }} />
        <View className='campaign-bar__left' style={{ width: bar.left }} />
      </View>
      <Text className='campaign-bar__numbers'>{progressLine(tally)}</Text>
    </View>
  );
}

/** What the colours mean. */
export function ProgressLegend() {
  return (
    <View className='campaign-legend'>
      <View className='campaign-legend__item'>
        <View className='campaign-legend__swatch campaign-legend__swatch--cleared' />
        <Text>已整治</Text>
      </View>
      <View className='campaign-legend__item'>
        <View className='campaign-legend__swatch campaign-legend__swatch--left' />
        <Text>待整治</Text>
      </View>
    </View>
  );
}

/** A bar per community, each as long as its find beside the largest one's. Ids `#${idPrefix}-community-<communityId>`. */
export function CommunityProgress({ idPrefix, rows, legend = true }: { idPrefix: string; rows: readonly CampaignCommunityProgress[]; legend?: boolean }) {
  const scale = barScale(rows);
  return (
    <View id={`${idPrefix}-progress`}>
      {legend && <ProgressLegend />}
      <View className='campaign-bars'>
        {rows.map((row) => (
          <ProgressBar key={row.communityId} id={`${idPrefix}-community-${row.communityId}`} label={row.communityName} tally={row} scale={scale} />
        ))}
      </View>
    </View>
  );
}

/** 共发现 / 已整治 / 还剩: three big numbers. Ids `#${idPrefix}-found`, `-cleared`, `-left`. */
export function TotalsRow({ idPrefix, tally }: { idPrefix: string; tally: Pick<CampaignTally, 'found' | 'cleared' | 'left'> }) {
  const items = [
    { key: 'found', label: '共发现（处）', n: tally.found },
    { key: 'cleared', label: '已整治（处）', n: tally.cleared },
    { key: 'left', label: '还剩（处）', n: tally.left },
  ];
  return (
    <View className='campaign-totals'>
      {items.map((item) => (
        <View key={item.key} id={`${idPrefix}-${item.key}`} className={`campaign-total campaign-total--${item.key}`}>
          <Text className='campaign-total__n'>{String(item.n)}</Text>
          <Text className='campaign-total__label'>{item.label}</Text>
        </View>
      ))}
    </View>
  );
}
