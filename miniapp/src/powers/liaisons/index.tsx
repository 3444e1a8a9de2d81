import { Picker, Text, View } from '@tarojs/components';
import { PERMISSIONS, hasPermission } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Field } from '@/components/Field';
import { Screen } from '@/components/Screen';
import { Empty, ErrorBox, Loading } from '@/components/States';
import { FormCard } from '@/components/powers/FormCard';
import { LiaisonDutyChecks } from '@/components/powers/LiaisonDutyChecks';
import { LiaisonItem } from '@/components/powers/LiaisonItem';
import { TextField } from '@/components/staff/TextField';
import { useLiaisonRegistry } from '@/hooks/powers/useLiaisonRegistry';
import { useRoleSession } from '@/hooks/useRoleSession';
import { routes } from '@/routes';
import { openPage } from '@/utils/navigation';
import './index.scss';

/**
 * 民情专员名册: the community's liaisons, their duties and what they did (reports, proactive
 * reports, visits, participations), active first; community staff register new ones.
 */
export default function PowersLiaisons() {
  const session = useRoleSession(PERMISSIONS['liaison.registry']);
  const reg = useLiaisonRegistry(session?.user.role ?? null);
  if (!session)
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  const role = session.user.role;
  const canManage = hasPermission(role, 'liaison.manage');
  const canReward = hasPermission(role, 'reward.propose');
  const { form } = reg;
  const communities = reg.communities.data ?? [];
  const communityIndex = communities.findIndex((c) => c.id === reg.communityId);

  return (
    <Screen className='registry'>
      <Text className='title'>民情专员名册</Text>
      <Text className='muted'>上报、主动发现、回访和参与办理次数由系统自动统计。</Text>
      <View className='spacer' />

      {reg.many && (
        <Field label='社区'>
          <Picker
            mode='selector'
            range={['全部社区', ...communities.map((c) => c.name)]}
            value={communityIndex + 1}
            onChange={(e) => {
              const i = Number(e.detail.value);
              reg.chooseCommunity(i === 0 ? null : (communities[i - 1]?.id ?? null));
            }}
          >
            <View id='liaisons-community' className='picker'>
              <Text>{communityIndex >= 0 ? communities[communityIndex].name : '全部社区'}</Text>
            </View>
          </Picker>
        </Field>
      )}

      {canManage && !form.open && (
        <BigButton id='liaison-register' kind='secondary' onClick={form.show}>
          ＋ 登记新的民情专员
        </BigButton>
      )}
      {canManage && form.open && (
        <FormCard
          id='liaison'
          title='登记民情专员'
          message={form.message}
          submitLabel='登记'
          submitId='liaison-save'
          busy={form.busy}
          onSubmit={() => void form.submit()}
          onCancel={form.close}
        >
          <TextField
            id='liaison-name'
            label='姓名'
            required
            value={form.values.name}
            onChange={(name) => form.change({ name })}
            error={form.fieldError('name')}
            maxlength={50}
          />
          <TextField
            id='liaison-phone'
            label='手机号码'
            type='number'
            value={form.values.phone}
            onChange={(phone) => form.change({ phone })}
            error={form.fieldError('phone')}
            hint='选填；加密保存，仅本社区工作人员可见'
            maxlength={13}
          />
          <Field label='职责' required error={form.fieldError('duties')} hint='可多选'>
            <LiaisonDutyChecks idPrefix='liaison-duty' value={form.values.duties} onChange={form.setDuties} />
          </Field>
          <TextField
            id='liaison-username'
            label='登录用户名'
            value={form.values.username}
            onChange={(username) => form.change({ username })}
            error={form.fieldError('username')}
            hint='选填；用于浏览器版的开发登录。微信中专员首次登录时绑定账号。'
            placeholder='如 liaison-zhang'
            maxlength={50}
          />
        </FormCard>
      )}

      {reg.list.loading && reg.rows.length === 0 && <Loading />}
      {reg.list.error && <ErrorBox error={reg.list.error} onRetry={() => void reg.list.reload()} />}
      {!reg.list.loading && !reg.list.error && reg.rows.length === 0 && <Empty text='名册中还没有民情专员' />}
      {reg.rows.length > 0 && (
        <Text className='muted registry__count'>
          在册 {reg.activeCount} 人{reg.rows.length > reg.activeCount ? ` · 已停用 ${reg.rows.length - reg.activeCount} 人` : ''}
        </Text>
      )}
      {reg.rows.map((l) => (
        <LiaisonItem
          key={l.userId}
          liaison={l}
          communityName={reg.many ? reg.communityName(l.communityId) : undefined}
          onOpen={(id) => openPage(routes.liaison(id))}
        />
      ))}

      {canReward && reg.rows.length > 0 && (
        <BigButton id='liaisons-rewards' kind='plain' onClick={() => openPage(routes.rewards())}>
          专员奖励申请
        </BigButton>
      )}
    </Screen>
  );
}
