import { Switch, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { PERMISSIONS, hasPermission } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Screen } from '@/components/Screen';
import { ErrorBox, Loading, Notice } from '@/components/States';
import { Tag } from '@/components/Tags';
import { LiaisonCounts } from '@/components/powers/LiaisonCounts';
import { LiaisonDutyChecks } from '@/components/powers/LiaisonDutyChecks';
import { DateField } from '@/components/DateField';
import { FormCard } from '@/components/powers/FormCard';
import { InfoRows } from '@/components/staff/InfoRows';
import { TextField } from '@/components/staff/TextField';
import { useLiaisonRecord } from '@/hooks/powers/useLiaisonRecord';
import { useRoleSession } from '@/hooks/useRoleSession';
import { routes } from '@/routes';
import { dutiesText, hoursText } from '@/utils/powers/liaison';
import { formatDay } from '@/utils/dates';
import { openPage } from '@/utils/navigation';
import './index.scss';

/** One liaison's record (`?userId=`): duties, on the registry or not, what she did, her trainings, a reward for her. */
export default function PowersLiaison() {
  const { params } = useRouter();
  const userId = Number(params.userId);
  const session = useRoleSession(PERMISSIONS['liaison.registry']);
  const rec = useLiaisonRecord(userId, !!session);

  if (!userId)
    return (
      <Screen>
        <Notice tone='error'>缺少专员编号，请从民情专员名册进入。</Notice>
      </Screen>
    );
  if (!session)
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  if (rec.query.error && !rec.info)
    return (
      <Screen>
        <ErrorBox error={rec.query.error} onRetry={() => void rec.query.reload()} />
      </Screen>
    );
  const info = rec.info;
  if (!info)
    return (
      <Screen>
        <Loading />
      </Screen>
    );

  const role = session.user.role;
  const canManage = hasPermission(role, 'liaison.manage');
  const canReward = hasPermission(role, 'reward.propose') && info.active;
  const t = rec.training;
  const trainingHours = info.trainings.reduce((n, x) => n + x.hours, 0);

  return (
    <Screen className='registry liaison-record'>
      <View className='liaison-record__head'>
        <Text className='title liaison-record__name'>{info.name}</Text>
        {info.active ? <Tag tone='ok'>在册</Tag> : <Tag>已停用</Tag>}
      </View>
      <Text className='muted'>民情专员 · {formatDay(info.joinedAt)} 加入</Text>
      <View className='spacer' />

      <Card title='工作统计'>
        <LiaisonCounts counts={info.counts} />
      </Card>

      <Card title='基本信息'>
        <InfoRows
          rows={[
            { label: '手机号码', value: info.phone ?? '未登记' },
            { label: '职责', value: dutiesText(info.duties), hidden: canManage },
          ]}
        />
      </Card>

      {canManage && (
        <View id='liaison-manage' className='card'>
          <Text className='card__title liaison-record__section'>职责与在册状态</Text>
          <LiaisonDutyChecks idPrefix='duty' value={rec.duties} onChange={rec.setDuties} disabled={rec.updating !== null} />
          {rec.dutiesChanged && (
            <BigButton id='duties-save' loading={rec.updating === 'duties'} onClick={() => void rec.saveDuties()}>
              保存职责
            </BigButton>
          )}
          <View className='liaison-record__active'>
            <View className='liaison-record__active-text'>
              <Text className='liaison-record__active-label'>在册</Text>
              <Text className='muted'>{info.active ? '停用后移出名册，账号同时关闭' : '已停用；恢复后重新在册，账号重新开通'}</Text>
            </View>
            <Switch
              id='liaison-active'
              checked={info.active}
              color='#b3261e'
              disabled={rec.updating !== null}
              onChange={(e) => void rec.setActive(e.detail.value)}
            />
          </View>
          {rec.updateMessage && <Notice tone='error'>{rec.updateMessage}</Notice>}
        </View>
      )}

      <View id='liaison-trainings' className='card'>
        <View className='card__head'>
          <Text className='card__title'>培训记录</Text>
          {info.trainings.length > 0 && (
            <Text className='muted'>
              {info.trainings.length} 次 · 共 {hoursText(trainingHours)}
            </Text>
          )}
        </View>
        {info.trainings.length === 0 && <Text className='muted'>暂无培训记录</Text>}
        {[...info.trainings]
          .sort((a, b) => b.date.localeCompare(a.date))
          .map((x) => (
            <View key={x.id} className='liaison-training' data-id={String(x.id)}>
              <Text className='liaison-training__title'>{x.title}</Text>
              <Text className='muted'>
                {formatDay(x.date)} · {hoursText(x.hours)}
              </Text>
            </View>
          ))}
        {canManage && !t.open && (
          <BigButton id='training-add' kind='secondary' onClick={t.show}>
            ＋ 添加培训记录
          </BigButton>
        )}
      </View>

      {canManage && t.open && (
        <FormCard
          id='training'
          title='添加培训记录'
          message={t.message}
          submitLabel='保存培训记录'
          submitId='training-save'
          busy={t.busy}
          onSubmit={() => void t.submit()}
          onCancel={t.close}
        >
          <TextField
            id='training-title'
            label='培训内容'
            required
            value={t.values.title}
            onChange={(title) => t.change({ title })}
            error={t.fieldError('title')}
            placeholder='如：矛盾纠纷调解技巧'
            maxlength={100}
          />
          <DateField
            id='training-date'
            label='培训日期'
            required
            value={t.values.date}
            max={rec.today}
            onChange={(date) => t.change({ date })}
            error={t.fieldError('date')}
          />
          <TextField
            id='training-hours'
            label='学时'
            required
            type='digit'
            value={t.values.hours}
            onChange={(hours) => t.change({ hours })}
            error={t.fieldError('hours')}
            hint='0.5–24小时，以半小时计'
            maxlength={4}
          />
        </FormCard>
      )}

      {canReward && (
        <BigButton id='liaison-propose-reward' onClick={() => openPage(routes.rewardNew({ liaisonUserId: info.userId }))}>
          为该专员申请奖励
        </BigButton>
      )}
    </Screen>
  );
}
