import { Text, View } from '@tarojs/components';
import type { StateView } from '@/utils/polls/refusals';
import './polls.scss';

/** A big, plain sentence about where she stands (or why it was refused), with a second line. */
export function PollStateBanner({ id, view, state }: { id: string; view: StateView; state?: string }) {
  return (
    <View id={id} className={`poll-state poll-state--${view.tone}`} data-state={state ?? ''}>
      <Text className='poll-state__title'>{view.title}</Text>
      {view.note && <Text className='poll-state__note'>{view.note}</Text>}
    </View>
  );
}
