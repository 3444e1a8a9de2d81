import type { ScopeMeasures } from '@lingjuli/shared';
import type ExcelJS from 'exceljs';
import type { FixtureUser } from '../testing/fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';
import { bodyBytes, readWorkbook, sheetRows } from '../testing/xlsx';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PHONE = '13800001111';
const NAME = '李秀英';

/**
 * The ledger export (台账): appeals filed and handled through the API — a caller at the window with a
 * name and a phone, called back; a resident's appeal dispatched to two departments and rated; another
 * community's — exported as .xlsx and read back with exceljs.
 */
describe('the ledger export (real HTTP, real database)', () => {
  let t: TestApp;
  let key = 0;
  const ids = { window: 0, dispatched: 0, otherCommunity: 0 };

  const file = async (who: FixtureUser, at: string, body: object): Promise<number> => {
    t.clock.set(at);
    const res = await t.as(who).post('/api/appeals').set('Idempotency-Key', `ledger-${++key}`).send(body).expect(201);
    return res.body.id as number;
  };

  beforeAll(async () => {
    t = await createTestApp();
    const { communities, buildings, departments, users } = t.fixtures;
    const a = communities.a.id;

    // Before the period: not exported.
    await file('staffA', '2026-02-28T23:50:00+08:00', { channel: 'hotline', content: '二月的诉求', communityId: a });

    // A caller at the window, with her name and phone; handled, fed back by phone, called back.
    ids.window = await file('staffA', '2026-03-02T10:00:00+08:00', {
      channel: 'window',
      content: `我叫${NAME}，3号楼2单元502漏水，电话${PHONE}`,
      contactName: NAME,
      contactPhone: PHONE,
      communityId: a,
    });
    await t.act('staffA', ids.window, 'accept');
    t.clock.set('2026-03-02T15:30:00+08:00');
    await t.act('staffA', ids.window, 'resolve', { note: `已联系物业为${NAME}家维修` });
    t.clock.set('2026-03-02T16:05:00+08:00');
    await t.act('staffA', ids.window, 'feedback', { method: 'phone', content: `电话告知${NAME}已修好` });
    t.clock.set('2026-03-03T09:00:00+08:00');
    await t.act('staffA2', ids.window, 'callback', { solved: true, satisfaction: 'basicallySatisfied' });

    // A resident's appeal, its words starting like a formula; "me too" from a neighbour; dispatched, rated.
    ids.dispatched = await file('residentA', '2026-03-05T08:00:00+08:00', {
      channel: 'online',
      content: "=cmd|' /C calc'!A0 楼道灯坏了",
      communityId: a,
      buildingId: buildings.a1.id,
    });
    const category = (await t.as('residentA').get(`/api/appeals/${ids.dispatched}`).expect(200)).body.category;
    await t.as('residentA2').post(`/api/appeals/${ids.dispatched}/support`).send({ buildingId: buildings.a1.id, category }).expect(200);
    await t.act('staffA', ids.dispatched, 'accept');
    await t.act('secretaryA', ids.dispatched, 'escalate', {
      reason: '涉及多部门',
      consultedWithId: users.gridSecretary1.id,
      consultationNote: '与网格书记协商，同意上报',
    });
    await t.act('commandCenter', ids.dispatched, 'dispatch', {
      leadDepartmentId: departments.parks.id,
      assistingDepartmentIds: [departments.cityManagement.id],
    });
    await t.act('deptCityManagement', ids.dispatched, 'complete-assignment', { note: '已排查线路' });
    await t.act('deptParks', ids.dispatched, 'resolve', { note: '已更换灯具' });
    t.clock.set('2026-03-06T10:00:00+08:00');
    await t.act('staffA', ids.dispatched, 'feedback', { method: 'visit', content: '上门告知灯已修好' });
    await t.act('residentA', ids.dispatched, 'rating', { solved: true, satisfaction: 'satisfied' });

    // Another community's, on the period's last evening (Beijing time).
    ids.otherCommunity = await file('staffB', '2026-03-31T23:30:00+08:00', { channel: 'hotline', content: '乙社区的诉求', communityId: communities.b.id });
    // After the period: not exported.
    await file('staffA', '2026-04-01T00:10:00+08:00', { channel: 'hotline', content: '四月的诉求', communityId: a });
    t.clock.set('2026-04-02T10:00:00+08:00');
  });
  afterAll(() => t?.close());

  const MARCH = 'from=2026-03-01&to=2026-03-31';

  const download = async (who: FixtureUser, query: string) => {
    const { res, bytes } = await bodyBytes(t.as(who).get(`/api/ledger.xlsx?${query}`));
    expect({ status: res.status, type: res.headers['content-type'] }).toEqual({ status: 200, type: XLSX });
    const workbook = await readWorkbook(bytes);
    return { res, workbook, sheets: workbook.worksheets.map((s) => s.name), appeals: table(workbook.worksheets[0]), lines: table(workbook.worksheets[1]) };
  };
  /** A sheet's rows as objects by header. */
  const table = (sheet: ExcelJS.Worksheet) => {
    const [header, ...rows] = sheetRows(sheet);
    return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? null])));
  };
  const code = (id: number, day: string) => `${day}-${String(id).padStart(5, '0')}`;
  const fileName = (res: { headers: Record<string, string> }) => decodeURIComponent(res.headers['content-disposition'].split("''")[1]);

  it('lists the community’s appeals received in the period, in order of receipt, each column as the ledger keeps it', async () => {
    const { res, sheets, appeals, workbook } = await download('staffA', `communityId=${t.fixtures.communities.a.id}&${MARCH}`);
    expect(fileName(res)).toBe('台账_测试甲社区_2026-03-01至2026-03-31.xlsx');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="ledger-\d+-2026-03-01-2026-03-31\.xlsx"; filename\*=UTF-8''/);
    expect(sheets).toEqual(['诉求台账', '联系记录', '汇总']);
    for (const sheet of workbook.worksheets) expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(appeals.map((r) => r['编号'])).toEqual([code(ids.window, '260302'), code(ids.dispatched, '260305')]);
    // 汇总: the same community and period's measures, from the counters (as GET /api/measures gives them).
    const summary = Object.fromEntries(table(workbook.worksheets[2]).map((r) => [r['指标'], r['数值']]));
    const measures = (await t.as('staffA').get('/api/measures?from=2026-03-01&to=2026-03-31').expect(200)).body as ScopeMeasures;
    expect(summary['受理诉求']).toBe(appeals.length);
    expect(summary['评价']).toBe(measures.counts.ratings);
    expect(summary['响应率']).toBe(measures.rates.responseRate === null ? undefined : Math.round(measures.rates.responseRate * 1000) / 10);

    const [window, dispatched] = appeals;
    expect(window).toMatchObject({
      社区: '测试甲社区',
      渠道: '民情窗口',
      受理时间: '2026-03-02 10:00',
      首问负责人: 'staffA',
      诉求人: '李**',
      联系电话: '138****1111',
      办理层级: '社区',
      是否按时: '是',
      反馈方式与时间: '电话 2026-03-02 16:05',
      评价: '已解决，基本满意（回访）',
      办结时间: '2026-03-03 09:00',
    });
    expect(window['承办人/单位']).toBe('staffA');
    expect(window['内容']).toBe('我叫***，3号楼*单元***漏水，电话***********');
    expect(window['时限']).toMatch(/^2026-03-0\d \d\d:\d\d$/);
    expect(dispatched).toMatchObject({
      渠道: '线上',
      受理时间: '2026-03-05 08:00',
      诉求人: 'r********',
      联系电话: null,
      办理层级: '街道指挥分中心',
      反馈方式与时间: '上门 2026-03-06 10:00',
      评价: '已解决，满意',
      办结时间: '2026-03-06 10:00',
    });
    expect(dispatched['承办人/单位']).toMatch(/区园林绿化局（主办）、城市管理办公室（协办）$/);
    // Words starting like a formula are neutralised, as in the CSV exports.
    expect(dispatched['内容']).toBe("'=cmd|' /C calc'!A0 楼道灯坏了");
  });

  it('lists every contact and step on their timelines, masked, with who acted and whether it was public; not the neighbour’s "me too"', async () => {
    const { lines } = await download('secretaryA', MARCH);
    const ofWindow = lines.filter((l) => l['编号'] === code(ids.window, '260302'));
    expect(ofWindow.map((l) => [l['时间'], l['类型'], l['操作人角色'], l['公开/内部']])).toEqual([
      ['2026-03-02 10:00', '提交诉求', '社区工作人员', '公开'],
      ['2026-03-02 10:00', '受理', '社区工作人员', '公开'],
      ['2026-03-02 15:30', '办结', '社区工作人员', '公开'],
      ['2026-03-02 16:05', '反馈', '社区工作人员', '公开'],
      ['2026-03-03 09:00', '电话回访', '社区工作人员', '公开'],
    ]);
    expect(ofWindow[2]['内容']).toBe('已联系物业为***家维修');
    expect(ofWindow[3]['内容']).toBe('电话告知***已修好');
    const ofDispatched = lines.filter((l) => l['编号'] === code(ids.dispatched, '260305')).map((l) => l['类型']);
    expect(ofDispatched).toEqual(expect.arrayContaining(['上报街道', '派单', '完成承办', '办结', '反馈', '评价']));
    expect(ofDispatched).not.toContain('我也遇到了');
    expect(lines.find((l) => l['类型'] === '派单')?.['操作人角色']).toBe('街道指挥分中心');
    // In order of receipt, appeal after appeal.
    const order = lines.map((l) => l['编号']);
    expect(order.lastIndexOf(code(ids.window, '260302'))).toBeLessThan(order.indexOf(code(ids.dispatched, '260305')));
  });

  it('shows no full name or phone number in any cell of any sheet', async () => {
    const { workbook } = await download('streetAdmin', MARCH);
    const cells = workbook.worksheets.flatMap((sheet) => sheetRows(sheet).flat().map(String));
    expect(cells.length).toBeGreaterThan(50);
    for (const secret of [NAME, PHONE, 'residentA']) expect(cells.filter((c) => c.includes(secret))).toEqual([]);
  });

  it.each<[FixtureUser, string, string[]]>([
    ['streetAdmin', '万寿路街道', ['window', 'dispatched', 'otherCommunity']],
    ['commandCenter', '万寿路街道', ['window', 'dispatched', 'otherCommunity']],
    ['gridSecretary1', '第一网格', ['window', 'dispatched', 'otherCommunity']],
    ['gridSecretary2', '第二网格', []],
    ['staffB', '测试乙社区', ['otherCommunity']],
    ['secretaryA', '测试甲社区', ['window', 'dispatched']],
  ])('without a community, %s gets her whole scope (%s)', async (who, title, expected) => {
    const { res, appeals } = await download(who, MARCH);
    expect(fileName(res)).toBe(`台账_${title}_2026-03-01至2026-03-31.xlsx`);
    expect(appeals.map((r) => r['编号'])).toEqual(
      expected.map((name) => code(ids[name as keyof typeof ids], name === 'otherCommunity' ? '260331' : name === 'window' ? '260302' : '260305')),
    );
  });

  it('answers another community with the 404 of a community that does not exist, as JSON', async () => {
    const a = t.fixtures.communities.a.id;
    for (const who of ['staffB', 'secretaryB', 'gridSecretary2'] as const) {
      const res = await t.as(who).get(`/api/ledger.xlsx?communityId=${a}&${MARCH}`).expect(404);
      expect(res.body.code).toBe('COMMUNITY_NOT_FOUND');
      expect(res.headers['content-disposition']).toBeUndefined();
    }
    expect((await t.as('streetAdmin').get(`/api/ledger.xlsx?communityId=999999&${MARCH}`).expect(404)).body.code).toBe('COMMUNITY_NOT_FOUND');
  });

  it.each([
    ['a day that does not exist', 'from=2026-02-30&to=2026-03-31', 'from', '起始日期格式不正确'],
    ['a date-time', 'from=2026-03-01T00:00:00Z&to=2026-03-31', 'from', '起始日期格式不正确'],
    ['no end', 'from=2026-03-01', 'to', '截止日期必须填写'],
    ['an end before the start', 'from=2026-03-31&to=2026-03-01', 'to', '截止日期不能早于起始日期'],
    ['more than 366 days', 'from=2025-01-01&to=2026-01-02', 'to', '导出期间不能超过366天'],
    ['a community id that is not one', `communityId=0x1&${MARCH}`, 'communityId', '社区应为整数'],
  ])('refuses %s with a 400 on the field', async (_what, query, field, message) => {
    const res = await t.as('streetAdmin').get(`/api/ledger.xlsx?${query}`).expect(400);
    expect(res.body.details).toEqual([{ field, message }]);
    expect(res.headers['content-disposition']).toBeUndefined();
  });

  it('takes a leap year’s 366 days', async () => {
    await download('streetAdmin', 'from=2028-01-01&to=2028-12-31');
  });

  it.each<FixtureUser>(['residentA', 'liaisonA', 'deptParks'])('is not for %s (403)', async (who) => {
    await t.as(who).get(`/api/ledger.xlsx?${MARCH}`).expect(403);
  });
});
