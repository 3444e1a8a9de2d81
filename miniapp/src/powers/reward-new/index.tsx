import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { PERMISSIONS, REWARD_BASES, REWARD_BASIS_LABELS, formatShanghaiDateTime } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Field } from '@/components/Field';
import { Screen } from '@/components/Screen';
import { ErrorBox, Loading, Notice } from '@/components/States';
import { ChoiceChips } from '@/components/staff/ChoiceChips';
import { TextField } from '@/components/staff/TextField';
import { useRewardNew } from '@/hooks/powers/useRewardNew';
import { useRoleSession } from '@/hooks/useRoleSession';
import { routes } from '@/routes';
import { openPage } from '@/utils/navigation';
import { dutiesText } from '@/utils/powers/liaison';
import './index.scss';

const BASIS_NOTES = { caseByCase: '针对具体诉求', periodic: '按考评期' } as const;

/**
 * Proposing a reward for a liaison (`?liaisonUserId=`): saved as a draft, then on the request page
 * the party organisation's meeting is recorded and it goes to the secretary.
 */
export default function PowersRewardNew() {
  const { params } = useRouter();
  const preselected = Number(params.liaisonUserId) || null;
  const session = useRoleSession(PERMISSIONS['reward.propose']);
  const n = useRewardNew(preselected, !!session);
  if (!session)
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  const { form } = n;

  return (
    <Screen className='reward-new'>
      <Text className='title'>申请专员奖励</Text>
      <Text className='muted'>保存为草稿后，记录社区党组织会议，再提交书记审批。</Text>
      <View className='spacer' />

      <View className='card'>
        <Field label='民情专员' required error={n.fieldError('liaisonUserId')}>
          {n.liaisons.loading && <Loading />}
          {n.liaisons.error && <ErrorBox error={n.liaisons.error} onRetry={() => void n.liaisons.reload()} />}
          {!n.liaisons.loading && !n.liaisons.error && n.active.length === 0 && <Notice tone='warning'>本社区名册中没有在册的民情专员。</Notice>}
          {n.preselectedMissing && <Notice tone='warning'>链接中的专员不在本社区的在册名单中，请重新选择。</Notice>}
          <ChoiceChips
            idPrefix='reward-liaison'
            choices={n.active.map((l) => ({ key: l.userId, label: l.name, note: dutiesText(l.duties) }))}
            value={form.liaisonUserId}
            onChange={(liaisonUserId) => n.change({ liaisonUserId })}
          />
        </Field>

        <Field label='奖励依据' required error={n.fieldError('basis')}>
          <ChoiceChips
            idPrefix='reward-basis'
            choices={REWARD_BASES.map((b) => ({ key: b, label: REWARD_BASIS_LABELS[b], note: BASIS_NOTES[b] }))}
            value={form.basis}
            onChange={(b) => b && n.chooseBasis(b)}
          />
        </Field>

        {form.basis === 'caseByCase' ? (
          <Field label='针对的诉求' required error={n.fieldError('appealIds')} hint='本社区近期已办结的诉求，可多选（最多20件）'>
            {n.appeals.loading && <Loading />}
            {n.appeals.error && <ErrorBox error={n.appeals.error} onRetry={() => void n.appeals.reload()} />}
            {!n.appeals.loading && !n.appeals.error && n.closed.length === 0 && <Notice tone='info'>近期没有已办结的诉求。</Notice>}
            <View id='reward-appeals' className='reward-new__appeals'>
              {n.shownAppeals.map((a) => {
                const on = form.appealIds.includes(a.id);
                return (
                  <View
                    key={a.id}
                    id={`reward-appeal-${a.id}`}
                    className={`reward-new__appeal ${on ? 'reward-new__appeal--on' : ''}`}
                    data-id={String(a.id)}
                    data-selected={on ? 'true' : 'false'}
                    onClick={() => n.toggleAppeal(a.id)}
                  >
                    <Text className='reward-new__check'>{on ? '✓' : ''}</Text>
                    <View className='reward-new__appeal-body'>
                      <Text className='reward-new__appeal-summary'>{a.summary}</Text>
                      <Text className='muted'>
                        {a.code} · {formatShanghaiDateTime(new Date(a.receivedAt))}
                        {a.channel === 'liaison' ? ' · 专员上报' : ''}
                      </Text>
                    </View>
                  </View>
                );
              })}
            </View>
            {n.moreAppeals > 0 && (
              <Text id='reward-appeals-more' className='reward-new__more' onClick={n.showAllAppeals}>
                显示更多（还有 {n.moreAppeals} 件）
              </Text>
            )}
            {form.appealIds.length > 0 && <Text className='reward-new__chosen'>已选 {form.appealIds.length} 件</Text>}
          </Field>
        ) : (
          <TextField
            id='reward-period'
            label='考评期'
            required
            value={form.periodLabel}
            onChange={(periodLabel) => n.change({ periodLabel })}
            error={n.fieldError('periodLabel')}
            hint='默认为本季度，可修改，如 2026年上半年'
            maxlength={50}
          />
        )}

        <TextField
          id='reward-text'
          label='奖励内容'
          required
          value={form.reward}
          onChange={(reward) => n.change({ reward })}
          error={n.fieldError('reward')}
          placeholder='如：荣誉证书、慰问品'
          maxlength={200}
        />
        <TextField
          id='reward-amount'
          label='金额（元）'
          type='number'
          value={form.amount}
          onChange={(amount) => n.change({ amount })}
          error={n.fieldError('amount')}
          hint='选填，整数元（不超过10万元）'
          maxlength={6}
        />
        <TextField
          id='reward-reason'
          label='申请理由'
          required
          multiline
          value={form.reason}
          onChange={(reason) => n.change({ reason })}
          error={n.fieldError('reason')}
          placeholder='专员做了什么、效果如何'
        />
        {n.message && <Notice tone='error'>{n.message}</Notice>}
        <BigButton id='reward-create' loading={n.busy} onClick={() => void n.submit()}>
          保存为草稿
        </BigButton>
      </View>

      <BigButton id='reward-new-list' kind='plain' onClick={() => openPage(routes.rewards())}>
        查看全部奖励申请
      </BigButton>
    </Screen>
  );
}
