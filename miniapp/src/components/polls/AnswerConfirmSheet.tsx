import { Text, View } from '@tarojs/components';
import type { BallotUnit } from '@lingjuli/shared';
import { BottomSheet } from '@/components/BottomSheet';
import { confirmLines } from '@/utils/polls/refusals';
import './polls.scss';

/**
 * Before her answer goes: what submitting means (one per household or person, final, anonymous) and
 * what she chose, to look over once more. `#poll-confirm-sheet`, `#poll-confirm`, `#poll-confirm-cancel`.
 */
export function AnswerConfirmSheet({
  unit,
  summary,
  busy,
  onConfirm,
  onCancel,
}: {
  unit: BallotUnit;
  summary: { prompt: string; answer: string }[];
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <BottomSheet
      id='poll-confirm-sheet'
      title='确认提交'
      confirm={{ id: 'poll-confirm', label: '确认提交' }}
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
      cancelId='poll-confirm-cancel'
    >
      {confirmLines(unit).map((line) => (
        <View key={line} className='poll-confirm__rule'>
          <Text className='poll-confirm__rule-mark'>●</Text>
          <Text className='poll-confirm__rule-text'>{line}</Text>
        </View>
      ))}
      <View className='poll-confirm__answers'>
        <Text className='muted'>您的选择：</Text>
        {summary.map((s) => (
          <View key={s.prompt} className='poll-confirm__answer'>
            <Text className='poll-confirm__prompt'>{s.prompt}</Text>
            <Text className='poll-confirm__choice'>{s.answer}</Text>
          </View>
        ))}
      </View>
    </BottomSheet>
  );
}
