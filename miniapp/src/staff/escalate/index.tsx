import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Countdown } from '@/components/Countdown';
import { Field } from '@/components/Field';
import { Screen } from '@/components/Screen';
import { ErrorBox, Loading, Notice } from '@/components/States';
import { StatusTag, TierTag } from '@/components/Tags';
import { ChoiceChips } from '@/components/staff/ChoiceChips';
import { TextField } from '@/components/staff/TextField';
import { useEscalate } from '@/hooks/staff/useEscalate';
import { STAFF_ROLES } from '@lingjuli/shared';
import { useRoleSession } from '@/hooks/useRoleSession';
import './index.scss';

/**
 * Escalating to the street (上报街道) with the dispatch order (批办单): when the community cannot
 * solve it, the community head consults the grid secretary (recorded), then the command sub-centre
 * dispatches it to departments.
 */
export default function StaffEscalate() {
  const { params } = useRouter();
  const id = Number(params.id);
  const session = useRoleSession(STAFF_ROLES);
  const e = useEscalate(id, !!session);

  if (!id)
    return (
      <Screen>
        <Notice tone='error'>缺少诉求编号，请从诉求列表进入。</Notice>
      </Screen>
    );
  if (!session || e.appeal.loading)
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  if (e.appeal.error)
    return (
      <Screen>
        <ErrorBox error={e.appeal.error} onRetry={() => void e.appeal.reload()} />
      </Screen>
    );
  const appeal = e.appeal.data;
  if (!appeal)
    return (
      <Screen>
        <Loading />
      </Screen>
    );

  return (
    <Screen className='escalate'>
      <Text className='title'>上报街道 · 批办单</Text>
      <Card>
        <View className='row'>
          <TierTag tier={appeal.tier} />
          <StatusTag status={appeal.status} />
          <Text className='muted'>{appeal.code}</Text>
        </View>
        <Text className='escalate__summary'>{appeal.summary}</Text>
        <Countdown appeal={appeal} />
      </Card>

      {!e.allowed ? (
        <Notice tone='warning'>此诉求当前不能上报街道（可能已上报或已办结）。</Notice>
      ) : (
        <View id='escalate-form' className='card'>
          <TextField
            id='escalate-reason'
            label='上报理由'
            required
            multiline
            value={e.reason}
            onChange={e.setReason}
            error={e.fieldError('reason')}
            placeholder='社区无法解决的原因，需要哪些部门协调'
          />
          <Field label='会商的网格书记' required error={e.fieldError('consultedWithId')}>
            {e.secretaries.loading && <Loading />}
            {e.secretaries.error && <ErrorBox error={e.secretaries.error} onRetry={() => void e.secretaries.reload()} />}
            {e.noSecretaryListed && <Notice tone='warning'>未能获取本社区所在网格的网格书记名单，暂时无法填写批办单。请联系街道管理员。</Notice>}
            <ChoiceChips
              idPrefix='escalate-consulted'
              choices={e.choices.map((c) => ({ key: c.id, label: c.label }))}
              value={e.consultedWithId}
              onChange={e.setConsultedWithId}
            />
          </Field>
          <TextField
            id='escalate-note'
            label='会商意见'
            required
            multiline
            value={e.consultationNote}
            onChange={e.setConsultationNote}
            error={e.fieldError('consultationNote')}
            placeholder='与网格书记会商的结论，如：同意上报，建议城管执法队主办'
          />
          {e.message && <Notice tone='error'>{e.message}</Notice>}
          <BigButton id='form-submit' loading={e.busy} disabled={e.noSecretaryListed} onClick={() => void e.submit()}>
            提交批办单
          </BigButton>
        </View>
      )}
    </Screen>
  );
}
