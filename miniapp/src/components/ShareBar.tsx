import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './share-bar.scss';

/** The fill's colour: the leader and the others of a vote; satisfied, fair, not, unsure of a survey; a plain amount (good); a warning (the older volunteers). */
export type ShareBarTone = 'lead' | 'soft' | 'good' | 'fair' | 'bad' | 'grey' | 'warn';

/**
 * One horizontal bar drawn with Views (the same in WeChat and the browser): its label with the figures
 * beside it, a track filled as wide as its share, and a line under it if there is more to say. `data`
 * becomes the element's `data-*` attributes (what a test or a screen reader reads).
 */
export function ShareBar({
  id,
  label,
  figures,
  width,
  tone = 'good',
  strong = false,
  detail,
  data = {},
}: {
  id?: string;
  label: ReactNode;
  figures: string;
  width: string;
  tone?: ShareBarTone;
  strong?: boolean;
  detail?: string;
  data?: Record<string, string | number>;
}) {
  const dataset = Object.fromEntries(Object.entries(data).map(([k, v]) => [`data-${k}`, String(v)]));
  return (
    <View id={id} className={`share-bar ${strong ? 'share-bar--strong' : ''}`} {...dataset}>
      <View className='share-bar__head'>
        <Text className='share-bar__label'>{label}</Text>
        <Text className='share-bar__figures'>{figures}</Text>
      </View>
      <View className='share-bar__track'>
        <View className={`share-bar__fill share-bar__fill--${tone}`} style={{ width }} />
      </View>
      {detail && <Text className='share-bar__detail'>{detail}</Text>}
    </View>
  );
}

/** Bars one under another. */
export function ShareBarList({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <View id={id} className='share-bars'>
      {children}
    </View>
  );
}
