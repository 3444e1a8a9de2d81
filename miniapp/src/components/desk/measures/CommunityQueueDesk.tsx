import { LEVEL_LABELS, STATUS_LABELS, type Level, type Role } from '@lingjuli/shared';
import { useMemo } from 'react';
import type { DataColumn } from '@/components/desk/DataTable';
import { AppealDeskTable, countedList } from '@/components/desk/street/AppealDeskTable';
import { appealColumns } from '@/components/desk/street/appeal-columns';
import { DeadlineCell } from '@/components/desk/street/DeadlineCell';
import { ExportButton } from '@/components/measures/ExportButton';
import { Screen } from '@/components/Screen';
import { useCommunityAppeals } from '@/hooks/measures/useCommunityAppeals';
import { useNow } from '@/hooks/useNow';
import type { StreetAppealRow } from '@/utils/desk/street-tables';
import { communityLedger } from '@/utils/measures/exports';
import { LEVEL_OPTIONS } from '@/utils/measures/queue';
import { appealUrlFor } from '@/utils/powers/coordination';
import { openPage } from '@/utils/navigation';
import { countLabel } from '@/utils/paging';
import '@/components/desk/street/street-desk.scss';
import '@/components/measures/measures.scss';
import './measures-desk.scss';

/** The 街道在办诉求 table's columns, with the level the appeal is held at instead of the lead department. */
function columns(now: Date): DataColumn<StreetAppealRow>[] {
  return [
    ...appealColumns<StreetAppealRow>(),
    { key: 'status', title: '状态', sortable: true, width: '80px', cell: (r) => STATUS_LABELS[r.appeal.status] },
    { key: 'level', title: '办理层级', sortable: true, width: '112px', cell: (r) => LEVEL_LABELS[r.appeal.level] },
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

/** A community's queue at the desk, opened from 社区总览: its open appeals, overdue first, then soonest due. */
export function CommunityQueueDesk({ communityId, month, role }: { communityId: number | null; month: string; role: Role | null }) {
  const q = useCommunityAppeals(communityId, !!role);
  const now = useNow();
  const cols = useMemo(() => columns(now), [now]);
  const total = countLabel(q.total, q.totalIsLowerBound);

  return (
    <Screen className='desk-screen street-desk measures-desk'>
      <div className='measures-desk__bar'>
        <span id='queue-community' className='measures-desk__heading'>
          {q.communityName || '社区'} · 在办诉求
        </span>
        <span className='desk-muted'>含社区、街道、专班各层级在办的诉求</span>
        {communityId !== null && <ExportButton id='export-ledger' file={communityLedger(communityId, q.communityName, month)} />}
      </div>
      <AppealDeskTable
        id='desk-community-appeals'
        list={q}
        now={now}
        columns={cols}
        onRowClick={(r) => role && openPage(appealUrlFor(role, r.appeal.id))}
        filters={[
          {
            key: 'level',
            label: '层级',
            allLabel: '全部层级',
            value: q.level,
            options: LEVEL_OPTIONS,
            onChange: (v) => q.setLevel(v as Level | null),
          },
        ]}
        searchPlaceholder='搜索诉求内容、编号、楼栋'
        {...countedList(q, total)}
        empty={q.loaded > 0 ? '没有符合条件的诉求' : '该社区暂无在办诉求'}
      />
    </Screen>
  );
}
