import { Text, View } from '@tarojs/components';
import type { PollQuestion } from '@lingjuli/shared';
import './polls.scss';

/**
 * The options staff may adopt, under each choice question's prompt; the leading ones say so. Tap to
 * choose, again to leave it. `#poll-adopt-q<i>-option-<j>` with `data-selected`.
 */
export function AdoptionPicker({
  questions,
  chosen,
  leading,
  onChoose,
}: {
  questions: readonly PollQuestion[];
  chosen: number | null;
  leading: Set<number>;
  onChoose: (optionId: number) => void;
}) {
  return (
    <View className='poll-adopt'>
      {questions.map((q, i) =>
        q.type === 'text' ? null : (
          <View key={q.id}>
            <Text className='poll-adopt__question'>{`${i + 1}. ${q.prompt}`}</Text>
            <View className='poll-options'>
              {q.options.map((o, j) => {
                const on = chosen === o.id;
                return (
                  <View
                    key={o.id}
                    id={`poll-adopt-q${i}-option-${j}`}
                    className={`poll-option ${on ? 'poll-option--on' : ''}`}
                    role='radio'
                    aria-checked={on}
                    data-selected={on ? 'true' : 'false'}
                    onClick={() => onChoose(o.id)}
                  >
                    <View className='poll-option__mark poll-option__mark--single'>{on && <View className='poll-option__dot' />}</View>
                    <Text className='poll-option__label'>{leading.has(o.id) ? `${o.label}（居民首选）` : o.label}</Text>
                  </View>
                );
              })}
            </View>
          </View>
        ),
      )}
    </View>
  );
}
