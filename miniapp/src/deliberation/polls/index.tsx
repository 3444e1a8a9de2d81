import { Text, View } from '@tarojs/components';
import { ROLE_LABELS } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Chips } from '@/components/Chips';
import { LoadMore } from '@/components/LoadMore';
import { Screen } from '@/components/Screen';
import { Empty, ErrorBox, Loading } from '@/components/States';
import { PollRow } from '@/components/polls/PollRow';
import { POLL_FILTERS, useStaffPolls } from '@/hooks/polls/useStaffPolls';
import { useNow } from '@/hooks/useNow';
import { useRoleSession } from '@/hooks/useRoleSession';
import { routes } from '@/routes';
import { POLL_STAFF_ROLES } from '@/utils/polls/roles';
import { openPage } from '@/utils/navigation';
import '@/components/polls/polls.scss';

/**
 * 征求意见 (居民议事厅): the community's polls — running ones with their live turnout and closing
 * countdown, those to come, closed ones waiting for the adopted plan, the done; ＋ 发起征求意见.
 * The grid and the street read theirs.
 */
export default function DeliberationPolls() {
  const session = useRoleSession(POLL_STAFF_ROLES);
  const now = useNow();
  const p = useStaffPolls(session);
  if (!session)
    return (
      <Screen>
        <Loading />
      </Screen>
    );

  return (
    <Screen className='poll-page'>
      <Text className='title'>征求意见</Text>
      <Text className='muted'>
        {ROLE_LABELS[session.user.role]} · {session.user.displayName}
      </Text>
      <Text className='poll-head__description'>
        就社区的方案征求居民意见（如停车管理方案）：居民在“社区议事厅”匿名投票，每户一票或每人一票；截止后公布结果，社区记录采纳方案。
      </Text>
      {p.canCreate && (
        <BigButton id='polls-new' onClick={() => openPage(routes.pollEdit())}>
          ＋ 发起征求意见
        </BigButton>
      )}
      <View className='spacer' />
      <Chips idPrefix='polls-filter' choices={POLL_FILTERS} value={p.filter} onChange={p.setFilter} />
      {p.loading && <Loading />}
      {p.error && <ErrorBox error={p.error} onRetry={() => void p.reload()} />}
      {!p.loading && !p.error && p.rows.length === 0 && <Empty text='还没有征求意见' />}
      {p.groups.map((g) => (
        <View key={g.key} id={`polls-group-${g.key}`}>
          <Text className='poll-group__title'>{`${g.title}（${g.rows.length}）`}</Text>
          {g.rows.map((poll) => (
            <PollRow
              key={poll.id}
              poll={poll}
              now={now}
              eligible={p.eligible.get(poll.id)}
              showCommunity={p.showCommunity}
              onOpen={(id) => openPage(routes.pollManage(id))}
            />
          ))}
        </View>
      ))}
      {p.hasMore && <LoadMore id='polls-more' loading={p.loadingMore} error={p.moreError} onLoad={() => void p.loadMore()} label='加载更早的征求意见' />}
    </Screen>
  );
}
