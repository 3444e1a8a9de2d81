import { SUGGESTED_WORK_ORDER_MAPPING, type WorkOrderMapping } from '@lingjuli/shared';
import { AppError } from '../common/errors/app-error';
import type { BatchCell, BatchSheet } from './batch-file';
import {
  batchRecords,
  beijingTime,
  categoryOf,
  locateHeader,
  normaliseHeader,
  parseRecord,
  phoneNumber,
  workOrderNumber,
  type BatchRecord,
} from './batch-rows';

const iso = (at: Date | null) => at?.toISOString() ?? null;
const sheet = (rows: BatchCell[][], name: string | null = 'Sheet1'): BatchSheet => ({ name, rows, truncated: false });
const mapping: WorkOrderMapping = { ...SUGGESTED_WORK_ORDER_MAPPING };
const HEADER = ['工单编号', '派单时间', '办理时限', '诉求内容', '所属社区', '诉求地址', '来电人', '联系电话', '问题分类'];

/** The message of the AppError `run` throws. */
function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.message;
    throw error;
  }
  throw new Error('accepted');
}

const record = (cells: BatchRecord['cells']): BatchRecord => ({ row: 2, cells });
const good: BatchRecord['cells'] = {
  workOrderNo: 'BJ12345-20260302-0001',
  dispatchedAt: '2026-03-02 09:30',
  dueAt: '2026-03-03 09:30',
  content: '小区东门路灯不亮，晚上出行不便',
  community: '测试甲社区',
};

