import { Text, View } from '@tarojs/components';
import { ROLE_LABELS, STAFF_ROLES, isCommunityStaff } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Screen } from '@/components/Screen';
import { Empty, ErrorBox, Loading, Notice } from '@/components/States';
import { LoadMore } from '@/components/LoadMore';
import { WechatAlertsBar } from '@/components/WechatAlertsBar';
import { QueueRow } from '@/components/staff/QueueRow';
import { WaitingForMe } from '@/components/staff/WaitingForMe';
import { openPage } from '@/utils/navigation';
import { useQueue } from '@/hooks/staff/useQueue';
import { useRoleSession } from '@/hooks/useRoleSession';
import { routes } from '@/routes';
import { intakeChannels } from '@/utils/staff/intake';
import { countLabel } from '@/utils/paging';
import { QUEUE_FILTERS, QUEUE_PAGE_SIZE, isSecretary, showsCommunity, type QueueFilter } from '@/utils/staff/queue';
import './index.scss';

const EMPTY_TEXT: Record<QueueFilter, string> = {
  all: '没有待办诉求',
  overdue: '没有超时的诉求',
  supervised: '没有督办的诉求',
};

/** The community's open appeals, the most urgent first, coloured by deadline, with supervision flags; it refreshes itself. */
export default function StaffQueue() {
  const session = useRoleSession(STAFF_ROLES);
  const q = useQueue(!!session);
  if (!session)
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  const role = session.user.role;
  const secretary = isSecretary(role);
  const c = q.counts;
  // A community's own staff: name the community (a grid secretary's rows name theirs).
  const community = showsCommunity(role) ? null : (q.rows[0]?.communityName ?? null);

  return (
    <Screen className='queue'>
      <View className='queue__head'>
        <View className='queue__who'>
          <Text className='queue__title'>诉求办理</Text>
          <Text className='muted'>
            {community ? `${community} · ` : ''}
            {session.user.displayName} · {ROLE_LABELS[role]}
          </Text>
        </View>
        <View className='queue__links'>
          <Text id='open-inbox' className='queue__inbox' onClick={() => openPage(routes.inbox())}>
            消息通知
          </Text>
          {secretary && (
            <Text id='open-measures' className='queue__inbox' onClick={() => openPage(routes.measures())}>
              指标
            </Text>
          )}
          <Text id='open-account' className='queue__account' onClick={() => openPage(routes.login())}>
            账号
          </Text>
        </View>
      </View>

      <WechatAlertsBar session={session} />

      {role === 'communitySecretary' && <WaitingForMe onFilter={q.setFilter} />}

      {secretary && c && (c.supervised > 0 || c.awaitingReview > 0) && (
        <View id='supervision-banner' className='queue__banner' onClick={() => q.setFilter('supervised')}>
          <Text className='queue__banner-main'>督办 {countLabel(c.supervised, c.supervisedIsLowerBound)} 件</Text>
          {c.awaitingReview > 0 && <Text className='queue__banner-side'>待书记复核 {countLabel(c.awaitingReview, c.partial)} 件</Text>}
          <Text className='queue__banner-go'>查看 ›</Text>
        </View>
      )}

      {c && (
        <View className='queue__counts'>
          <View className='queue__count'>
            <Text className='queue__count-n'>{countLabel(c.total, c.totalIsLowerBound)}</Text>
            <Text className='queue__count-label'>待办</Text>
          </View>
          <View className='queue__count queue__count--overdue'>
            <Text className='queue__count-n'>{countLabel(c.overdue, c.overdueIsLowerBound)}</Text>
            <Text className='queue__count-label'>已超时</Text>
          </View>
          <View className='queue__count queue__count--warning'>
            <Text className='queue__count-n'>{countLabel(c.warning, c.partial)}</Text>
            <Text className='queue__count-label'>即将到期</Text>
          </View>
          <View className='queue__count'>
            <Text className='queue__count-n'>{countLabel(c.unassigned, c.partial)}</Text>
            <Text className='queue__count-label'>未指派</Text>
          </View>
        </View>
      )}

      <View className='queue__actions'>
        {intakeChannels(role).length > 0 && (
          <BigButton id='intake-new' className='queue__intake' onClick={() => openPage(routes.staffIntake())}>
            ＋ 代居民登记诉求
          </BigButton>
        )}
        <BigButton id='open-powers' kind='plain' onClick={() => openPage(routes.powersHub())}>
          六项权力：吹哨、项目、考评、专员、奖励
        </BigButton>
        {isCommunityStaff(role) && (
          <BigButton id='open-posters' kind='plain' onClick={() => openPage(routes.staffPosters())}>
            楼栋海报：打开、打印
          </BigButton>
        )}
      </View>

      <View className='queue__filters'>
        {QUEUE_FILTERS.map((f) => (
          <Text
            key={f.key}
            id={`filter-${f.key}`}
            className={`queue__filter ${q.filter === f.key ? 'queue__filter--on' : ''} ${f.key === 'supervised' && secretary ? 'queue__filter--strong' : ''}`}
            onClick={() => q.setFilter(f.key)}
          >
            {f.label}
            {c && f.key === 'overdue' ? ` ${countLabel(c.overdue, c.overdueIsLowerBound)}` : ''}
            {c && f.key === 'supervised' ? ` ${countLabel(c.supervised, c.supervisedIsLowerBound)}` : ''}
          </Text>
        ))}
        <Text id='queue-refresh' className='queue__refresh' onClick={() => void q.reload()}>
          {q.refreshing ? '刷新中…' : '刷新'}
        </Text>
      </View>

      {q.error && <ErrorBox error={q.error} onRetry={() => void q.reload()} />}
      {q.loading && <Loading />}
      {!q.loading && !q.error && q.rows.length === 0 && <Empty text={EMPTY_TEXT[q.filter]} />}
      {q.filteredHere && <Notice tone='info'>{`仅显示前${QUEUE_PAGE_SIZE}件待办中的督办诉求`}</Notice>}

      <View className='queue__list'>
        {q.rows.map((a) => (
          <QueueRow
            key={a.id}
            appeal={a}
            now={q.now}
            showCommunity={showsCommunity(role)}
            arrived={q.arrived.has(a.id)}
            onOpen={(id) => openPage(routes.staffAppeal(id))}
          />
        ))}
      </View>

      {q.hasMore && (
        <LoadMore
          id='queue-more'
          loading={q.loadingMore}
          error={q.moreError}
          onLoad={() => void q.loadMore()}
          label={`加载更多（已显示 ${q.rows.length} / ${countLabel(q.total, q.totalIsLowerBound)}）`}
        />
      )}
      {!q.hasMore && q.rows.length > 0 && <Text className='muted queue__end'>共 {q.rows.length} 件 · 下拉可刷新</Text>}
    </Screen>
  );
}
