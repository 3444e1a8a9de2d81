import type { WorkOrderImportResult, WorkOrderMapping, WorkOrderPreview, WorkOrderRowResult } from '@lingjuli/shared';
import ExcelJS from 'exceljs';
import { In } from 'typeorm';
import { AppealEvent } from '../appeals/entities/appeal-event.entity';
import { Appeal } from '../appeals/entities/appeal.entity';
import { AppError } from '../common/errors/app-error';
import { EventBus } from '../events/event-bus';
import { Timer } from '../timers/timer.entity';
import { createTestApp, type TestApp } from '../testing/test-app';

/*
 * The 12345 batch taken in (docs/integration.md): a realistic day's export of 500 work orders,
 * written here with exceljs the way the city's system writes it (a title row, then the header; times as
 * Excel dates, as text and as date serials; communities by name, or only in the address), with the bad
 * rows a real batch has. Real HTTP, real database.
 */

/** The street admin's mapping: the headers of this city's export, not the suggested ones. */
const MAPPING: WorkOrderMapping = {
  workOrderNo: '工单号',
  dispatchedAt: '派单日期',
  dueAt: '处理时限',
  content: '来电内容',
  community: '所属社区（村）',
  address: '事发地址',
  contactName: '来电人姓名',
  contactPhone: '来电号码',
  category: '诉求分类',
};
const HEADER = [
  '序号',
  '工单号',
  '工单类型',
  '派单日期',
  '处理时限',
  '来电内容',
  '所属社区（村）',
  '事发地址',
  '来电人姓名',
  '来电号码',
  '诉求分类',
  '承办单位',
];

const TEXTS = [
  '反映小区东门路灯已经坏了一周，晚上老人出行不便，希望尽快维修。',
  '来电人称楼上住户装修噪音很大，晚上十点以后还在施工，影响休息。',
  '反映小区内垃圾桶满溢无人清运，气味很大，希望物业及时处理。',
  '来电人反映家中暖气不热，室温只有十四度，家中有老人和孩子。',
  '反映楼道内堆放大量杂物，存在消防安全隐患，希望社区协调清理。',
  '来电人称小区门口有人私自安装地锁占用公共车位，希望予以拆除。',
  '反映单元门禁损坏多日，陌生人随意进出，希望物业尽快修复。',
  '来电人反映小区绿地内树木枝杈过长，遮挡低层住户采光，希望修剪。',
  '反映家中自来水水压很低，早晚用水高峰时几乎没有水，希望协调解决。',
  '来电人反映电梯近期频繁故障停运，楼内多位老人上下楼困难。',
  '反映小区周边有共享单车乱停乱放，堵塞消防通道，希望清理。',
  '来电人咨询老旧小区加装电梯的申请流程和补贴政策。',
  '反映楼下餐馆油烟直排，油烟味进入住户家中，希望相关部门处理。',
  '来电人称邻居在楼道内饲养宠物，气味很大且噪音扰民，希望社区调解。',
  '反映小区雨水井盖缺失，存在安全隐患，希望尽快补装。',
];
const SURNAMES = '王李张刘陈杨赵黄周吴';
const CALLERS = ['先生', '女士', '阿姨', '大爷'];
const CATEGORIES = ['供暖', '物业管理', '环境卫生与垃圾', '城市管理-市容环境', '', '噪音与施工扰民'];

/** Beijing wall-clock time as exceljs writes a date cell (its parts as if UTC). */
const wall = (day: number, hour: number, minute = 0) => new Date(Date.UTC(2026, 2, day, hour, minute));
/** Excel's serial of the same wall-clock time. */
const serial = (at: Date) => at.getTime() / 86_400_000 + 25569;

type Cell = string | number | Date | null;
interface Row {
  no: Cell;
  dispatched: Cell;
  due: Cell;
  content: Cell;
  community: Cell;
  address: Cell;
  caller: Cell;
  phone: Cell;
  category: Cell;
  /** What the import must make of it: the message expected for a refused row. */
  expect: 'filed' | 'taken' | { refused: string };
}

