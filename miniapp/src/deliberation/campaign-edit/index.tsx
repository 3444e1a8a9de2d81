import { Input, Text, View } from '@tarojs/components';
import { CAMPAIGN_LIMITS } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { DateField } from '@/components/DateField';
import { DepartmentChooser } from '@/components/DepartmentChooser';
import { Field } from '@/components/Field';
import { Screen } from '@/components/Screen';
import { Empty, ErrorBox, Loading, Notice } from '@/components/States';
import { TextField } from '@/components/staff/TextField';
import { CheckRow } from '@/components/CheckRow';
import { useCampaignEdit } from '@/hooks/campaigns/useCampaignEdit';
import { useNow } from '@/hooks/useNow';
import { useRoleSession } from '@/hooks/useRoleSession';
import { campaignFormFields, firstListError } from '@/utils/campaigns/campaign-form';
import { CAMPAIGN_MANAGER_ROLES } from '@/utils/campaigns/roles';
import '@/components/campaigns/campaigns.scss';

/**
 * 发起专项整治: the title and what it is about, what one site is (私装地锁), the communities (the whole
 * street or those chosen), the units taking part with the people each sends, the days. Created
 * planned; started on its page.
 */
export default function DeliberationCampaignEdit() {
  const session = useRoleSession(CAMPAIGN_MANAGER_ROLES);
  const now = useNow();
  const e = useCampaignEdit(session, now);
  if (!session)
    return (
      <Screen>
        <Loading />
      </Screen>
    );

  const { draft, submitter } = e;
  const fieldError = submitter.fieldError;
  const communities = e.communities.data ?? [];
  const formMessage = submitter.message(campaignFormFields(draft));

  return (
    <Screen className='campaign-page'>
      <Text className='title'>发起专项整治</Text>
      <Text className='muted'>创建后为“筹备中”，在整治页面点“启动整治”后，民情专员和社区才能上报点位。</Text>
      <View className='spacer' />
      <Card>
        <TextField
          id='campaign-edit-title'
          label='标题'
          required
          value={draft.title}
          onChange={(v) => e.set('title', v)}
          error={fieldError('title')}
          placeholder='如：地锁专项整治'
          maxlength={CAMPAIGN_LIMITS.title}
        />
        <TextField
          id='campaign-edit-description'
          label='整治内容'
          required
          multiline
          value={draft.description}
          onChange={(v) => e.set('description', v)}
          error={fieldError('description')}
          placeholder='整治什么问题、依据的规定、怎样告知居民'
          maxlength={CAMPAIGN_LIMITS.description}
        />
        <TextField
          id='campaign-edit-site-kind'
          label='整治对象'
          required
          value={draft.siteKind}
          onChange={(v) => e.set('siteKind', v)}
          error={fieldError('siteKind')}
          hint='一个点位发现的是什么，统计时按“处”计数'
          placeholder='如：私装地锁'
          maxlength={CAMPAIGN_LIMITS.siteKind}
        />
      </Card>

      <Card title='参与社区'>
        <CheckRow
          id='campaign-edit-all'
          on={draft.allCommunities}
          label='全街道所有社区'
          note='不选则点选参与的社区'
          onToggle={() => e.set('allCommunities', !draft.allCommunities)}
        />
        {fieldError('allCommunities') && <Text className='field__error'>{fieldError('allCommunities') as string}</Text>}
        {!draft.allCommunities && (
          <Field label='社区' required error={firstListError(fieldError, 'communityIds', draft.communityIds.length)}>
            {e.communities.loading && <Loading />}
            {e.communities.error && <ErrorBox error={e.communities.error} onRetry={() => void e.communities.reload()} />}
            {e.communities.data && communities.length === 0 && <Empty text='街道还没有社区' />}
            <View className='choice'>
              {communities.map((c) => {
                const on = draft.communityIds.includes(c.id);
                return (
                  <View
                    key={c.id}
                    id={`campaign-edit-community-${c.id}`}
                    className={`choice__item ${on ? 'choice__item--on' : ''}`}
                    data-selected={on ? 'true' : 'false'}
                    onClick={() => e.toggleCommunity(c.id)}
                  >
                    <Text>{on ? `✓ ${c.name}` : c.name}</Text>
                  </View>
                );
              })}
            </View>
          </Field>
        )}
      </Card>

      <Card title='参与单位'>
        <Field label='单位（可多选，可暂不选）' error={fieldError('units')} hint='街道科室、地区党建协调委员会成员单位等，选中后填写派出人数'>
          {e.departments.loading && <Loading />}
          {e.departments.error && <ErrorBox error={e.departments.error} onRetry={() => void e.departments.reload()} />}
          <DepartmentChooser idPrefix='campaign-edit-unit' groups={e.groups} selected={draft.units.map((u) => u.departmentId)} onToggle={e.toggleUnit} />
        </Field>
        {draft.units.length > 0 && (
          <View id='campaign-edit-units'>
            <Text className='field__label'>{`派出人数（合计${e.people}人）`}</Text>
            {draft.units.map((u, i) => {
              const error = fieldError(`units.${i}.people`) ?? fieldError(`units.${i}.departmentId`) ?? fieldError(`units.${i}`);
              return (
                <View key={u.departmentId} className={`campaign-edit-unit ${error ? 'field--error' : ''}`}>
                  <Text className='campaign-edit-unit__name'>{e.unitName(u.departmentId)}</Text>
                  <Input
                    id={`campaign-edit-people-${u.departmentId}`}
                    className='input campaign-edit-unit__people'
                    type='number'
                    value={u.people}
                    placeholder='人数'
                    maxlength={4}
                    onInput={(ev) => e.setPeople(u.departmentId, ev.detail.value)}
                  />
                  {error && <Text className='campaign-edit-unit__error field__error'>{error}</Text>}
                </View>
              );
            })}
          </View>
        )}
      </Card>

      <Card title='时间'>
        <DateField
          id='campaign-edit-start'
          label='开始日期'
          required
          value={draft.startDate}
          onChange={(v) => e.set('startDate', v)}
          error={fieldError('startDate')}
        />
        <DateField id='campaign-edit-end' label='结束日期' required value={draft.endDate} onChange={(v) => e.set('endDate', v)} error={fieldError('endDate')} />
      </Card>

      {formMessage && <Notice tone='error'>{formMessage}</Notice>}
      <BigButton id='campaign-edit-submit' loading={submitter.busy} onClick={() => void e.submit()}>
        创建专项整治
      </BigButton>
    </Screen>
  );
}
