import { Text } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { PERMISSIONS, isMonthCode, monthPeriod, type Role } from '@lingjuli/shared';
import { CommunityQueueDesk } from '@/components/desk/measures/MeasuresDesks';
import { LoadMore } from '@/components/LoadMore';
import { ExportButton } from '@/components/measures/ExportButton';
import { Screen } from '@/components/Screen';
import { Empty, ErrorBox, Loading } from '@/components/States';
import { AppealRow } from '@/components/street/AppealRow';
import { useDeskLayout } from '@/hooks/desk/useDeskLayout';
import { useCommunityAppeals } from '@/hooks/measures/useCommunityAppeals';
import { useRoleSession } from '@/hooks/useRoleSession';
import { routes } from '@/routes';
import { communityLedger } from '@/utils/measures/exports';
import { appealUrlFor } from '@/utils/powers/coordination';
import '@/components/measures/measures.scss';
import { openPage } from '@/utils/navigation';
import { countLabel } from '@/utils/paging';

/**
 * One community's queue, opened from 社区总览: its open appeals at every level, soonest due first
 * (at a PC the 街道在办诉求 table, with the level each is held at).
 */
export default function CommunityQueue() {
  const session = useRoleSession(PERMISSIONS['measures.overview']);
  const { params } = useRouter();
  const communityId = Number(params.communityId) || null;
  // The month the overview showed, for the ledger export; this month when opened otherwise.
  const month = params.month && isMonthCode(params.month) ? params.month : monthPeriod(new Date()).month;
  const role = session?.user.role ?? null;
  if (useDeskLayout()) return <CommunityQueueDesk communityId={communityId} month={month} role={role} />;
  return <PhoneQueue communityId={communityId} month={month} role={role} />;
}

function PhoneQueue({ communityId, month, role }: { communityId: number | null; month: string; role: Role | null }) {
  const q = useCommunityAppeals(communityId, !!role);
  const total = countLabel(q.total, q.totalIsLowerBound);
  return (
    <Screen className='street'>
      <Text className='title'>{q.communityName || '社区'} · 在办诉求</Text>
      <Text className='muted'>社区、街道、专班各层级在办的诉求，期限近的在前。</Text>
      {q.loading && <Loading />}
      {q.error && <ErrorBox error={q.error} onRetry={() => void q.reload()} />}
      {!q.loading && !q.error && q.appeals.length === 0 && <Empty text='该社区暂无在办诉求' />}
      {q.appeals.map((appeal) => (
        <AppealRow key={appeal.id} kind='queue-item' appeal={appeal} onClick={() => role && openPage(appealUrlFor(role, appeal.id))} />
      ))}
      {q.appeals.length > 0 && <Text className='muted'>共 {total} 条</Text>}
      {q.hasMore && (
        <LoadMore
          id='community-queue-more'
          loading={q.loadingMore}
          error={q.moreError}
          onLoad={() => void q.loadMore()}
          label={`加载更多（已显示 ${q.loaded} / ${total}）`}
        />
      )}
      {communityId !== null && <ExportButton id='export-ledger' file={communityLedger(communityId, q.communityName, month)} />}
      {communityId !== null && (
        <Text className='muted' onClick={() => openPage(routes.measures({ scope: 'community', id: communityId }))}>
          查看该社区指标 ›
        </Text>
      )}
    </Screen>
  );
}