const number = (i: number) => `BJ12345-20260302-${String(i).padStart(4, '0')}`;

/**
 * 500 rows: most good (communities named, or only in the address with a building; times in all three
 * forms), ten taken in before, and the refused ones a real batch has.
 */
function batch(): Row[] {
  const rows: Row[] = [];
  const communities = ['测试甲社区', '测试乙社区', '测试丙社区'];
  const buildings: Record<string, string[]> = { 测试甲社区: ['甲1号楼', '甲2号楼'], 测试乙社区: ['乙1号楼'], 测试丙社区: ['丙1号楼'] };
  for (let i = 1; i <= 500; i++) {
    const community = communities[i % 3];
    const dispatched = wall(2, 8 + (i % 10), (i * 7) % 60);
    const due = wall(2 + 1 + (i % 5), 8 + (i % 10), (i * 7) % 60);
    const byAddress = i % 4 === 0;
    const building = buildings[community][i % buildings[community].length];
    rows.push({
      no: number(i),
      // Excel date cells mostly; text and date serials now and then, as exports mix them.
      dispatched:
        i % 7 === 0 ? `2026-03-02 ${String(dispatched.getUTCHours()).padStart(2, '0')}:${String(dispatched.getUTCMinutes()).padStart(2, '0')}` : dispatched,
      due: i % 11 === 0 ? serial(due) : due,
      content: TEXTS[i % TEXTS.length],
      community: byAddress ? null : community,
      address: byAddress ? `北京市海淀区万寿路街道${community}${building}${(i % 6) + 1}单元` : `万寿路街道${community}`,
      caller: `${SURNAMES[i % SURNAMES.length]}${CALLERS[i % CALLERS.length]}`,
      phone: i % 9 === 0 ? '138****5678' : `1391000${String(i).padStart(4, '0')}`,
      category: CATEGORIES[i % CATEGORIES.length] || null,
      expect: 'filed',
    });
  }
  const spoil = (i: number, change: Partial<Row>) => Object.assign(rows[i - 1], change);
  // Taken in before the batch (filed by hand from the city's phone call).
  for (const i of [3, 40, 77, 120, 160, 200, 250, 300, 350, 400]) spoil(i, { expect: 'taken' });
  for (const i of [5, 55, 105]) spoil(i, { no: null, expect: { refused: '缺少工单编号' } });
  for (const i of [15, 65]) spoil(i, { dispatched: '3月2日上午', expect: { refused: '派单时间「3月2日上午」无法识别，应为 2026-03-02 09:30 这样的北京时间' } });
  spoil(115, { due: '2026-02-30 18:00', expect: { refused: '办理时限「2026-02-30 18:00」无法识别，应为 2026-03-02 09:30 这样的北京时间' } });
  for (const i of [25, 75, 125]) spoil(i, { due: wall(1, 18), expect: { refused: '办理时限不晚于派单时间' } });
  for (const i of [35, 85]) spoil(i, { community: '羊坊店社区', expect: { refused: '未知社区「羊坊店社区」：不是本街道的社区' } });
  spoil(95, {
    community: null,
    address: '北京市海淀区复兴路29号院',
    expect: { refused: '诉求地址「北京市海淀区复兴路29号院」中没有本街道的社区名称，无法确定所属社区' },
  });
  for (const i of [45, 145]) spoil(i, { content: `反映楼道灯坏了。${'情况说明'.repeat(500)}`, expect: { refused: '诉求内容超过2000字（共2008字）' } });
  spoil(135, { content: null, expect: { refused: '缺少诉求内容' } });
  spoil(175, { no: '12345工单', expect: { refused: '工单编号「12345工单」格式不正确，应为4–40位字母、数字或短横线' } });
  // The same work order twice in the file (a re-sent transfer): the first is filed, the copies refused.
  for (const [copy, of] of [
    [450, 10],
    [451, 11],
    [452, 12],
    [499, 498],
  ]) {
    spoil(copy, { no: number(of), expect: { refused: `工单编号与第${of + 2}行重复` } });
  }
  return rows;
}

