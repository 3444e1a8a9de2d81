import { Text, View } from '@tarojs/components';
import type { StateView } from '@/utils/volunteers/applications';
import './volunteers.scss';

/** A big, plain sentence about where she stands (or why it was refused), with a second line; `data-state` says which. */
export function VolunteerStateBanner({ id, view, state }: { id?: string; view: StateView; state?: string }) {
  return (
    <View id={id} className={`volunteer-state volunteer-state--${view.tone}`} data-state={state ?? ''}>
      <Text className='volunteer-state__title'>{view.title}</Text>
      {view.note && <Text className='volunteer-state__note'>{view.note}</Text>}
    </View>
  );
}
