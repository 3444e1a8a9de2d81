import { STATUS_LABELS } from '@lingjuli/shared';
import { useMemo } from 'react';
import type { DataColumn } from '@/components/desk/DataTable';
import { AppealDeskTable, countedList } from '@/components/desk/street/AppealDeskTable';
import { appealColumns } from '@/components/desk/street/appeal-columns';
import { DeadlineCell } from '@/components/desk/street/DeadlineCell';
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
  const total = countLabel(q.total, q.totalIsLowerBound);

  return (
    <Screen className='desk-screen street-desk'>
      <AppealDeskTable
        id='desk-appeals'
        list={q}
        now={now}
        columns={cols}
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
        searchPlaceholder='搜索诉求内容、编号、主办单位'
        {...countedList(q, total)}
        empty={q.loaded > 0 ? '没有符合条件的诉求' : '暂无街道在办的诉求'}
      />
    </Screen>
  );
}