async function workbookOf(rows: Row[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('工单明细');
  sheet.addRow(['北京市12345市民服务热线 派单工单导出（2026年3月2日）']);
  sheet.addRow(HEADER);
  rows.forEach((r, i) =>
    sheet.addRow([i + 1, r.no, '投诉', r.dispatched, r.due, r.content, r.community, r.address, r.caller, r.phone, r.category, '万寿路街道']),
  );
  for (const column of [4, 5]) sheet.getColumn(column).numFmt = 'yyyy-mm-dd hh:mm';
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('importing the 12345 batch (real HTTP, real database)', () => {
  let t: TestApp;
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

  beforeAll(async () => {
    t = await createTestApp({ startAt: '2026-03-02T18:00:00+08:00' });
  });
  afterAll(() => t.close());

  const upload = (path: 'import' | 'import/preview', buffer: Buffer, filename = '12345工单.xlsx', who: 'commandCenter' | 'streetAdmin' = 'commandCenter') =>
    t
      .as(who)
      .post(`/api/work-orders/${path}`)
      .attach('file', buffer, { filename, contentType: filename.endsWith('.csv') ? 'text/csv' : XLSX });

  /** Every appeal timer belongs to an appeal that exists. */
  const expectNoOrphanTimers = async () => {
    const owners = (await t.dataSource.getRepository(Timer).find({ select: { ownerId: true }, where: { ownerType: 'appeal' } })).map((timer) => timer.ownerId);
    expect(await t.dataSource.getRepository(Appeal).countBy({ id: In([...new Set(owners)]) })).toBe(new Set(owners).size);
  };

  /** Every table's rows, to see that nothing was written. */
  const tableCounts = async () => {
    const counts: Record<string, number> = {};
    for (const meta of t.dataSource.entityMetadatas) counts[meta.tableName] = await t.dataSource.getRepository(meta.target).count();
    return counts;
  };

  describe('the mapping', () => {
    it('is the suggestion until the street admin saves one, and an import waits for it', async () => {
      const res = await t.as('commandCenter').get('/api/work-orders/mapping').expect(200);
      expect(res.body).toMatchObject({ configured: false, mapping: { workOrderNo: '工单编号', dueAt: '办理时限' }, updatedBy: null });
      const refused = await upload('import/preview', await workbookOf(batch().slice(0, 2))).expect(409);
      expect(refused.body).toMatchObject({ code: 'WORK_ORDER_MAPPING_REQUIRED' });
    });

    it('is checked: the required columns, a community or an address, each column once', async () => {
      const put = (body: object) => t.as('streetAdmin').put('/api/work-orders/mapping').send(body);
      const missing = await put({ ...MAPPING, dueAt: undefined }).expect(400);
      expect(missing.body.details).toEqual([{ field: 'dueAt', message: '办理时限列必须填写' }]);
      const nowhere = await put({ ...MAPPING, community: undefined, address: undefined }).expect(400);
      expect(nowhere.body.details).toEqual([{ field: 'community', message: '「所属社区」和「诉求地址」至少对应一列，用来确定工单所属社区' }]);
      const twice = await put({ ...MAPPING, contactPhone: ' 工单号 ' }).expect(400);
      expect(twice.body.details).toEqual([{ field: 'contactPhone', message: '列「工单号」已对应「工单编号」，每列只能对应一项' }]);
      await put({ ...MAPPING, unknown: 'x' }).expect(400);
      await put({ ...MAPPING, address: null }).expect(400);
      await put({ ...MAPPING, content: 'x'.repeat(101) }).expect(400);
      expect((await t.as('commandCenter').get('/api/work-orders/mapping').expect(200)).body.configured).toBe(false);
    });

    it('is stored with who set it, and only the street admin sets it', async () => {
      await t.as('commandCenter').put('/api/work-orders/mapping').send(MAPPING).expect(403);
      const saved = await t.as('streetAdmin').put('/api/work-orders/mapping').send(MAPPING).expect(200);
      expect(saved.body).toMatchObject({ configured: true, mapping: MAPPING, updatedBy: { id: t.fixtures.users.streetAdmin.id } });
      const read = await t.as('commandCenter').get('/api/work-orders/mapping').expect(200);
      expect(read.body).toEqual(saved.body);
      expect(read.body.updatedAt).toBe(t.clock.now().toISOString());
    });
  });

  describe('a day’s batch of 500', () => {
    const rows = batch();
    let file: Buffer;
    const expected = {
      filed: rows.filter((r) => r.expect === 'filed').length,
      skipped: rows.filter((r) => r.expect === 'taken').length,
      refused: rows.filter((r) => typeof r.expect === 'object').length,
    };
    let imported: WorkOrderImportResult;
    let before: Record<string, number>;

    beforeAll(async () => {
      file = await workbookOf(rows);
      // The ten taken in before: filed by hand when the city phoned them through.
      for (const [i, row] of rows.entries()) {
        if (row.expect !== 'taken') continue;
        await t
          .as('commandCenter')
          .post('/api/appeals')
          .set('Idempotency-Key', `by-hand-${i}`)
          .send({ channel: 'city12345', content: '电话转来的工单', communityId: t.fixtures.communities.a.id, workOrderNo: row.no })
          .expect(201);
      }
      expect(expected).toEqual({ filed: 470, skipped: 10, refused: 20 });
    });

    it('previews every row, with the reason for each refused one, and writes nothing', async () => {
      before = await tableCounts();
      const res = await upload('import/preview', file, '12345工单.xlsx', 'streetAdmin').expect(200);
      const preview = res.body as WorkOrderPreview;
      expect(preview).toMatchObject({
        sheet: '工单明细',
        headerRow: 2,
        counts: { ready: expected.filed, skipped: expected.skipped, refused: expected.refused },
      });
      expect(preview.rows).toHaveLength(500);
      expect(preview.rows.map((r) => r.row)).toEqual(rows.map((_, i) => i + 3));
      for (const [i, row] of rows.entries()) {
        const result = preview.rows[i];
        if (typeof row.expect === 'object') expect([result.row, result.outcome, result.errors]).toEqual([i + 3, 'refused', [row.expect.refused]]);
        else expect([result.row, result.outcome]).toEqual([i + 3, row.expect === 'taken' ? 'skipped' : 'ready']);
      }
      expect(await tableCounts()).toEqual(before);
    });

    it('files the good rows to their community (by the community column, or the address and its building), skips those taken in, refuses the bad', async () => {
      const res = await upload('import', file).expect(200);
      imported = res.body as WorkOrderImportResult;
      expect(imported.counts).toEqual(expected);
      const byRow = new Map(imported.rows.map((r) => [r.row, r]));
      const { communities, buildings } = t.fixtures;

      // Row 8 (i = 8): 测试丙社区 only in the address, with its building; a date serial due, an Excel date dispatched.
      const byAddress = byRow.get(8 + 2)!;
      expect(byAddress).toMatchObject({ outcome: 'filed', community: { id: communities.c.id }, building: { id: buildings.c1.id } });
      const appeal = await t.dataSource.getRepository(Appeal).findOneByOrFail({ id: byAddress.appealId! });
      expect(appeal).toMatchObject({
        channel: 'city12345',
        workOrderNo: number(8),
        communityId: communities.c.id,
        buildingId: buildings.c1.id,
        locationText: '北京市海淀区万寿路街道测试丙社区丙1号楼3单元',
        contactName: rows[7].caller,
        status: 'received',
        filedById: t.fixtures.users.commandCenter.id,
      });
      // Dispatched 2026-03-02 16:56, due 2026-03-06 16:56 (Beijing); the appeal is due by the stricter of the city's and its tier's.
      expect([appeal.cityDispatchedAt?.toISOString(), appeal.cityDueAt?.toISOString()]).toEqual(['2026-03-02T08:56:00.000Z', '2026-03-06T08:56:00.000Z']);
      expect(appeal.dueAt.getTime()).toBeLessThanOrEqual(appeal.cityDueAt!.getTime());
      // Row 7: the dispatch time written as text, the community named in its column.
      const asText = await t.dataSource.getRepository(Appeal).findOneByOrFail({ workOrderNo: number(7) });
      expect([asText.communityId, asText.buildingId, asText.cityDispatchedAt?.toISOString()]).toEqual([communities.b.id, null, '2026-03-02T07:49:00.000Z']);
      // Row 22: a date serial for the deadline (2026-03-05 10:34 Beijing).
      expect((await t.dataSource.getRepository(Appeal).findOneByOrFail({ workOrderNo: number(22) })).cityDueAt?.toISOString()).toBe('2026-03-05T02:34:00.000Z');

      // A masked number and an unknown category are left out with a warning; the row is still filed.
      expect(byRow.get(18 + 2)).toMatchObject({ outcome: 'filed', warnings: ['联系电话格式无法识别，未导入'] });
      expect(byRow.get(21 + 2)).toMatchObject({ outcome: 'filed', warnings: ['问题分类「城市管理-市容环境」没有对应的类别，按诉求内容自动分类'] });
      expect(byRow.get(1 + 2)).toMatchObject({ outcome: 'filed', warnings: [] });
      expect((await t.dataSource.getRepository(Appeal).findOneByOrFail({ workOrderNo: number(18) })).contactPhoneEncrypted).toBeNull();
      // Taken in before: skipped, pointing at the appeal that has the number.
      const taken = byRow.get(40 + 2)!;
      const holder = await t.dataSource.getRepository(Appeal).findOneByOrFail({ workOrderNo: number(40) });
      expect(taken).toMatchObject({ outcome: 'skipped', errors: ['工单编号已登记过，未重复导入'], appealId: holder.id });
      expect(holder.content).toBe('电话转来的工单');
    });

    it('leaves nothing of a refused row: no appeal, no timeline line, no timer; and each filed one whole', async () => {
      const appeals = t.dataSource.getRepository(Appeal);
      const refusedNumbers = rows.flatMap((r) => (typeof r.expect === 'object' && typeof r.no === 'string' && !/重复/.test(r.expect.refused) ? [r.no] : []));
      expect(refusedNumbers.length).toBeGreaterThan(10);
      expect(await appeals.countBy({ workOrderNo: In(refusedNumbers) })).toBe(0);
      const filedIds = imported.rows.filter((r) => r.outcome === 'filed').map((r) => r.appealId!);
      expect(new Set(filedIds).size).toBe(expected.filed);
      const after = await tableCounts();
      expect(after.appeals - before.appeals).toBe(expected.filed);
      // One filing line each, and the timers of the filed appeals only.
      expect(after.appeal_events - before.appeal_events).toBe(expected.filed);
      expect(await t.dataSource.getRepository(AppealEvent).countBy({ appealId: In(filedIds), type: 'file' })).toBe(expected.filed);
      const timers = t.dataSource.getRepository(Timer);
      const filedTimers = await timers.countBy({ ownerType: 'appeal', ownerId: In(filedIds) });
      expect(filedTimers).toBeGreaterThanOrEqual(expected.filed);
      expect(after.appeal_timers - before.appeal_timers).toBe(filedTimers);
      await expectNoOrphanTimers();
      // The duplicates within the file: the first of each filed, once.
      expect(await appeals.countBy({ workOrderNo: In([number(10), number(11), number(12), number(498)]) })).toBe(4);
    });

    it('files nothing new when the same file is imported again', async () => {
      const before = await tableCounts();
      const again = (await upload('import', file).expect(200)).body as WorkOrderImportResult;
      expect(again.counts).toEqual({ filed: 0, skipped: expected.filed + expected.skipped, refused: expected.refused });
      expect(again.rows.filter((r) => r.outcome === 'skipped').every((r: WorkOrderRowResult) => r.appealId !== null)).toBe(true);
      expect(await tableCounts()).toEqual(before);
    });
  });

  it('files each row in a transaction of its own: a row intake fails half-way leaves nothing, the others are filed', async () => {
    // A failure inside the filing's transaction, after the appeal, its line and its timers were written.
    t.app.get(EventBus).on('AppealFiled', async (_em, { appeal }) => {
      if (appeal.content.includes('【故障】')) throw new AppError(422, 'VALIDATION_FAILED', '登记时出错（测试）');
    });
    const rows = batch()
      .slice(0, 3)
      .map((r, i) => ({ ...r, no: `BJ12345-20260303-${i + 1}0`, content: i === 1 ? `【故障】${String(r.content)}` : r.content, expect: 'filed' as const }));
    const before = await tableCounts();
    const res = (await upload('import', await workbookOf(rows)).expect(200)).body as WorkOrderImportResult;
    expect(res.counts).toEqual({ filed: 2, skipped: 0, refused: 1 });
    expect(res.rows[1]).toMatchObject({ outcome: 'refused', errors: ['登记时出错（测试）'], appealId: null });
    const after = await tableCounts();
    expect([after.appeals - before.appeals, after.appeal_events - before.appeal_events]).toEqual([2, 2]);
    expect(await t.dataSource.getRepository(Appeal).countBy({ workOrderNo: 'BJ12345-20260303-20' })).toBe(0);
    const filed = res.rows.filter((r) => r.outcome === 'filed').map((r) => r.appealId!);
    expect(after.appeal_timers - before.appeal_timers).toBe(await t.dataSource.getRepository(Timer).countBy({ ownerType: 'appeal', ownerId: In(filed) }));
    await expectNoOrphanTimers();
  });

  it('takes a CSV export too, in UTF-8 or in GB18030 as Excel saves it', async () => {
    const csv = [
      '工单号,派单日期,处理时限,来电内容,所属社区（村）,事发地址,来电人姓名,来电号码,诉求分类',
      'BJ12345-20260302-9001,2026-03-02 09:30,2026-03-03 09:30,"反映小区路灯不亮，""很危险""",测试甲社区,,张先生,13910009001,',
      'BJ12345-20260302-9002,2026/3/2 10:05,2026/3/4 10:05,来电人反映楼道堆物,,万寿路街道测试乙社区乙1号楼,,,物业管理',
      'BJ12345-20260302-9003,2026-03-02 11:00,2026-03-01 11:00,反映噪音扰民,测试丙社区,,,,',
      '',
    ].join('\r\n');
    const utf8 = (await upload('import', Buffer.from(`\uFEFF${csv}`), '12345工单.csv').expect(200)).body as WorkOrderImportResult;
    expect(utf8).toMatchObject({ sheet: null, headerRow: 1, counts: { filed: 2, skipped: 0, refused: 1 } });
    expect(utf8.rows.map((r) => [r.row, r.outcome, r.community?.name ?? null, r.building?.name ?? null])).toEqual([
      [2, 'filed', '测试甲社区', null],
      [3, 'filed', '测试乙社区', '乙1号楼'],
      [4, 'refused', '测试丙社区', null],
    ]);
    const first = await t.dataSource.getRepository(Appeal).findOneByOrFail({ workOrderNo: 'BJ12345-20260302-9001' });
    expect([first.content, first.contactName, first.cityDueAt?.toISOString()]).toEqual(['反映小区路灯不亮，"很危险"', '张先生', '2026-03-03T01:30:00.000Z']);
    expect((await t.dataSource.getRepository(Appeal).findOneByOrFail({ workOrderNo: 'BJ12345-20260302-9002' })).category).toBe('propertyManagement');

    // The same rows saved by Excel as GB18030 (with a new number): read alike.
    const encoded = encodeGb18030(csv.replace('BJ12345-20260302-9001', 'BJ12345-20260302-9004'));
    const again = (await upload('import', encoded, '12345工单.csv').expect(200)).body as WorkOrderImportResult;
    expect(again.counts).toEqual({ filed: 1, skipped: 1, refused: 1 });
    expect((await t.dataSource.getRepository(Appeal).findOneByOrFail({ workOrderNo: 'BJ12345-20260302-9004' })).content).toBe('反映小区路灯不亮，"很危险"');
  });

  describe('refuses what it cannot read with a 400 naming the file, and writes nothing', () => {
    const cases: [string, () => Promise<Buffer>, string, number, RegExp][] = [
      ['an empty file', async () => Buffer.alloc(0), 'a.csv', 400, /文件是空的/],
      ['a PDF', async () => Buffer.from('%PDF-1.7 …'), 'a.pdf', 400, /只能上传 \.xlsx 或 \.csv/],
      ['an old .xls', async () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2]), 'a.xls', 400, /旧版 \.xls/],
      ['text named .xlsx', async () => Buffer.from('工单号,派单日期'), 'a.xlsx', 400, /不是有效的 \.xlsx/],
      ['a zip that is no workbook', async () => Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100, 1)]), 'a.xlsx', 400, /不是有效的 \.xlsx/],
      [
        'a workbook without the header',
        async () => {
          const book = new ExcelJS.Workbook();
          book.addWorksheet('Sheet1').addRow(['序号', '内容']);
          return Buffer.from(await book.xlsx.writeBuffer());
        },
        'a.xlsx',
        400,
        /找不到表头「工单号」/,
      ],
      ['a CSV lacking mapped columns', async () => Buffer.from('工单号,来电内容\nBJ-0001,路灯不亮'), 'a.csv', 400, /表头缺少列：「派单日期」（派单时间）/],
      ['a CSV with an open quote', async () => Buffer.from('工单号,"来电内容\nBJ-0001,路灯'), 'a.csv', 400, /CSV 文件格式有误/],
      ['a file over 5 MB', async () => Buffer.alloc(5 * 1024 * 1024 + 1, 0x41), 'a.csv', 413, /不能超过 5 MB/],
    ];

    it.each(cases)('%s', async (_what, make, filename, status, message) => {
      const before = await tableCounts();
      const res = await upload('import', await make(), filename).expect(status);
      expect(res.body.message).toMatch(message);
      expect(res.body.details).toEqual([{ field: 'file', message: res.body.message }]);
      expect(await tableCounts()).toEqual(before);
    });

    it('no file, a JSON body, another field, two files', async () => {
      const post = () => t.as('commandCenter').post('/api/work-orders/import');
      for (const res of [
        await post().expect(400),
        await post().send({ file: 'x' }).expect(400),
        await post().field('note', 'x').attach('file', Buffer.from('a'), 'a.csv').expect(400),
        await post().attach('file', Buffer.from('a'), 'a.csv').attach('file', Buffer.from('b'), 'b.csv').expect(400),
        await post().attach('upload', Buffer.from('a'), 'a.csv').expect(400),
      ]) {
        expect(res.body.details).toEqual([{ field: 'file', message: expect.stringMatching(/file/) }]);
      }
    });
  });
});

/** GB18030 bytes of a text, as Excel in China saves a CSV (Node decodes GB18030 but has no encoder: a table of the characters used). */
function encodeGb18030(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  // Every two-byte GBK code, decoded once: the characters of the batch are among them.
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(Buffer.from([lead, trail]));
      if (!table.has(char)) table.set(char, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0));
    else {
      const code = table.get(char);
      if (!code) throw new Error(`no GB18030 code for ${char}`);
      bytes.push(...code);
    }
  }
  return Buffer.from(bytes);
}
