import { FEEDBACK_METHODS, FEEDBACK_METHOD_LABELS, type AppealDetail, type FeedbackMethod } from '@lingjuli/shared';
import { useState } from 'react';
import { api } from '../../../services/api';
import { feedbackKind } from '../../../utils/staff/actions';
import { feedbackBody } from '../../../utils/staff/forms';
import type { ActionRunner } from '../../../hooks/useActionForms';
import { Field } from '../../Field';
import { ActionForm } from '../ActionForm';
import { ChoiceChips } from '../ChoiceChips';
import { TextField } from '../TextField';

const METHODS = FEEDBACK_METHODS.map((m) => ({ key: m, label: FEEDBACK_METHOD_LABELS[m] }));

/** Feedback (反馈): how the resident was told, what was said, and her opinion. */
export function FeedbackForm({ detail, runner }: { detail: AppealDetail; runner: ActionRunner }) {
  const [method, setMethod] = useState<FeedbackMethod | null>(null);
  const [content, setContent] = useState('');
  const [opinion, setOpinion] = useState('');
  const final = feedbackKind(detail.status) === 'final';
  return (
    <ActionForm
      title={final ? '反馈办理结果' : '阶段性反馈'}
      hint={final ? '告知居民办理结果；反馈后居民可评价。' : '告知居民进展或下一步措施（满足首次反馈时限，诉求继续办理）。'}
      message={runner.message(['method', 'content', 'residentOpinion'])}
      submitLabel='记录反馈'
      busy={runner.busy}
      onSubmit={() => void runner.submit(feedbackBody(method, content, opinion), (body) => api.appeals.feedback(detail.id, body), '已记录反馈')}
      onCancel={runner.cancel}
    >
      <Field label='反馈方式' required error={runner.fieldError('method')}>
        <ChoiceChips idPrefix='feedback-method' choices={METHODS} value={method} onChange={setMethod} />
      </Field>
      <TextField id='feedback-content' label='向居民说明的内容' required multiline value={content} onChange={setContent} error={runner.fieldError('content')} placeholder='如：已上门告知，水管已更换' />
      <TextField id='feedback-opinion' label='居民意见' multiline value={opinion} onChange={setOpinion} error={runner.fieldError('residentOpinion')} placeholder='可不填，如：居民表示满意' />
    </ActionForm>
  );
}
