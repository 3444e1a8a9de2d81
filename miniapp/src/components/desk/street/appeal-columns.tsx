import { CATEGORY_INFO, TIER_LABELS, type AppealSummary } from '@lingjuli/shared';
import type { DataColumn } from '@/components/desk/DataTable';

/** The columns every desk table of appeals begins with: 编号, 社区 (and the building), 类别, 级别. */
export function appealColumns<R extends { appeal: AppealSummary }>(): DataColumn<R>[] {
  return [
    { key: 'code', title: '编号', sortable: true, width: '120px', cell: (r) => <span className='desk-code'>{r.appeal.code}</span> },
    {
      key: 'community',
      title: '社区',
      sortable: true,
      width: '120px',
      cell: (r) => (
        <>
          <div>{r.appeal.communityName}</div>
          {r.appeal.buildingName && <div className='desk-muted'>{r.appeal.buildingName}</div>}
        </>
      ),
    },
    { key: 'category', title: '类别', sortable: true, width: '96px', cell: (r) => CATEGORY_INFO[r.appeal.category].label },
    {
      key: 'tier',
      title: '级别',
      sortable: true,
      width: '80px',
      cell: (r) => <span className={`desk-tier desk-tier--${r.appeal.tier}`}>{TIER_LABELS[r.appeal.tier]}</span>,
    },
  ];
}
