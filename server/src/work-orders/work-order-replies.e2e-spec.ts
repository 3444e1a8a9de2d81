import { parse } from 'csv-parse/sync';
import { createTestApp, type TestApp } from '../testing/test-app';
import { bodyBytes, readWorkbook, sheetRows } from '../testing/xlsx';

const HOUR = 3_600_000;
const COLUMNS = ['工单编号', '办理结果', '回复内容', '办结时间', '是否联系', '是否解决', '是否满意'];

/**
 * The replies to upload back to 12345 (docs/integration.md): the work orders taken in on the days
 * asked for, in the city's layout, as .xlsx and CSV — read back with exceljs and csv-parse.
 */
describe('the 12345 replies export (real HTTP, real database)', () => {
  let t: TestApp;
  let key = 0;

  beforeAll(async () => {
    t = await createTestApp({ startAt: '2026-03-02T09:00:00+08:00' });
  });
  afterAll(() => t.close());

  const transfer = async (workOrderNo: string, content: string, extra: object = {}) =>
    (
      await t
        .as('commandCenter')
        .post('/api/appeals')
        .set('Idempotency-Key', `replies-${++key}`)
        .send({
          channel: 'city12345',
          content,
          communityId: t.fixtures.communities.a.id,
          workOrderNo,
          cityDispatchedAt: '2026-03-02T08:30:00+08:00',
          cityDueAt: '2026-03-05T08:30:00+08:00',
          ...extra,
        })
        .expect(201)
    ).body.id as number;

  beforeAll(async () => {
    // Taken in on 2 March: one handled end to end and rated on the callback, one in progress, one not yet taken in.
    const handled = await transfer('BJ12345-20260302-0101', '我叫李桂兰，住3单元502，楼道灯坏了一个星期了，电话13812345678', { contactName: '李桂兰' });
    t.clock.advance(HOUR);
    await t.act('staffA', handled, 'accept', {});
    t.clock.advance(2 * HOUR);
    await t.act('staffA', handled, 'resolve', { note: '已请物业更换3单元楼道灯' });
    t.clock.advance(HOUR);
    await t.act('staffA', handled, 'feedback', { method: 'phone', content: '李桂兰您好，3单元502门前的楼道灯已换新，如有问题请拨打13812345678联系我们' });
    t.clock.advance(HOUR);
    await t.act('staffA', handled, 'callback', { solved: true, satisfaction: 'basicallySatisfied' });

    const inProgress = await transfer('BJ12345-20260302-0102', '小区门口人行道地砖松动');
    await t.act('staffA', inProgress, 'accept', {});
    await t.act('staffA', inProgress, 'feedback', { method: 'visit', content: '已联系施工队，本周内修复' });
    await transfer('BJ12345-20260302-0103', '垃圾桶满了没人清');
    // Not a work order: never in the file.
    await t
      .as('staffA')
      .post('/api/appeals')
      .set('Idempotency-Key', `replies-${++key}`)
      .send({ channel: 'window', content: '楼道灯不亮', communityId: t.fixtures.communities.a.id })
      .expect(201);
    // Taken in the next day: outside a file of 2 March.
    t.clock.set(new Date('2026-03-03T10:00:00+08:00'));
    await transfer('BJ12345-20260303-0001', '路灯不亮');
  });

  const EXPECTED = [
    COLUMNS,
    // Resolved 12:00, fed back 13:00, closed by the callback: done at its resolution; her name, flat and number masked.
    ['BJ12345-20260302-0101', '已办结', '***您好，*单元***门前的楼道灯已换新，如有问题请拨打***********联系我们', '2026-03-02 12:00', '是', '是', '基本满意'],
    ['BJ12345-20260302-0102', '办理中', '已联系施工队，本周内修复', null, '是', null, null],
    ['BJ12345-20260302-0103', '待受理', null, null, '否', null, null],
  ];

  it('as .xlsx: the work orders taken in on those days, in 12345’s columns, personal data masked', async () => {
    const { res, bytes } = await bodyBytes(t.as('commandCenter').get('/api/work-orders/replies.xlsx?from=2026-03-02&to=2026-03-02'));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('12345工单回复_2026-03-02至2026-03-02.xlsx')}`);
    const book = await readWorkbook(bytes);
    expect(book.worksheets.map((s) => s.name)).toEqual(['工单回复']);
    expect(sheetRows(book.worksheets[0])).toEqual(EXPECTED);
  });

  it('as CSV: the same rows', async () => {
    const res = await t.as('streetAdmin').get('/api/work-orders/replies.csv?from=2026-03-01&to=2026-03-02').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.text.startsWith('\uFEFF')).toBe(true);
    const rows = parse(res.text, { bom: true });
    expect(rows).toEqual(EXPECTED.map((row) => row.map((cell) => cell ?? '')));
    expect(res.text).not.toContain('李桂兰');
  });

  it('a range covers each of its days; one without work orders is just the header', async () => {
    const both = await t.as('commandCenter').get('/api/work-orders/replies.csv?from=2026-03-02&to=2026-03-03').expect(200);
    expect(parse(both.text, { bom: true }).map((r) => r[0])).toEqual([
      '工单编号',
      'BJ12345-20260302-0101',
      'BJ12345-20260302-0102',
      'BJ12345-20260302-0103',
      'BJ12345-20260303-0001',
    ]);
    const empty = await t.as('commandCenter').get('/api/work-orders/replies.csv?from=2026-02-01&to=2026-02-28').expect(200);
    expect(parse(empty.text, { bom: true })).toEqual([COLUMNS]);
  });

  it('refuses a period it cannot read with a 400 on the field', async () => {
    const get = (query: string) => t.as('commandCenter').get(`/api/work-orders/replies.xlsx${query}`);
    expect((await get('?from=2026-03-05&to=2026-03-01').expect(400)).body.details[0].field).toBe('to');
    expect((await get('?from=2025-01-01&to=2026-03-01').expect(400)).body.details[0].field).toBe('to');
    expect((await get('?from=2026-03-01').expect(400)).body.details[0].field).toBe('to');
    expect((await get('?from=2026-02-30&to=2026-03-01').expect(400)).body.details[0].field).toBe('from');
    expect((await get('?from=2026-03-01&to=2026-03-02&extra=1').expect(400)).body.code).toBe('VALIDATION_FAILED');
  });
});