describe('the 12345 batch, row by row', () => {
  describe('the header', () => {
    it('is found under a title row, its columns matched without regard to spaces', () => {
      const layout = locateHeader([sheet([['12345工单导出 2026-03-02'], [], ['序号', ' 工单 编号 ', ...HEADER.slice(1)], ['1', 'BJ1-0001']])], mapping);
      expect(layout).toMatchObject({ sheetIndex: 0, sheet: 'Sheet1', headerRow: 3, columns: { workOrderNo: 1, dispatchedAt: 2, category: 9 } });
    });

    it('is looked for in each sheet in turn', () => {
      const layout = locateHeader([sheet([['说明'], ['本表为示例']], '说明'), sheet([HEADER], '工单')], mapping);
      expect(layout).toMatchObject({ sheetIndex: 1, sheet: '工单', headerRow: 1 });
    });

    it('names the columns the mapping asks for and the file lacks', () => {
      expect(refusal(() => locateHeader([sheet([['工单编号', '诉求内容']])], mapping))).toBe(
        '表头缺少列：「派单时间」（派单时间）、「办理时限」（办理时限）、「所属社区」（所属社区）、「诉求地址」（诉求地址）、「来电人」（来电人）、「联系电话」（联系电话）、「问题分类」（问题分类）。请核对文件，或请街道管理员更新列对应关系',
      );
    });

    it('is refused when no row of the first ten holds the work-order number column', () => {
      const rows: BatchCell[][] = [...Array.from({ length: 10 }, () => ['标题']), HEADER];
      expect(refusal(() => locateHeader([sheet(rows)], mapping))).toMatch(/前10行中找不到表头「工单编号」/);
      expect(refusal(() => locateHeader([sheet([])], mapping))).toMatch(/找不到表头/);
    });
  });

  describe('the records', () => {
    const layout = { sheet: null, headerRow: 1, columns: { workOrderNo: 0, content: 1 } };

    it('keep each row’s number, leave out empty rows and the columns not mapped', () => {
      const records = batchRecords(sheet([['工单编号', '诉求内容'], ['A-0001', '路灯不亮', '多余'], [], [null, '  '], ['A-0002', null]]), layout);
      expect(records).toEqual([
        { row: 2, cells: { workOrderNo: 'A-0001', content: '路灯不亮' } },
        { row: 5, cells: { workOrderNo: 'A-0002' } },
      ]);
    });

    it('are at most 5,000, and a sheet read only in part is refused', () => {
      const rows: BatchCell[][] = [['工单编号', '诉求内容'], ...Array.from({ length: 5001 }, (_, i) => [`A-${i + 1000}`, '路灯不亮'])];
      expect(refusal(() => batchRecords(sheet(rows), layout))).toBe('每次最多导入5000行工单，请分批导入');
      expect(refusal(() => batchRecords({ ...sheet([['工单编号', '诉求内容']]), truncated: true }, layout))).toMatch(/最多导入/);
    });
  });

  describe('a row', () => {
    it('becomes a transfer: the number, Beijing times as instants, the words', () => {
      const parsed = parseRecord(
        record({ ...good, address: '测试甲社区甲1号楼\n3单元', contactName: '王阿姨', contactPhone: '138 1234 5678', category: '供暖' }),
      );
      expect(parsed).toMatchObject({
        workOrderNo: 'BJ12345-20260302-0001',
        content: '小区东门路灯不亮，晚上出行不便',
        communityText: '测试甲社区',
        address: '测试甲社区甲1号楼 3单元',
        contactName: '王阿姨',
        contactPhone: '13812345678',
        category: 'heating',
        errors: [],
        warnings: [],
      });
      expect([iso(parsed.dispatchedAt), iso(parsed.dueAt)]).toEqual(['2026-03-02T01:30:00.000Z', '2026-03-03T01:30:00.000Z']);
    });

    it('says what is missing or wrong, one sentence each', () => {
      expect(parseRecord(record({})).errors).toEqual(['缺少工单编号', '缺少派单时间', '缺少办理时限', '缺少诉求内容']);
      const bad = parseRecord(record({ ...good, workOrderNo: '工单一号', dispatchedAt: '明天上午', content: '长'.repeat(2001) }));
      expect(bad.errors).toEqual([
        '工单编号「工单一号」格式不正确，应为4–40位字母、数字或短横线',
        '派单时间「明天上午」无法识别，应为 2026-03-02 09:30 这样的北京时间',
        '诉求内容超过2000字（共2001字）',
      ]);
      expect(parseRecord(record({ ...good, dueAt: '2026-03-02 09:30' })).errors).toEqual(['办理时限不晚于派单时间']);
      expect(parseRecord(record({ ...good, dueAt: '2026-03-01 18:00' })).errors).toEqual(['办理时限不晚于派单时间']);
    });

    it('leaves out what it cannot use of the optional fields, with a warning', () => {
      const parsed = parseRecord(
        record({ ...good, contactPhone: '138****5678', contactName: '名'.repeat(51), category: '城市管理-市容环境', address: '址'.repeat(201) }),
      );
      expect(parsed).toMatchObject({ errors: [], contactPhone: null, contactName: null, category: null });
      expect(parsed.address).toHaveLength(200);
      expect(parsed.warnings).toEqual([
        '诉求地址超过200字，只保留前200字',
        '来电人超过50字，未导入',
        '联系电话格式无法识别，未导入',
        '问题分类「城市管理-市容环境」没有对应的类别，按诉求内容自动分类',
      ]);
    });
  });

  describe('cells', () => {
    it('read Beijing times from text, Excel date cells and date serials', () => {
      const at = (cell: BatchCell) => iso(beijingTime(cell));
      expect(at('2026-03-02 09:30')).toBe('2026-03-02T01:30:00.000Z');
      expect(at(' 2026/3/2 9:30:15 ')).toBe('2026-03-02T01:30:15.000Z');
      expect(at('2026年3月2日 9时30分')).toBe('2026-03-02T01:30:00.000Z');
      expect(at('2026年3月2日 09:30')).toBe('2026-03-02T01:30:00.000Z');
      expect(at('2026-03-02')).toBe('2026-03-01T16:00:00.000Z');
      expect(at('2026-03-02T09:30:00+08:00')).toBe('2026-03-02T01:30:00.000Z');
      expect(at('2026-03-02T01:30:00Z')).toBe('2026-03-02T01:30:00.000Z');
      // exceljs gives a date cell's wall-clock time as if it were UTC; a serial's fraction of a day rounds to the second.
      expect(at(new Date('2026-03-02T09:30:00.000Z'))).toBe('2026-03-02T01:30:00.000Z');
      expect(at(46083 + 9.5 / 24)).toBe('2026-03-02T01:30:00.000Z');
      expect(at(46083.395833333)).toBe('2026-03-02T01:30:00.000Z');
    });

    it('refuse what is not a time, or not one of these years', () => {
      for (const cell of ['', '明天', '2026-02-30 10:00', '2026-03-02 25:00', '02/03/2026', '0026-03-02 09:30', '2206-03-02 09:30', -5, 0, 1e9, true, null]) {
        expect([cell, beijingTime(cell)]).toEqual([cell, null]);
      }
      expect(beijingTime(new Date(Number.NaN))).toBeNull();
    });

    it('read a work-order number kept as a number whole, and refuse one a spreadsheet rounded', () => {
      expect(workOrderNumber(202603020001)).toEqual({ value: '202603020001' });
      expect(workOrderNumber(2.0260302000112e21).error).toMatch(/不是完整的编号/);
      expect(workOrderNumber(' BJ-0001 ')).toEqual({ value: 'BJ-0001' });
      expect(workOrderNumber('a'.repeat(41)).error).toMatch(/格式不正确/);
    });

    it('read phone numbers as the appeal stores them', () => {
      expect(phoneNumber('+86 138-1234-5678')).toBe('13812345678');
      expect(phoneNumber(13812345678)).toBe('13812345678');
      expect(phoneNumber('(010)68210000')).toBe('01068210000');
      expect(phoneNumber('010-68210000')).toBe('010-68210000');
      expect(phoneNumber('138****5678')).toBeNull();
      expect(phoneNumber('无')).toBeNull();
    });

    it('know a category by its code or its label', () => {
      expect(categoryOf('供暖')).toBe('heating');
      expect(categoryOf('Heating')).toBe('heating');
      expect(categoryOf('环境卫生与垃圾')).toBe('sanitation');
      expect(categoryOf('市容环境')).toBeNull();
    });

    it('compare headers without spaces, full-width ones too, and without case', () => {
      expect(normaliseHeader(' 工单\u3000编号 ')).toBe('工单编号');
      expect(normaliseHeader('Work Order NO')).toBe('workorderno');
    });
  });
});
