import { Text } from '@tarojs/components';
import { FEEDBACK_METHODS, FEEDBACK_METHOD_LABELS, type AppealDetail, type FeedbackMethod } from '@lingjuli/shared';
import { useState } from 'react';
import { api } from '@/services/api';
import { feedbackKind } from '@/utils/staff/actions';
import { feedbackBody, type FeedbackParties } from '@/utils/staff/forms';
import { toggleId } from '@/utils/powers/check';
import { communityPartyChoices } from '@/utils/staff/joint-feedback';
import type { ActionRunner } from '@/hooks/useActionForms';
import { useJointDepartments } from '@/hooks/staff/useJointDepartments';
import { DepartmentChooser } from '@/components/DepartmentChooser';
import { Field } from '@/components/Field';
import { ActionForm } from '@/components/staff/ActionForm';
import { ChoiceChips } from '@/components/staff/ChoiceChips';
import { TextField } from '@/components/staff/TextField';

const METHODS = FEEDBACK_METHODS.map((m) => ({ key: m, label: FEEDBACK_METHOD_LABELS[m] }));

/** Community side: the departments that fed back with her, if any (loaded when the form opens). */
function JointDepartmentsField({
  detail,
  value,
  onChange,
  error,
}: {
  detail: AppealDetail;
  value: readonly number[];
  onChange: (ids: number[]) => void;
  error?: string;
}) {
  const joint = useJointDepartments(detail);
  if (!joint.groups.length && !joint.error) return null;
  return (
    <Field label='一起反馈的单位' hint='和社区一起向居民反馈的科室、单位，可多选；社区单独反馈不用选。' error={error}>
      <DepartmentChooser idPrefix='feedback-department' groups={joint.groups} selected={value} onToggle={(id) => onChange(toggleId(value, id))} />
      {joint.error && (
        <Text className='field__hint'>
          吹哨和专班的单位没有加载出来。
          <Text className='staff-form__link' onClick={() => void joint.reload()}>
            重试
          </Text>
        </Text>
      )}
    </Field>
  );
}

/** Department side: the community's person who went along (required). */
function CommunityPartyField({
  detail,
  value,
  onChange,
  error,
}: {
  detail: AppealDetail;
  value: number | null;
  onChange: (id: number | null) => void;
  error?: string;
}) {
  const choices = communityPartyChoices(detail);
  return (
    <Field
      label='与社区哪位同志一起反馈'
      required
      hint={choices.length ? undefined : '这件诉求还没有社区的承办人、首问负责人或民情专员，请先联系社区。'}
      error={error}
    >
      <ChoiceChips idPrefix='feedback-community-party' choices={choices} value={value} onChange={onChange} />
    </Field>
  );
}

/**
 * Feedback (反馈): how the resident was told, what was said, her opinion, and who fed back together —
 * community staff tick the departments that took part; department staff (side `department`, on the
 * street's page) name the community's person who went with them.
 */
export function FeedbackForm({ detail, runner, side = 'community' }: { detail: AppealDetail; runner: ActionRunner; side?: FeedbackParties['side'] }) {
  const [method, setMethod] = useState<FeedbackMethod | null>(null);
  const [content, setContent] = useState('');
  const [opinion, setOpinion] = useState('');
  const [departmentIds, setDepartmentIds] = useState<number[]>([]);
  const [communityPartyId, setCommunityPartyId] = useState<number | null>(null);
  const parties: FeedbackParties = side === 'community' ? { side, departmentIds } : { side, communityPartyId };
  const final = feedbackKind(detail.status) === 'final';
  const what = final ? '告知居民办理结果；反馈后居民可评价。' : '告知居民进展或下一步措施（满足首次反馈时限，诉求继续办理）。';
  return (
    <ActionForm
      title={side === 'department' ? '与社区一起反馈' : final ? '反馈办理结果' : '阶段性反馈'}
      hint={side === 'department' ? `${what}本单位会记为一起反馈的单位。` : what}
      message={runner.message(['method', 'content', 'residentOpinion', 'departmentIds', 'communityPartyId'])}
      submitLabel='记录反馈'
      busy={runner.busy}
      onSubmit={() => void runner.submit(feedbackBody(method, content, opinion, parties), (body) => api.appeals.feedback(detail.id, body), '已记录反馈')}
      onCancel={runner.cancel}
    >
      <Field label='反馈方式' required error={runner.fieldError('method')}>
        <ChoiceChips idPrefix='feedback-method' choices={METHODS} value={method} onChange={setMethod} />
      </Field>
      {side === 'community' ? (
        <JointDepartmentsField detail={detail} value={departmentIds} onChange={setDepartmentIds} error={runner.fieldError('departmentIds')} />
      ) : (
        <CommunityPartyField detail={detail} value={communityPartyId} onChange={setCommunityPartyId} error={runner.fieldError('communityPartyId')} />
      )}
      <TextField
        id='feedback-content'
        label='向居民说明的内容'
        required
        multiline
        value={content}
        onChange={setContent}
        error={runner.fieldError('content')}
        placeholder='如：已上门告知，水管已更换'
      />
      <TextField
        id='feedback-opinion'
        label='居民意见'
        multiline
        value={opinion}
        onChange={setOpinion}
        error={runner.fieldError('residentOpinion')}
        placeholder='可不填，如：居民表示满意'
      />
    </ActionForm>
  );
}
