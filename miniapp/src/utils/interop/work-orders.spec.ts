import type { WorkOrderPreview, WorkOrderRowResult } from '@lingjuli/shared';
import { batchSummary, beijingDate, checkRange, repliesFileName, rowsToShow } from '@/utils/interop/work-orders';

const row = (n: number, outcome: WorkOrderRowResult['outcome']): WorkOrderRowResult => ({
  row: n,
  workOrderNo: `BJ-${n}`,
  outcome,
  errors: outcome === 'refused' ? ['缺少工单编号'] : [],
  warnings: [],
  community: null,
  building: null,
  appealId: null,
});

describe('the 12345 batch on the screen', () => {
  it('sums a batch up in one line', () => {
    const preview: WorkOrderPreview = {
      sheet: '工单',
      headerRow: 1,
      counts: { ready: 2, skipped: 1, refused: 1 },
      rows: [row(2, 'ready'), row(3, 'refused'), row(4, 'skipped'), row(5, 'ready')],
    };
    expect(batchSummary(preview)).toBe('共 4 行：有误，未导入 1 行，已登记过，跳过 1 行，可导入 2 行');
  });

  it('shows the rows to look at first, and a few of the good ones', () => {
    const rows = [row(2, 'ready'), row(3, 'refused'), row(4, 'ready'), row(5, 'skipped'), row(6, 'ready')];
    const { shown, more } = rowsToShow(rows, 2);
    expect(shown.map((r) => r.row)).toEqual([3, 5, 2, 4]);
    expect(more).toBe(1);
  });

  it('checks the export range and names its file', () => {
    expect(beijingDate(new Date('2026-03-01T17:00:00Z'))).toBe('2026-03-02');
    expect(checkRange({ from: '2026-03-01', to: '2026-03-07' })).toBeNull();
    expect(checkRange({ from: '2026-03-08', to: '2026-03-07' })).toBe('开始日期不能晚于结束日期');
    expect(checkRange({ from: '3月1日', to: '2026-03-07' })).toBe('请按 2026-03-02 的格式填写起止日期');
    expect(repliesFileName({ from: '2026-03-01', to: '2026-03-07' }, 'csv')).toBe('12345工单回复_2026-03-01_2026-03-07.csv');
  });
});
