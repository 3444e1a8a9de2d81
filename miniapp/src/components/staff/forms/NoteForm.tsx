import { Text } from '@tarojs/components';
import type { AppealDetail, NoteVisibility } from '@lingjuli/shared';
import { useState } from 'react';
import { api } from '@/services/api';
import { noteBody } from '@/utils/staff/forms';
import { progressReminder } from '@/utils/staff/progress';
import type { ActionRunner } from '@/hooks/useActionForms';
import { useNow } from '@/hooks/useNow';
import { Field } from '@/components/Field';
import { ActionForm } from '@/components/staff/ActionForm';
import { ChoiceChips } from '@/components/staff/ChoiceChips';
import { FixPhotosField } from '@/components/staff/FixPhotosField';
import { useFixPhotos } from '@/hooks/staff/useFixPhotos';
import { TextField } from '@/components/staff/TextField';

const VISIBILITY = [
  { key: 'public' as const, label: '居民可见', note: '居民在“我的诉求”里看到这条进展' },
  { key: 'internal' as const, label: '仅内部', note: '只有工作人员看得到' },
];

/**
 * Progress note (记录进展): who sees it is chosen each time — residents or staff only. A complex appeal
 * owes the resident a public note every 72 hours, so there it starts on 居民可见 (and says so);
 * otherwise nothing is chosen for her: a silent internal default left residents without news.
 */
export function NoteForm({ detail, runner }: { detail: AppealDetail; runner: ActionRunner }) {
  const complex = detail.tier === 'complex';
  const [content, setContent] = useState('');
  const [visibility, setVisibility] = useState<NoteVisibility | null>(complex ? 'public' : null);
  const reminder = progressReminder(detail, useNow());
  const fix = useFixPhotos();
  const submit = () =>
    void runner.submit(
      noteBody(content, visibility, fix.attachmentIds),
      (body) => api.appeals.addNote(detail.id, body),
      visibility === 'public' ? '已发布，居民可见' : '已记录（仅内部）',
    );
  return (
    <ActionForm
      title='记录进展'
      hint={complex ? '复杂疑难诉求须至少每72小时发布一次居民可见的进展，直至办结，因此默认“居民可见”。' : '请选择这条进展谁能看到。'}
      message={runner.message(['content', 'visibility'])}
      submitLabel={visibility === 'public' ? '发布（居民可见）' : visibility === 'internal' ? '保存（仅内部）' : '保存进展'}
      busy={runner.busy || fix.busy}
      onSubmit={submit}
      onCancel={runner.cancel}
    >
      {reminder && <Text className={`staff-progress staff-progress--${reminder.state}`}>{reminder.text}</Text>}
      {/* Her own check's message stays until the next submit: once she has chosen, it no longer applies. */}
      <Field label='谁能看到' required error={visibility ? undefined : runner.fieldError('visibility')}>
        <ChoiceChips
          idPrefix='note-visibility'
          choices={VISIBILITY}
          value={visibility}
          onChange={(v) => {
            if (v) setVisibility(v);
          }}
        />
      </Field>
      <TextField
        id='note-content'
        label='进展内容'
        required
        multiline
        value={content}
        onChange={setContent}
        error={runner.fieldError('content')}
        placeholder='如：已联系物业，明天上午维修'
      />
      <FixPhotosField
        fix={fix}
        hint={visibility === null ? undefined : visibility === 'public' ? '居民可见的进展，居民会看到这些照片' : '仅内部的进展，照片也只有工作人员看得到'}
      />
    </ActionForm>
  );
}
