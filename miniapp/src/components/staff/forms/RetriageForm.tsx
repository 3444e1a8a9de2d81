import type { AppealDetail, Category, Tier } from '@lingjuli/shared';
import { Text } from '@tarojs/components';
import { useState } from 'react';
import { api } from '@/services/api';
import { retriageBody } from '@/utils/staff/forms';
import type { ActionRunner } from '@/hooks/useActionForms';
import { ActionForm } from '@/components/staff/ActionForm';
import { TextField } from '@/components/staff/TextField';
import { TriageChoice } from '@/components/staff/forms/TriageChoice';

/** Retriage (调整分级): a new tier or category, with the reason kept on the timeline. */
export function RetriageForm({ detail, runner }: { detail: AppealDetail; runner: ActionRunner }) {
  const current = { tier: detail.tier, category: detail.category };
  const [tier, setTier] = useState<Tier>(detail.tier);
  const [category, setCategory] = useState<Category>(detail.category);
  const [note, setNote] = useState('');
  return (
    <ActionForm
      title='调整分级'
      hint='调为更紧急的级别：期限取原期限与“现在＋新时限”中较早者；调为较宽松的级别：从受理时起按新时限计算。'
      message={runner.message(['tier', 'category', 'note'])}
      busy={runner.busy}
      onSubmit={() => void runner.submit(retriageBody(current, { tier, category }, note), (body) => api.appeals.retriage(detail.id, body), '已调整分级')}
      onCancel={runner.cancel}
    >
      <Text className='muted'>依据（系统建议）：{detail.triage.reason.text}</Text>
      <TriageChoice
        prefix='retriage'
        tier={tier}
        category={category}
        onTier={setTier}
        onCategory={setCategory}
        tierError={runner.fieldError('tier')}
        categoryError={runner.fieldError('category')}
      />
      <TextField
        id='retriage-note'
        label='调整原因'
        required
        multiline
        value={note}
        onChange={setNote}
        error={runner.fieldError('note')}
        placeholder='如：现场查看后确认涉及多个部门'
      />
    </ActionForm>
  );
}
