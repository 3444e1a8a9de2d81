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
import { TextField } from '@/components/staff/TextField';

const VISIBILITY = [
  { key: 'public' as const, label: '公开进展', note: '居民可见' },
  { key: 'internal' as const, label: '内部记录', note: '仅工作人员可见' },
];

/** Progress note (记录进展): public (the resident sees it) or internal. Complex appeals need a public one every 72 hours. */
export function NoteForm({ detail, runner }: { detail: AppealDetail; runner: ActionRunner }) {
  const [content, setContent] = useState('');
  const [visibility, setVisibility] = useState<NoteVisibility>(detail.tier === 'complex' ? 'public' : 'internal');
  const reminder = progressReminder(detail, useNow());
  return (
    <ActionForm
      title='记录进展'
      hint={detail.tier === 'complex' ? '复杂疑难诉求须至少每72小时发布一次公开进展，直至办结。' : undefined}
      message={runner.message(['content', 'visibility'])}
      submitLabel={visibility === 'public' ? '发布公开进展' : '保存内部记录'}
      busy={runner.busy}
      onSubmit={() => void runner.submit(noteBody(content, visibility), (body) => api.appeals.addNote(detail.id, body), '已记录')}
      onCancel={runner.cancel}
    >
      {reminder && <Text className={`staff-progress staff-progress--${reminder.state}`}>{reminder.text}</Text>}
      <Field label='可见范围' required error={runner.fieldError('visibility')}>
        <ChoiceChips idPrefix='note-visibility' choices={VISIBILITY} value={visibility} onChange={(v) => v && setVisibility(v)} />
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
    </ActionForm>
  );
}
