import { formatShanghaiDateTime } from '@lingjuli/shared';
import { useMemo } from 'react';
import type { DataColumn } from '@/components/desk/DataTable';
import { AppealDeskTable } from '@/components/desk/street/AppealDeskTable';
import { appealColumns } from '@/components/desk/street/appeal-columns';
import { DeadlineCell } from '@/components/desk/street/DeadlineCell';
import { Screen } from '@/components/Screen';
import { useNow } from '@/hooks/useNow';
import { useDeskPendingOrders } from '@/hooks/street/useDeskPendingOrders';
import { routes } from '@/routes';
import { TIER_OPTIONS, orderSource } from '@/utils/desk/street-tables';
import { openPage } from '@/utils/navigation';
import type { OrderRow } from '@/utils/street/orders';
import './street-desk.scss';

const reading = <span className='desk-muted'>读取中…</span>;

function columns(now: Date): DataColumn<OrderRow>[] {
  return [
    ...appealColumns<OrderRow>(),
    {
      key: 'requestedAt',
      title: '上报时间',
      sortable: true,
      width: '96px',
      cell: (r) => (r.order ? formatShanghaiDateTime(new Date(r.order.requestedAt)) : reading),
    },
    { key: 'deadline', title: '时限', sortable: true, width: '136px', cell: (r) => <DeadlineCell appeal={r.appeal} now={now} /> },
    {
      key: 'reason',
      title: '上报原因',
      sortable: true,
      width: '34%',
      cell: (r) => (
        <>
          <div className='desk-reason'>{r.order ? r.order.reason : reading}</div>
          <div className='desk-muted'>诉求：{r.appeal.summary}</div>
        </>
      ),
    },
    {
      key: 'source',
      title: '来源',
      sortable: true,
      width: '120px',
      cell: (r) => {
        if (!r.order) return reading;
        const source = orderSource(r.order);
        return (
          <>
            <span className={`desk-source ${source.system ? 'desk-source--system' : ''}`}>{source.label}</span>
            {source.by && <div className='desk-muted'>{source.by}</div>}
          </>
        );
      },
    },
  ];
}

/** 待派批办单 at the desk: a table, overdue first, with filters by community and tier and a search. */
export function PendingOrdersDesk({ enabled }: { enabled: boolean }) {
  const q = useDeskPendingOrders(enabled);
  const now = useNow();
  const cols = useMemo(() => columns(now), [now]);
  const t = q.table;

  return (
    <Screen className='desk-screen street-desk'>
      <AppealDeskTable
        id='desk-orders'
        list={q}
        now={now}
        columns={cols}
        onRowClick={(r) => openPage(routes.streetDispatch(r.appeal.id))}
        filters={[
          {
            key: 'community',
            label: '社区',
            allLabel: '全部社区',
            value: t.filters.community ?? null,
            options: q.communities,
            onChange: (v) => t.setFilter('community', v),
          },
          { key: 'tier', label: '级别', allLabel: '全部级别', value: t.filters.tier ?? null, options: TIER_OPTIONS, onChange: (v) => t.setFilter('tier', v) },
        ]}
        searchPlaceholder='搜索诉求内容、上报原因、编号'
        summary={
          q.loaded > 0 && (
            <>
              {t.narrowed ? `筛选出 ${t.rows.length} 单 / ` : ''}
              {q.hasMore ? `已加载 ${q.loaded} 单（还有更多，筛选和排序只含已加载的）` : `共 ${q.loaded} 单`}
              {q.overdue > 0 && <span className='desk-overdue-count'>，超时 {q.overdue} 单</span>}
            </>
          )
        }
        empty={q.loaded > 0 ? '没有符合条件的批办单' : '暂无待派的批办单'}
        moreLabel={`加载更多（已加载 ${q.loaded} 单）`}
      />
    </Screen>
  );
}
