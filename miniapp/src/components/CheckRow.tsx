import { Text, View } from '@tarojs/components';
import './check-row.scss';

/**
 * A yes/no as one whole row to tap: a box, the words, a note under them; `data-selected` says its
 * state. `done` shows it ticked for good (recorded already: green, no longer tappable); without
 * `onToggle` the row only lists (no box).
 */
export function CheckRow({
  id,
  on,
  label,
  note,
  onToggle,
  done = false,
}: {
  id: string;
  on: boolean;
  label: string;
  note?: string;
  onToggle?: () => void;
  done?: boolean;
}) {
  return (
    <View
      id={id}
      className={`check-row ${done ? 'check-row--done' : on ? 'check-row--on' : ''}`}
      role={onToggle ? 'checkbox' : undefined}
      aria-checked={onToggle ? on || done : undefined}
      aria-disabled={done || undefined}
      data-selected={on || done ? 'true' : 'false'}
      data-done={done ? 'true' : 'false'}
      onClick={() => !done && onToggle?.()}
    >
      {onToggle && <Text className='check-row__box'>{on || done ? '✓' : ''}</Text>}
      <View className='check-row__text'>
        <Text>{label}</Text>
        {note && <Text className='check-row__note'>{note}</Text>}
      </View>
    </View>
  );
}
