import { STATUS_LABELS } from '@lingjuli/shared';
import { useMemo } from 'react';
import { DataTable, type DataColumn } from '@/components/desk/DataTable';
import { appealColumns } from '@/components/desk/street/appeal-columns';
import { DeadlineCell, deadlineRowClass } from '@/components/desk/street/DeadlineCell';
import { Screen } from '@/components/Screen';
import { useNow } from '@/hooks/useNow';
import { useDeskStreetAppeals } from '@/hooks/street/useDeskStreetAppeals';
import { routes } from '@/routes';
import type { StreetAppealRow } from '@/utils/desk/street-tables';
import { openPage } from '@/utils/navigation';
import { countLabel } from '@/utils/paging';
import { leadDepartmentName } from '@/utils/street/assignment';
import './street-desk.scss';

function columns(now: Date): DataColumn<StreetAppealRow>[] {
  return [
    ...appealColumns<StreetAppealRow>(),
    { key: 'status', title: '状态', sortable: true, width: '80px', cell: (r) => STATUS_LABELS[r.appeal.status] },
    {
      key: 'lead',
      title: '主办单位',
      sortable: true,
      width: '136px',
      cell: (r) =>
        r.order === undefined ? (
          <span className='desk-muted'>读取中…</span>
        ) : (
          (leadDepartmentName(r.order) ?? <span className='desk-source desk-source--system'>待派单</span>)
        ),
    },
    { key: 'deadline', title: '时限', sortable: true, width: '136px', cell: (r) => <DeadlineCell appeal={r.appeal} now={now} /> },
    {
      key: 'summary',
      title: '诉求内容',
      width: '30%',
      cell: (r) => (
        <>
          <div>{r.appeal.summary}</div>
          {r.appeal.supervised && <span className='desk-source desk-source--system'>督办</span>}
        </>
      ),
    },
  ];
}

/** 街道在办诉求 at the desk: a table, overdue first, then soonest due, filtered by community. */
export function StreetAppealsDesk({ enabled }: { enabled: boolean }) {
  const q = useDeskStreetAppeals(enabled);
  const now = useNow();
  const cols = useMemo(() => columns(now), [now]);
  const t = q.table;
  const total = countLabel(q.total, q.totalIsLowerBound);

  return (
    <Screen className='desk-screen street-desk'>
      <DataTable
        id='desk-appeals'
        columns={cols}
        rows={t.rows}
        rowKey={(r) => r.appeal.id}
        rowClass={(r) => deadlineRowClass(r.appeal, now)}
        sort={t.sort}
        onSort={t.toggleSort}
        onRowClick={(r) => openPage(routes.streetAppeal(r.appeal.id))}
        filters={[
          {
            key: 'community',
            label: '社区',
            allLabel: '全部社区',
            value: q.communityId === null ? null : String(q.communityId),
            options: q.communityOptions,
            onChange: (v) => q.setCommunityId(v === null ? null : Number(v)),
          },
        ]}
        search={{ value: t.search, onChange: t.setSearch, placeholder: '搜索诉求内容、编号、主办单位' }}
        summary={q.loaded > 0 && `${t.narrowed ? `搜索到 ${t.rows.length} 条 / ` : ''}已加载 ${q.loaded} / 共 ${total} 条`}
        loading={q.loading}
        error={q.error}
        onRetry={() => void q.reload()}
        empty={q.loaded > 0 ? '没有符合条件的诉求' : '暂无街道在办的诉求'}
        paging={{
          hasMore: q.hasMore,
          loading: q.loadingMore,
          error: q.moreError,
          onMore: () => void q.loadMore(),
          label: `加载更多（已加载 ${q.loaded} / ${total}）`,
        }}
      />
    </Screen>
  );
}
