import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { PERMISSIONS, REWARD_BASIS_LABELS, formatShanghaiDateTime } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Screen } from '@/components/Screen';
import { ErrorBox, Loading, Notice } from '@/components/States';
import { RewardMeetingCard } from '@/components/powers/RewardMeetingCard';
import { RewardMeetingForm } from '@/components/powers/RewardMeetingForm';
import { RewardStatusTag } from '@/components/powers/RewardStatusTag';
import { RewardTimeline } from '@/components/powers/RewardTimeline';
import { InfoRows } from '@/components/staff/InfoRows';
import { TextField } from '@/components/staff/TextField';
import { useRewardDetail } from '@/hooks/powers/useRewardDetail';
import { useRoleSession } from '@/hooks/useRoleSession';
import { routes } from '@/routes';
import { openPage } from '@/utils/navigation';
import { appealUrlFor } from '@/utils/powers/coordination';
import { MAX_RETURN_REASON, amountText, rewardButtons, rewardNextStep } from '@/utils/powers/reward';
import './index.scss';

/**
 * One reward request (`?id=`): what and for whom, the party organisation's meeting (or the form to
 * record it), the actions the server offers — submit, approve, return with a reason, acknowledge —
 * and every step on its timeline.
 */
export default function PowersReward() {
  const { params } = useRouter();
  const id = Number(params.id);
  const session = useRoleSession(PERMISSIONS['reward.read']);
  const d = useRewardDetail(id, !!session);

  if (!id)
    return (
      <Screen>
        <Notice tone='error'>缺少申请编号，请从奖励申请列表进入。</Notice>
      </Screen>
    );
  if (!session)
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  if (d.query.error && !d.info)
    return (
      <Screen>
        <ErrorBox error={d.query.error} onRetry={() => void d.query.reload()} />
      </Screen>
    );
  const info = d.info;
  if (!info)
    return (
      <Screen>
        <Loading />
      </Screen>
    );

  const buttons = rewardButtons(info.actions);
  const amount = amountText(info.amount);
  const openAppeal = (appealId: number) => openPage(appealUrlFor(session.user.role, appealId));

  return (
    <Screen className='reward'>
      <View id='reward-head' className='reward__head' data-status={info.status}>
        <View className='reward__tags'>
          <RewardStatusTag status={info.status} />
          <Text className='tag'>{REWARD_BASIS_LABELS[info.basis]}</Text>
        </View>
        <Text className='reward__title'>
          {info.liaison.name} · {info.reward}
        </Text>
        <Text className='muted'>
          {info.communityName} · 申请编号 {info.id}
        </Text>
        <Text id='reward-next' className={`reward__next reward__next--${info.status}`}>
          {rewardNextStep(info)}
        </Text>
      </View>

      {info.status === 'returned' && info.returnedReason && <Notice tone='warning'>{`退回理由：${info.returnedReason}`}</Notice>}
      {info.actions.includes('approve') && !info.meeting && <Notice tone='warning'>此申请尚无社区党组织会议记录，按规定不能批准。</Notice>}

      {buttons.length > 0 && !d.returnForm.open && (
        <View className='reward__actions'>
          {buttons.map((b) => (
            <BigButton
              key={b.id}
              id={b.id}
              kind={b.kind}
              className={`reward__action reward__action--${b.kind}`}
              loading={d.busy === b.action}
              disabled={d.busy !== null && d.busy !== b.action}
              onClick={() => d.act(b.action)}
            >
              {b.label}
            </BigButton>
          ))}
        </View>
      )}
      {d.actionMessage && !d.returnForm.open && (
        <View id='reward-error'>
          <Notice tone='error'>{d.actionMessage}</Notice>
        </View>
      )}

      {d.returnForm.open && (
        <View id='return-form' className='card staff-form'>
          <View className='staff-form__head'>
            <Text className='card__title'>退回申请</Text>
          </View>
          <Text className='staff-form__hint'>退回后由社区修改（如补充会议记录）并重新提交。</Text>
          <TextField
            id='reward-return-reason'
            label='退回理由'
            required
            multiline
            value={d.returnForm.reason}
            onChange={d.returnForm.setReason}
            error={d.returnForm.error}
            placeholder='如：会议纪要不完整，请补充表决情况'
            maxlength={MAX_RETURN_REASON}
          />
          {d.actionMessage && !d.returnForm.error && <Notice tone='error'>{d.actionMessage}</Notice>}
          <BigButton id='reward-return-confirm' kind='danger' loading={d.busy === 'return'} onClick={d.returnForm.confirm}>
            确认退回
          </BigButton>
          <BigButton id='reward-return-cancel' kind='plain' disabled={d.busy === 'return'} onClick={d.returnForm.cancel}>
            取消
          </BigButton>
        </View>
      )}

      {d.meeting.showForm ? (
        <RewardMeetingForm
          form={d.meeting.values}
          onChange={d.meeting.change}
          fieldError={d.meeting.fieldError}
          message={d.meeting.message}
          busy={d.meeting.busy}
          today={d.today}
          onSave={() => void d.meeting.save()}
          onCancel={d.meeting.cancel}
        />
      ) : info.meeting ? (
        <RewardMeetingCard meeting={info.meeting} onEdit={d.meeting.canRecord ? d.meeting.edit : undefined} />
      ) : (
        <Card title='社区党组织会议'>
          <Text className='muted'>尚未记录</Text>
        </Card>
      )}

      <Card title='申请内容'>
        <InfoRows
          rows={[
            { label: '民情专员', value: info.liaison.name },
            { label: '奖励依据', value: REWARD_BASIS_LABELS[info.basis] },
            {
              label: '针对诉求',
              hidden: info.basis !== 'caseByCase',
              value: (
                <View className='reward__appeals'>
                  {info.appeals.length === 0 && <Text className='muted'>无</Text>}
                  {info.appeals.map((a) => (
                    <View key={a.id} id={`reward-appeal-link-${a.id}`} className='reward__appeal' onClick={() => openAppeal(a.id)}>
                      <Text className='reward__appeal-summary'>{a.summary}</Text>
                      <Text className='reward__appeal-code'>{a.code} ›</Text>
                    </View>
                  ))}
                </View>
              ),
            },
            { label: '考评期', value: info.periodLabel ?? '', hidden: info.basis !== 'periodic' || !info.periodLabel },
            { label: '奖励内容', value: info.reward },
            { label: '金额', value: amount ?? '', hidden: !amount },
            { label: '申请理由', value: info.reason },
            { label: '申请人', value: `${info.proposedBy.name} · ${formatShanghaiDateTime(new Date(info.proposedAt))}` },
          ]}
        />
      </Card>

      <Card title='办理记录'>
        <RewardTimeline events={info.events} />
      </Card>

      <BigButton id='reward-back-list' kind='plain' onClick={() => openPage(routes.rewards())}>
        全部奖励申请
      </BigButton>
    </Screen>
  );
}
