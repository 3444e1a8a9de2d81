import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { PERMISSIONS, TIER_LABELS } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Field } from '@/components/Field';
import { Screen } from '@/components/Screen';
import { ErrorBox, Loading, Notice } from '@/components/States';
import { TierTag } from '@/components/Tags';
import { DepartmentChooser } from '@/components/DepartmentChooser';
import { ChoiceChips } from '@/components/staff/ChoiceChips';
import { TextField } from '@/components/staff/TextField';
import { useWhistleNew } from '@/hooks/powers/useWhistleNew';
import { useRoleSession } from '@/hooks/useRoleSession';
import { REPORT_IN_CHOICES, defaultReportInWords, minutesWords } from '@/utils/powers/whistles';
import './index.scss';

const FIELDS = ['departmentIds', 'subject', 'description', 'tier', 'reportInMinutes', 'appealId'];

/** Community staff whistle one or more departments or coordination-committee member units (吹哨), optionally about an appeal. */
export default function PowersWhistleNew() {
  const appealId = Number(useRouter().params.appealId) || undefined;
  const session = useRoleSession(PERMISSIONS['whistle.create']);
  const f = useWhistleNew(session, appealId);
  if (!session)
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  const { draft, submitter } = f;
  const appeal = f.appeal.data;
  const chosen = (f.departments.data ?? []).filter((d) => draft.departmentIds.includes(d.id));
  const deadlineChoices = [
    { key: 0, label: '按级别', note: defaultReportInWords(draft.tier) },
    ...REPORT_IN_CHOICES.map((m) => ({ key: m, label: minutesWords(m) })),
  ];

  return (
    <Screen className='whistle-new'>
      <Text className='title'>社区吹哨</Text>
      <Text className='muted'>向街道科室或地区党建协调委员会成员单位吹哨，单位须在报到时限内报到并办理。</Text>
      <View className='spacer' />

      {appealId && (
        <Card title='关联诉求' className='whistle-new__appeal'>
          <View id='whistle-appeal'>
            {f.appeal.loading && <Loading />}
            {appeal && (
              <View className='whistle-new__appeal-body'>
                <View className='row'>
                  <TierTag tier={appeal.tier} />
                  <Text className='muted'>{appeal.code}</Text>
                </View>
                <Text className='whistle-new__appeal-summary'>{appeal.summary}</Text>
              </View>
            )}
            {!appeal && !f.appeal.loading && <Text className='muted'>诉求 #{appealId}</Text>}
          </View>
        </Card>
      )}

      <Card title='向谁吹哨'>
        <Field label='单位（可多选）' required error={submitter.fieldError('departmentIds')}>
          {f.departments.loading && <Loading />}
          {f.departments.error && <ErrorBox error={f.departments.error} onRetry={() => void f.departments.reload()} />}
          <DepartmentChooser idPrefix='whistle-department' groups={f.groups} selected={draft.departmentIds} onToggle={f.toggleDepartment} />
        </Field>
        <View id='whistle-chosen' className='whistle-new__chosen'>
          <Text>{chosen.length ? `已选：${chosen.map((d) => d.name).join('、')}` : '尚未选择单位'}</Text>
        </View>
      </Card>

      <Card title='吹哨事由'>
        <TextField
          id='whistle-subject'
          label='事由'
          required
          value={draft.subject}
          onChange={(v) => f.set('subject', v)}
          error={submitter.fieldError('subject')}
          placeholder='如：树被大风吹倒挡路砸车'
          maxlength={100}
        />
        <TextField
          id='whistle-description'
          label='情况说明'
          required
          multiline
          value={draft.description}
          onChange={(v) => f.set('description', v)}
          error={submitter.fieldError('description')}
          placeholder='如：3号楼北侧大树被大风吹倒，挡住小区主路并砸中一辆车，请区园林绿化局、园林绿化队到场处置'
        />
      </Card>

      <Card title='报到时限'>
        <Field
          label='级别'
          required
          hint={f.appealTier ? `默认为诉求的级别（${TIER_LABELS[f.appealTier]}）` : '默认为一般'}
          error={submitter.fieldError('tier')}
        >
          <ChoiceChips
            idPrefix='whistle-tier'
            choices={f.tiers.map((t) => ({ key: t, label: TIER_LABELS[t], note: `报到${defaultReportInWords(t)}` }))}
            value={draft.tier}
            onChange={(t) => t && f.chooseTier(t)}
          />
        </Field>
        <Field label='报到时限' hint={`默认按级别：${defaultReportInWords(draft.tier)}内报到；也可自定`} error={submitter.fieldError('reportInMinutes')}>
          <ChoiceChips
            idPrefix='whistle-deadline'
            choices={deadlineChoices}
            value={draft.reportInMinutes ?? 0}
            onChange={(m) => f.set('reportInMinutes', m ? m : null)}
          />
        </Field>
        <Text id='whistle-deadline-words' className='whistle-new__deadline'>
          {`被吹哨单位须在${draft.reportInMinutes ? minutesWords(draft.reportInMinutes) : defaultReportInWords(draft.tier)}内报到`}
        </Text>
      </Card>

      {submitter.message(FIELDS) && <Notice tone='error'>{submitter.message(FIELDS) as string}</Notice>}
      <BigButton id='whistle-submit' loading={submitter.busy} onClick={() => void f.submit()}>
        吹哨
      </BigButton>
    </Screen>
  );
}
