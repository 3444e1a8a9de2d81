import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { PERMISSIONS, ROLE_LABELS } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Screen } from '@/components/Screen';
import { Empty, ErrorBox, Loading } from '@/components/States';
import { useLockedAccounts } from '@/hooks/staff/useLockedAccounts';
import { useRoleSession } from '@/hooks/useRoleSession';
import './index.scss';

/**
 * 账号解锁: the staff accounts locked after too many wrong passwords that she may unlock (the
 * secretary her community's staff, the street admin anyone). The locked-account notice opens here,
 * with the account it is about first.
 */
export default function LockedAccounts() {
  const session = useRoleSession(PERMISSIONS['user.unlock']);
  const { locked, unlocking, error, unlock } = useLockedAccounts(!!session);
  const named = Number(useRouter().params.id);
  if (!session || (locked.loading && !locked.data))
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  const accounts = [...(locked.data ?? [])].sort((a, b) => Number(b.id === named) - Number(a.id === named));

  return (
    <Screen className='locked-accounts'>
      <Text className='title'>被锁定的账号</Text>
      <Text className='muted'>连续输错密码的账号会被锁定。请先与本人确认，解锁后即可用原密码重新登录。</Text>
      <View className='spacer' />
      {locked.error && <ErrorBox error={locked.error} onRetry={() => void locked.reload()} />}
      {error && <ErrorBox error={error} />}
      {!locked.error && accounts.length === 0 && <Empty text='没有被锁定的账号' />}
      {accounts.map((account) => (
        <Card key={account.id} className={account.id === named ? 'locked-accounts__named' : ''}>
          <View id={`locked-account-${account.id}`} className='locked-accounts__row'>
            <View className='locked-accounts__who'>
              <Text className='locked-accounts__name'>{account.displayName}</Text>
              <Text className='muted'>
                {[account.title || ROLE_LABELS[account.role], account.username && `账号 ${account.username}`].filter(Boolean).join(' · ')}
              </Text>
            </View>
            <BigButton
              id={`unlock-${account.id}`}
              kind='secondary'
              loading={unlocking === account.id}
              disabled={unlocking !== null}
              onClick={() => void unlock(account)}
            >
              解锁
            </BigButton>
          </View>
        </Card>
      ))}
    </Screen>
  );
}
