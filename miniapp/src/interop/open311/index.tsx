import { Text, View } from '@tarojs/components';
import { formatShanghaiDateTime, PERMISSIONS, type Open311ClientInfo } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Chips } from '@/components/Chips';
import { DepartmentChooser } from '@/components/DepartmentChooser';
import { Field } from '@/components/Field';
import { Screen } from '@/components/Screen';
import { Empty, ErrorBox, Loading, Notice } from '@/components/States';
import { Tag } from '@/components/Tags';
import { TextField } from '@/components/staff/TextField';
import { useOpen311Clients } from '@/hooks/interop/useOpen311Clients';
import { useRoleSession } from '@/hooks/useRoleSession';
import { communitiesText } from '@/utils/interop/open311';
import './index.scss';

const time = (iso: string) => formatShanghaiDateTime(new Date(iso));

const ACCESS = [
  { key: 'read', label: '只读', note: '查询诉求和办理状态' },
  { key: 'write', label: '可提交', note: '也可提交新诉求' },
] as const;

/**
 * 开放接口 (Open311 GeoReport v2, docs/integration.md): the street admin issues a key per system that
 * reads the street's appeals (masked) and, if allowed, files new ones; the key is shown once; she revokes.
 */
export default function Open311Clients() {
  const session = useRoleSession(PERMISSIONS['open311.manage']);
  const o = useOpen311Clients(session);
  if (!session)
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  const names = new Map((o.communities.data ?? []).map((c) => [c.id, c.name]));
  const issueMessage = o.issuing.message(['name', 'communityIds', 'canWrite']);

  const row = (client: Open311ClientInfo) => (
    <View key={client.id} className={`open311-client ${client.revokedAt ? 'open311-client--revoked' : ''}`} data-id={String(client.id)}>
      <View className='open311-client__head'>
        <Text className='open311-client__name'>{client.name}</Text>
        {client.revokedAt ? <Tag>已撤销</Tag> : <Tag tone={client.canWrite ? 'warning' : 'ok'}>{client.canWrite ? '可提交' : '只读'}</Tag>}
      </View>
      <Text className='muted'>
        密钥 {client.keyPrefix}… · {communitiesText(client.communityIds, names)}
      </Text>
      <Text className='muted'>
        {client.createdBy.name} 签发于 {time(client.createdAt)} · {client.lastUsedAt ? `最近使用 ${time(client.lastUsedAt)}` : '尚未使用'}
        {client.revokedAt ? ` · 撤销于 ${time(client.revokedAt)}` : ''}
      </Text>
      {!client.revokedAt && (
        <BigButton
          id={`open311-revoke-${client.id}`}
          kind={o.revoking === client.id ? 'danger' : 'secondary'}
          loading={o.revoker.busy && o.revoking === client.id}
          onClick={() => void o.revoke(client.id)}
        >
          {o.revoking === client.id ? '确认撤销（立即失效）' : '撤销密钥'}
        </BigButton>
      )}
    </View>
  );

  return (
    <Screen className='open311'>
      <Text className='title'>开放接口</Text>
      <Text className='muted'>
        市级平台、随手拍类应用等按 Open311 GeoReport v2 标准读取本街道的诉求（已隐去个人信息），获准的还可提交新诉求。每个使用方一把密钥，只在签发时显示一次。
      </Text>

      <Card title='签发密钥'>
        <TextField
          id='open311-name'
          label='使用方'
          required
          value={o.draft.name}
          onChange={(name) => o.set({ name })}
          error={o.issuing.fieldError('name')}
          placeholder='如 市城市管理平台'
          maxlength={100}
        />
        <Field label='可读取的社区' required error={o.issuing.fieldError('communityIds')}>
          {o.communities.error && <ErrorBox error={o.communities.error} onRetry={() => void o.communities.reload()} />}
          <DepartmentChooser
            idPrefix='open311-community'
            groups={[{ kind: 'communities', label: '本街道社区', departments: o.communities.data ?? [] }]}
            selected={o.draft.communityIds}
            onToggle={o.toggleCommunity}
          />
        </Field>
        <Field label='权限'>
          <Chips
            idPrefix='open311-access'
            choices={ACCESS}
            value={o.draft.canWrite ? 'write' : 'read'}
            itemClassName='staff-choice__item'
            onChange={(key) => o.set({ canWrite: key === 'write' })}
          />
        </Field>
        {issueMessage && <Notice tone='error'>{issueMessage}</Notice>}
        <BigButton id='open311-issue' loading={o.issuing.busy} onClick={() => void o.issue()}>
          签发密钥
        </BigButton>
        {o.issued && (
          <View id='open311-issued' className='open311__issued'>
            <Text>「{o.issued.name}」的密钥（只显示这一次，请立即复制交给对方）：</Text>
            <Text id='open311-key' className='open311__key' userSelect>
              {o.issued.key}
            </Text>
          </View>
        )}
      </Card>

      <Card title='已签发的密钥'>
        {o.clients.loading && !o.clients.data && <Loading />}
        {o.clients.error && <ErrorBox error={o.clients.error} onRetry={() => void o.clients.reload()} />}
        {o.revoker.error && <Notice tone='error'>{o.revoker.error.message}</Notice>}
        {o.clients.data?.length === 0 && <Empty text='尚未签发密钥' />}
        <View id='open311-clients' className='open311__clients'>
          {o.clients.data?.map(row)}
        </View>
      </Card>
    </Screen>
  );
}
