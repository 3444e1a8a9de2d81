import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { DISPATCH_ROLE_LABELS, PERMISSIONS, formatShanghaiDateTime } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Screen } from '@/components/Screen';
import { Countdown } from '@/components/Countdown';
import { Empty, ErrorBox, Loading, Notice } from '@/components/States';
import { StatusTag, Tag, TierTag } from '@/components/Tags';
import { WhistleRow } from '@/components/powers/WhistleRow';
import { useCoordination } from '@/hooks/powers/useCoordination';
import { useNow } from '@/hooks/useNow';
import { useRoleSession } from '@/hooks/useRoleSession';
import { routes } from '@/routes';
import { appealUrlFor, describeCoordination, sortAssignments } from '@/utils/powers/coordination';
import { memberRole, sortMembers } from '@/utils/powers/task-force';
import { openPage } from '@/utils/navigation';
import './index.scss';

/** 统筹协调: everything working on one appeal together — whistles, dispatched departments, the task force. */
export default function PowersCoordination() {
  const appealId = Number(useRouter().params.appealId);
  const session = useRoleSession(PERMISSIONS['coordination.read']);
  const c = useCoordination(appealId, session);
  const now = useNow();

  if (!appealId)
    return (
      <Screen>
        <Notice tone='error'>缺少诉求编号，请从诉求页面进入。</Notice>
      </Screen>
    );
  if (!session || c.loading)
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  if (c.error)
    return (
      <Screen>
        <ErrorBox error={c.error} onRetry={() => void c.reload()} />
      </Screen>
    );
  const data = c.data;
  if (!data)
    return (
      <Screen>
        <Loading />
      </Screen>
    );

  const appealUrl = appealUrlFor(session.user.role, appealId);
  const appeal = c.appeal;
  const tf = data.taskForce;

  return (
    <Screen className='coordination'>
      <Text className='title'>统筹协调</Text>
      <Card className='coordination__appeal'>
        {appeal ? (
          <View>
            <View className='row coordination__tags'>
              <TierTag tier={appeal.tier} />
              <StatusTag status={appeal.status} />
              {appeal.supervised && <Tag tone='danger'>督办</Tag>}
            </View>
            <Text className='coordination__summary'>{appeal.summary}</Text>
            <Text className='muted'>
              {appeal.code} · {appeal.communityName}
            </Text>
            <View className='spacer' />
            <Countdown appeal={appeal} />
          </View>
        ) : (
          <Text className='coordination__summary'>诉求 #{appealId}</Text>
        )}
        <Text id='coordination-summary' className='coordination__line'>
          {describeCoordination(data)}
        </Text>
        {appeal && (
          <Text id='coordination-open-appeal' className='coordination__link' onClick={() => openPage(appealUrl)}>
            查看诉求详情 ›
          </Text>
        )}
      </Card>

      <View className='coordination__actions'>
        {c.canWhistle && (
          <BigButton id='coordination-whistle' onClick={() => openPage(routes.whistleNew({ appealId }))}>
            ＋ 就此诉求吹哨
          </BigButton>
        )}
        {c.canFormTaskForce && (
          <BigButton id='coordination-form-task-force' kind='secondary' onClick={() => openPage(routes.taskForce(appealId))}>
            成立专班
          </BigButton>
        )}
      </View>

      <Card title={`吹哨（${data.whistles.length}）`} className='coordination__section'>
        {data.whistles.length === 0 && <Empty text='此诉求尚未吹哨' />}
        {data.whistles.map((w) => (
          <WhistleRow key={w.id} whistle={w} now={now} departmentId={session.user.departmentId} onOpen={(id) => openPage(routes.whistle(id))} />
        ))}
      </Card>

      <Card title={`派单承办（${data.dispatchAssignments.length}）`} className='coordination__section'>
        {data.dispatchAssignments.length === 0 && <Text className='muted'>此诉求未上报街道派单</Text>}
        {sortAssignments(data.dispatchAssignments).map((a) => (
          <View
            key={`${a.departmentId}-${a.role}`}
            className='coordination__assignment dispatch-assignment'
            data-department={String(a.departmentId)}
            data-done={a.completedAt ? 'true' : 'false'}
            onClick={() => openPage(appealUrl)}
          >
            <Tag tone={a.role === 'lead' ? 'danger' : 'plain'}>{DISPATCH_ROLE_LABELS[a.role]}</Tag>
            <Text className='coordination__dept'>{a.departmentName}</Text>
            <Text className={a.completedAt ? 'coordination__done' : 'coordination__doing'}>
              {a.completedAt ? `已完成 ${formatShanghaiDateTime(new Date(a.completedAt))}` : '办理中'}
            </Text>
          </View>
        ))}
      </Card>

      <Card title='专班' className='coordination__section'>
        {!tf && <Text className='muted'>此诉求未成立专班{c.canFormTaskForce ? '；重大疑难事项可由街道成立专班。' : ''}</Text>}
        {tf && (
          <View id='coordination-task-force' className='coordination__taskforce' onClick={() => openPage(routes.taskForce(appealId))}>
            <Text className='coordination__tf-name'>{tf.name}</Text>
            <Text className='muted'>
              {formatShanghaiDateTime(new Date(tf.formedAt))} 成立 · 进展{tf.notes.length}条
            </Text>
            <View className='coordination__members'>
              {sortMembers(tf.members).map((m, i) => (
                <Text key={`${m.name}-${i}`} className={`coordination__member ${m.lead ? 'coordination__member--lead' : ''}`}>
                  {m.lead ? `${m.name}（${memberRole(m)}）` : m.name}
                </Text>
              ))}
            </View>
            <Text className='coordination__link'>查看专班 ›</Text>
          </View>
        )}
      </Card>
    </Screen>
  );
}
