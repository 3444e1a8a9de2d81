import { Text } from '@tarojs/components';
import { SATISFACTION_LABELS, type AppealDetail } from '@lingjuli/shared';
import { useState } from 'react';
import { api } from '@/services/api';
import { reviewBody } from '@/utils/staff/forms';
import type { ActionRunner } from '@/hooks/useActionForms';
import { Field } from '@/components/Field';
import { ActionForm } from '@/components/staff/ActionForm';
import { ChoiceChips } from '@/components/staff/ChoiceChips';
import { TextField } from '@/components/staff/TextField';

const DECISIONS = [
  { key: 'close' as const, label: '关闭诉求', note: '已尽力解决' },
  { key: 'reopen' as const, label: '重新办理', note: '退回继续办理' },
];

/** Secretary review (书记复核): after a second bad rating, the secretary closes or reopens it. */
export function ReviewForm({ detail, runner }: { detail: AppealDetail; runner: ActionRunner }) {
  const [decision, setDecision] = useState<'close' | 'reopen' | null>(null);
  const [note, setNote] = useState('');
  const last = detail.ratings[detail.ratings.length - 1];
  return (
    <ActionForm
      title='书记复核'
      hint='居民第二次评价不满意或未解决，由社区书记复核决定。'
      message={runner.message(['decision', 'note'])}
      busy={runner.busy}
      onSubmit={() => void runner.submit(reviewBody(decision, note), (body) => api.appeals.secretaryReview(detail.id, body), '已复核')}
      onCancel={runner.cancel}
    >
      {last && (
        <Text className='staff-proposal'>
          居民最近评价：{last.solved ? '已解决' : '未解决'} · {SATISFACTION_LABELS[last.satisfaction]}
          {last.comment ? `：${last.comment}` : ''}
        </Text>
      )}
      <Field label='复核结论' required error={runner.fieldError('decision')}>
        <ChoiceChips idPrefix='review-decision' choices={DECISIONS} value={decision} onChange={setDecision} />
      </Field>
      <TextField id='review-note' label='复核意见' required multiline value={note} onChange={setNote} error={runner.fieldError('note')} />
    </ActionForm>
  );
}
