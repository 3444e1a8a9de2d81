import type { WhistleSummary } from '@lingjuli/shared';
import { whistlesLinkLabel, whistleWork } from '@/utils/street/department-landing';

const whistle = (id: number, targets: { departmentId: number; status: string }[]) => ({ id, status: 'open', targets }) as unknown as WhistleSummary;

describe("the department's landing", () => {
  it('counts the open whistles and those waiting for this department to report in', () => {
    const rows = [
      whistle(1, [{ departmentId: 5, status: 'whistled' }]),
      whistle(2, [{ departmentId: 5, status: 'reportedIn' }]),
      whistle(3, [{ departmentId: 6, status: 'whistled' }]),
    ];
    expect(whistleWork(rows, 5, false)).toEqual({ open: 3, waiting: 1, more: false });
  });

  it('says where the work is, or that there is none in progress', () => {
    expect(whistlesLinkLabel(null)).toBe('社区吹哨：待报到、在办');
    expect(whistlesLinkLabel({ open: 0, waiting: 0, more: false })).toBe('社区吹哨：暂无进行中，查看记录');
    expect(whistlesLinkLabel({ open: 2, waiting: 0, more: false })).toBe('社区吹哨：2个进行中');
    expect(whistlesLinkLabel({ open: 200, waiting: 1, more: true })).toBe('社区吹哨：1个待本单位报到，共200+个进行中');
  });
});
