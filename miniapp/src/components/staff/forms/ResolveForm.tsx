import { EMERGENCY_SERVICES, type AppealDetail, type EmergencyService } from '@lingjuli/shared';
import { useState } from 'react';
import { api } from '@/services/api';
import { EMERGENCY_SERVICE_LABELS, canHandOver } from '@/utils/staff/actions';
import { resolveBody } from '@/utils/staff/forms';
import type { ActionRunner } from '@/hooks/useActionForms';
import { Field } from '@/components/Field';
import { ActionForm } from '@/components/staff/ActionForm';
import { ChoiceChips } from '@/components/staff/ChoiceChips';
import { FixPhotosField } from '@/components/staff/FixPhotosField';
import { useFixPhotos } from '@/hooks/staff/useFixPhotos';
import { TextField } from '@/components/staff/TextField';

/** Resolve (办结): what was done; an emergency may record its hand-over to 110/119/120. */
export function ResolveForm({ detail, runner }: { detail: AppealDetail; runner: ActionRunner }) {
  const [note, setNote] = useState('');
  const [handedTo, setHandedTo] = useState<EmergencyService | 'none'>('none');
  const emergency = canHandOver(detail.tier);
  const fix = useFixPhotos();
  return (
    <ActionForm
      title='办结'
      hint={emergency ? '紧急诉求须在30分钟内处置；已移交110/119/120的请选择并记录。' : '办结后请向居民反馈结果（上门、电话或线上）。'}
      message={runner.message(['note', 'handedTo'])}
      submitLabel='确认办结'
      busy={runner.busy || fix.busy}
      onSubmit={() =>
        void runner.submit(
          resolveBody(note, handedTo === 'none' ? null : handedTo, fix.attachmentIds),
          (body) => api.appeals.resolve(detail.id, body),
          '已办结',
        )
      }
      onCancel={runner.cancel}
    >
      {emergency && (
        <Field label='移交应急部门' error={runner.fieldError('handedTo')}>
          <ChoiceChips
            idPrefix='resolve-handed'
            choices={[{ key: 'none' as const, label: '未移交' }, ...EMERGENCY_SERVICES.map((s) => ({ key: s, label: EMERGENCY_SERVICE_LABELS[s] }))]}
            value={handedTo}
            onChange={(v) => v && setHandedTo(v)}
          />
        </Field>
      )}
      <TextField
        id='resolve-note'
        label='办结说明'
        required
        multiline
        value={note}
        onChange={setNote}
        error={runner.fieldError('note')}
        placeholder='如：已更换破裂水管，恢复供水'
      />
      <FixPhotosField fix={fix} hint='居民会在处理结果里看到这些照片' />
    </ActionForm>
  );
}
