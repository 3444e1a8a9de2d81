import { Text, View } from '@tarojs/components';
import type { StateView } from '@/utils/state-view';
import './state-banner.scss';

/** A big, plain sentence about where she stands (or why it was refused), with a second line; `data-state` says which. */
export function StateBanner({ id, view, state }: { id?: string; view: StateView; state?: string }) {
  return (
    <View id={id} className={`state-banner state-banner--${view.tone}`} data-state={state ?? ''}>
      <Text className='state-banner__title'>{view.title}</Text>
      {view.note && <Text className='state-banner__note'>{view.note}</Text>}
    </View>
  );
}
