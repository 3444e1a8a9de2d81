import { Text, View } from '@tarojs/components';
import { BigButton } from '@/components/BigButton';
import { Screen } from '@/components/Screen';
import { Empty, ErrorBox, Loading } from '@/components/States';
import { LoadMore } from '@/components/LoadMore';
import { Tag } from '@/components/Tags';
import { WechatAlertsBar } from '@/components/WechatAlertsBar';
import { AppealRow } from '@/components/street/AppealRow';
import { openPage } from '@/utils/navigation';
import { countLabel } from '@/utils/paging';
import { whistlesLinkLabel } from '@/utils/street/department-landing';
import { StreetAppealsDesk } from '@/components/desk/street/StreetDesks';
import { useDeskLayout } from '@/hooks/desk/useDeskLayout';
import { useDepartmentQueue, type DepartmentQueueRow } from '@/hooks/street/useDepartmentQueue';
import { STREET_ROLES, useRoleSession } from '@/hooks/useRoleSession';
import type { Session } from '@/state/session';
import { routes } from '@/routes';
import './index.scss';

function RowRole({ row, forDepartment }: { row: DepartmentQueueRow; forDepartment: boolean }) {
  if (forDepartment) {
    if (row.part === undefined) return <Text className='muted'>…</Text>;
    if (!row.part) return null;
    return (
      <View className='row dept-queue__role' data-role={row.part.role}>
        <Tag tone={row.part.role === 'lead' ? 'danger' : 'plain'}>{row.part.role === 'lead' ? '本单位主办' : '本单位协办'}</Tag>
        {row.part.done && <Tag tone='ok'>本单位已完成</Tag>}
      </View>
    );
  }
  if (row.lead === undefined) return <Text className='muted'>…</Text>;
  return <View className='row dept-queue__role'>{row.lead ? <Text className='muted'>主办：{row.lead}</Text> : <Tag tone='warning'>待派单</Tag>}</View>;
}

/**
 * The department's queue (or, for the command centre, everything the street is handling), soonest due
 * first; the command centre and street admin at a PC get it as a table.
 */
export default function StreetDepartment() {
  const session = useRoleSession(STREET_ROLES);
  return useDeskLayout() ? <StreetAppealsDesk enabled={!!session} /> : <PhoneQueue session={session} />;
}

function PhoneQueue({ session }: { session: Session | null }) {
  const q = useDepartmentQueue(session);
  // No dispatched appeals but whistles in progress: the work is there, so lead with it.
  const workIsWhistles = q.forDepartment && !q.loading && q.rows.length === 0 && (q.whistles?.open ?? 0) > 0;
  const whistlesLink = (
    <BigButton id='open-whistles' kind={workIsWhistles ? 'primary' : 'plain'} onClick={() => openPage(routes.whistles())}>
      {whistlesLinkLabel(q.whistles)}
    </BigButton>
  );

  return (
    <Screen className='street dept-queue'>
      <Text className='title'>{q.forDepartment ? '本单位待办' : '街道在办诉求'}</Text>
      <Text className='muted'>{q.forDepartment ? '街道派给本单位的诉求，期限近的在前。' : '已上报街道的诉求，期限近的在前。'}</Text>
      <WechatAlertsBar session={session} />
      {q.rows.length > 0 && (
        <View className='dept-queue__legend'>
          <Text className='dept-queue__legend-warning'>橙色：临近期限</Text>
          <Text className='dept-queue__legend-overdue'>红色：已超时</Text>
        </View>
      )}

      {q.loading && <Loading />}
      {q.error && <ErrorBox error={q.error} onRetry={() => void q.reload()} />}
      {!q.loading && !q.error && q.rows.length === 0 && <Empty text={q.forDepartment ? '暂无派给本单位的诉求' : '暂无待办诉求'} />}
      {workIsWhistles && whistlesLink}

      {q.rows.map((row) => (
        <AppealRow key={row.appeal.id} kind='queue-item' appeal={row.appeal} onClick={() => openPage(routes.streetAppeal(row.appeal.id))}>
          <RowRole row={row} forDepartment={q.forDepartment} />
        </AppealRow>
      ))}
      {q.rows.length > 0 && <Text className='muted dept-queue__count'>共 {countLabel(q.total, q.totalIsLowerBound)} 条</Text>}
      {q.hasMore && (
        <LoadMore
          id='dept-queue-more'
          loading={q.loadingMore}
          error={q.moreError}
          onLoad={() => void q.loadMore()}
          label={`加载更多（已显示 ${q.rows.length} / ${countLabel(q.total, q.totalIsLowerBound)}）`}
        />
      )}
      {q.forDepartment && !workIsWhistles && whistlesLink}
    </Screen>
  );
}
