import type { AppealDetail } from '@lingjuli/shared';
import { useState } from 'react';
import { api } from '@/services/api';
import { rejectBody } from '@/utils/staff/forms';
import type { ActionRunner } from '@/hooks/useActionForms';
import { ActionForm } from '@/components/staff/ActionForm';
import { TextField } from '@/components/staff/TextField';

/** Reject (不予受理): the reason is shown to the resident. */
export function RejectForm({ detail, runner }: { detail: AppealDetail; runner: ActionRunner }) {
  const [reason, setReason] = useState('');
  return (
    <ActionForm
      title='不予受理'
      hint='理由将告知居民，请写清依据和可以去哪里办理。'
      message={runner.message(['reason'])}
      submitLabel='确认不予受理'
      submitKind='danger'
      busy={runner.busy}
      onSubmit={() => void runner.submit(rejectBody(reason), (body) => api.appeals.reject(detail.id, body), '已处理')}
      onCancel={runner.cancel}
    >
      <TextField id='reject-reason' label='不予受理的理由' required multiline value={reason} onChange={setReason} error={runner.fieldError('reason')} />
    </ActionForm>
  );
}
