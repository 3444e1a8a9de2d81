import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { PERMISSIONS, REWARD_BASIS_LABELS, formatShanghaiDateTime } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { BottomSheet } from '@/components/BottomSheet';
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
import { MAX_APPROVE_COMMENT, MAX_RETURN_REASON, amountText, approvalSummary, rewardButtons, rewardNextStep } from '@/utils/powers/reward';
import './index.scss';

/**
 * One reward request (`?id=`): what and for whom, the party organisation's meeting (or the form to
 * record it), the actions the server offers — submit, approve (confirmed in a sheet that shows whom
 * and how much, with an optional comment), return with a reason, acknowledge — and every step on its timeline.
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

      {buttons.length > 0 && (
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
      {d.actionMessage && !d.returnForm.open && !d.approveForm.open && (
        <View id='reward-error'>
          <Notice tone='error'>{d.actionMessage}</Notice>
        </View>
      )}

      {d.approveForm.open && (
        <BottomSheet
          id='approve-form'
          title='确认批准奖励'
          hint='批准后报街道确认，不能撤回。'
          message={d.approveForm.error ? undefined : d.actionMessage}
          confirm={{ id: 'reward-approve-confirm', label: amount ? `确认批准 ${amount}` : '确认批准' }}
          busy={d.busy === 'approve'}
          onConfirm={d.approveForm.confirm}
          onCancel={d.approveForm.cancel}
          cancelId='reward-approve-cancel'
        >
          <View id='approve-summary' className='reward__confirm'>
            <Text className='reward__confirm-who'>{approvalSummary(info)}</Text>
            {amount && <Text className='reward__confirm-amount'>{amount}</Text>}
            <Text className='muted'>{`申请理由：${info.reason}`}</Text>
            {info.meeting && <Text className='muted'>{`党组织会议决定：${info.meeting.decision}`}</Text>}
          </View>
          <TextField
            id='reward-approve-comment'
            label='审批意见（选填）'
            multiline
            value={d.approveForm.comment}
            onChange={d.approveForm.setComment}
            error={d.approveForm.error}
            placeholder='如：表现突出，同意发放'
            maxlength={MAX_APPROVE_COMMENT}
          />
        </BottomSheet>
      )}

      {d.returnForm.open && (
        <BottomSheet
          id='return-form'
          title='退回申请'
          hint='退回后由社区修改（如补充会议记录）并重新提交。'
          message={d.returnForm.error ? undefined : d.actionMessage}
          confirm={{ id: 'reward-return-confirm', label: '确认退回', kind: 'danger' }}
          busy={d.busy === 'return'}
          onConfirm={d.returnForm.confirm}
          onCancel={d.returnForm.cancel}
          cancelId='reward-return-cancel'
        >
          <Text className='reward__confirm-who'>{approvalSummary(info)}</Text>
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
        </BottomSheet>
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
