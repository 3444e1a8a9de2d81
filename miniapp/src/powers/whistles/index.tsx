import { Text, View } from '@tarojs/components';
import { isCommunityStaff, PERMISSIONS, ROLE_LABELS } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Screen } from '@/components/Screen';
import { Empty, ErrorBox, Loading } from '@/components/States';
import { LoadMore } from '@/components/LoadMore';
import { FilterBar } from '@/components/powers/FilterBar';
import { WhistleRow } from '@/components/powers/WhistleRow';
import { useWhistles, WHISTLE_FILTERS, type WhistleFilter } from '@/hooks/powers/useWhistles';
import { useNow } from '@/hooks/useNow';
import { useRoleSession } from '@/hooks/useRoleSession';
import { routes } from '@/routes';
import { openPage } from '@/utils/navigation';
import { myTarget } from '@/utils/powers/whistles';
import './index.scss';

const EMPTY: Record<WhistleFilter, string> = { open: '没有进行中的吹哨', closed: '没有已结束的吹哨', all: '还没有吹哨记录' };

/**
 * 吹哨报到: a community's whistles (newest first, each department's status), or a department's
 * (those waiting for it to report in first, with the countdown), or every whistle in the caller's scope.
 */
export default function PowersWhistles() {
  const session = useRoleSession(PERMISSIONS['whistle.read']);
  const w = useWhistles(session);
  const now = useNow();
  if (!session)
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  const role = session.user.role;
  const community = isCommunityStaff(role);
  const waiting = w.forDepartment ? w.rows.filter((r) => r.status === 'open' && myTarget(r, w.departmentId)?.status === 'whistled').length : 0;

  return (
    <Screen className='whistles'>
      <Text className='title'>吹哨报到</Text>
      <Text className='muted'>
        {ROLE_LABELS[role]} · {session.user.displayName}
      </Text>
      <Text className='whistles__intro'>
        {w.forDepartment
          ? '社区向本单位吹哨后，请在报到时限内报到，办理后报告办结。'
          : community
            ? '街乡吹哨、部门报到：社区遇到自身解决不了的问题，可向街道科室或党建协调委员会成员单位吹哨。'
            : '各社区的吹哨及科室报到情况。'}
      </Text>

      {w.canWhistle && (
        <BigButton id='whistle-new' onClick={() => openPage(routes.whistleNew())}>
          ＋ 吹哨
        </BigButton>
      )}
      {w.forDepartment && waiting > 0 && (
        <View id='whistles-waiting' className='whistles__banner'>
          <Text>{`${waiting}个吹哨待本单位报到`}</Text>
        </View>
      )}

      <FilterBar idPrefix='whistles-filter' filters={WHISTLE_FILTERS} value={w.filter} onChange={w.setFilter} onRefresh={() => void w.reload()} />

      {w.loading && <Loading />}
      {w.error && <ErrorBox error={w.error} onRetry={() => void w.reload()} />}
      {!w.loading && !w.error && w.rows.length === 0 && <Empty text={EMPTY[w.filter]} />}

      <View className='whistles__list'>
        {w.rows.map((row) => (
          <WhistleRow
            key={row.id}
            whistle={row}
            now={now}
            departmentId={w.departmentId}
            showCommunity={!community}
            onOpen={(id) => openPage(routes.whistle(id))}
          />
        ))}
      </View>
      {w.hasMore && (
        <LoadMore
          id='whistles-more'
          loading={w.loadingMore}
          error={w.moreError}
          onLoad={() => void w.loadMore()}
          label={`加载更多（已显示 ${w.rows.length} 条）`}
        />
      )}
      {!w.hasMore && w.rows.length > 0 && <Text className='muted whistles__end'>共 {w.rows.length} 条 · 下拉可刷新</Text>}
    </Screen>
  );
}
