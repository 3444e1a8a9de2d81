import { Text, View } from '@tarojs/components';
import { CATEGORY_INFO, TIER_LABELS, type AppealDetail, type Category, type Tier } from '@lingjuli/shared';
import { useState } from 'react';
import { api } from '@/services/api';
import { acceptBody } from '@/utils/staff/forms';
import type { ActionRunner } from '@/hooks/useActionForms';
import { ActionForm } from '@/components/staff/ActionForm';
import { TextField } from '@/components/staff/TextField';
import { TriageChoice } from '@/components/staff/forms/TriageChoice';

/** Accept (受理): confirm the triage proposal, or change the tier or category. */
export function AcceptForm({ detail, runner }: { detail: AppealDetail; runner: ActionRunner }) {
  // The current tier and category: the proposal, unless someone already changed it before accepting.
  const [tier, setTier] = useState<Tier>(detail.tier);
  const [category, setCategory] = useState<Category>(detail.category);
  const [note, setNote] = useState('');
  const changed = tier !== detail.triage.proposedTier || category !== detail.triage.proposedCategory;
  return (
    <ActionForm
      title='受理并确认分级'
      hint='确认系统建议的级别和类别，或按实际情况调整；期限按所选级别计算。'
      message={runner.message(['tier', 'category', 'note'])}
      submitLabel={changed ? '调整后受理' : '确认建议并受理'}
      busy={runner.busy}
      onSubmit={() => void runner.submit(acceptBody({ tier, category }, note), (body) => api.appeals.accept(detail.id, body), '已受理')}
      onCancel={runner.cancel}
    >
      <View className='staff-proposal'>
        <Text className='staff-proposal__title'>
          系统建议：{TIER_LABELS[detail.triage.proposedTier]} · {CATEGORY_INFO[detail.triage.proposedCategory].label}
        </Text>
        <Text className='staff-proposal__reason'>依据：{detail.triage.reason.text}</Text>
      </View>
      <TriageChoice
        prefix='accept'
        tier={tier}
        category={category}
        onTier={setTier}
        onCategory={setCategory}
        tierError={runner.fieldError('tier')}
        categoryError={runner.fieldError('category')}
      />
      <TextField
        id='accept-note'
        label={changed ? '调整说明' : '说明'}
        multiline
        value={note}
        onChange={setNote}
        error={runner.fieldError('note')}
        placeholder='可不填'
      />
    </ActionForm>
  );
}
