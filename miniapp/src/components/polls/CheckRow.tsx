import { Text, View } from '@tarojs/components';
import './polls.scss';

/** A yes/no as one whole row to tap: a box, the words, a note under them. `data-selected` says its state. */
export function CheckRow({ id, on, label, note, onToggle }: { id: string; on: boolean; label: string; note?: string; onToggle: () => void }) {
  return (
    <View
      id={id}
      className={`poll-switch ${on ? 'poll-switch--on' : ''}`}
      role='checkbox'
      aria-checked={on}
      data-selected={on ? 'true' : 'false'}
      onClick={onToggle}
    >
      <Text className='poll-switch__box'>{on ? '✓' : ''}</Text>
      <View className='poll-switch__text'>
        <Text>{label}</Text>
        {note && <Text className='poll-switch__note'>{note}</Text>}
      </View>
    </View>
  );
}
