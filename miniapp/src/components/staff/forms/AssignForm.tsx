import type { AppealDetail } from '@lingjuli/shared';
import { useState } from 'react';
import { api } from '@/services/api';
import { assignBody } from '@/utils/staff/forms';
import { useAssignPeople } from '@/hooks/staff/useAssignPeople';
import type { ActionRunner } from '@/hooks/useActionForms';
import { Field } from '@/components/Field';
import { ErrorBox, Loading } from '@/components/States';
import { ActionForm } from '@/components/staff/ActionForm';
import { ChoiceChips } from '@/components/staff/ChoiceChips';
import { TextField } from '@/components/staff/TextField';

/** Assign (指派): the handler (community staff or secretary) and/or the liaison who visits the resident with the result. */
export function AssignForm({ detail, runner }: { detail: AppealDetail; runner: ActionRunner }) {
  const people = useAssignPeople(detail);
  const [handlerId, setHandlerId] = useState<number | null>(null);
  const [liaisonId, setLiaisonId] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const mark = (p: { id: number; label: string; current: boolean }) => ({ key: p.id, label: p.label, note: p.current ? '当前' : undefined });
  return (
    <ActionForm
      title='指派'
      hint={detail.status === 'resolved' ? '已办结：可指派民情专员上门向居民反馈结果。' : '选择承办人，和/或负责上门反馈的民情专员。'}
      message={runner.message(['handlerId', 'liaisonId', 'note'])}
      busy={runner.busy}
      onSubmit={() => void runner.submit(assignBody(handlerId, liaisonId, note), (body) => api.appeals.assign(detail.id, body), '已指派')}
      onCancel={runner.cancel}
    >
      {people.loading && <Loading />}
      {people.error && <ErrorBox error={people.error} onRetry={() => void people.reload()} />}
      {!people.loading && !people.error && (
        <>
          <Field label='承办人' error={runner.fieldError('handlerId')} hint={people.handlers.length ? undefined : '没有可指派的社区工作人员'}>
            <ChoiceChips idPrefix='assign-handler' choices={people.handlers.map(mark)} value={handlerId} onChange={setHandlerId} allowNone />
          </Field>
          <Field label='上门反馈的民情专员' error={runner.fieldError('liaisonId')} hint={people.liaisons.length ? undefined : '本社区暂无民情专员'}>
            <ChoiceChips idPrefix='assign-liaison' choices={people.liaisons.map(mark)} value={liaisonId} onChange={setLiaisonId} allowNone />
          </Field>
        </>
      )}
      <TextField
        id='assign-note'
        label='交办说明'
        multiline
        value={note}
        onChange={setNote}
        error={runner.fieldError('note')}
        placeholder='可不填，仅工作人员可见'
      />
    </ActionForm>
  );
}
