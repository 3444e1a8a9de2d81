import type { AppealDetail } from '@lingjuli/shared';
import { createTestApp, type TestApp } from '../testing/test-app';

const HOUR = 3_600_000;

/**
 * 12345 work orders (接诉即办, docs/domain.md §4): a transfer carries the city's work-order number, its
 * dispatch time and its deadline; the appeal is due by the stricter of the city's and its tier's.
 */
describe('12345 work orders on the appeal (real HTTP, real database)', () => {
  let t: TestApp;
  let key = 0;

  beforeAll(async () => {
    t = await createTestApp({ startAt: '2026-03-02T10:00:00+08:00' });
  });
  afterAll(() => t.close());

  const transfer = (who: 'staffA' | 'commandCenter', body: Record<string, unknown>) =>
    t
      .as(who)
      .post('/api/appeals')
      .set('Idempotency-Key', `work-order-${++key}`)
      .send({ channel: 'city12345', content: '小区门口人行道地砖松动，老人容易绊倒', communityId: t.fixtures.communities.a.id, ...body });

  it("keeps the work order and is due by the city's deadline when it is stricter than the tier's", async () => {
    const res = await transfer('staffA', {
      workOrderNo: 'BJ12345-20260302-0001',
      cityDispatchedAt: '2026-03-02T09:30:00+08:00',
      cityDueAt: '2026-03-03T09:30:00+08:00',
    }).expect(201);
    const appeal = res.body as AppealDetail;
    expect(appeal.tier).toBe('ordinary');
    expect(appeal).toMatchObject({ workOrderNo: 'BJ12345-20260302-0001', cityDueAt: '2026-03-03T01:30:00.000Z', dueAt: '2026-03-03T01:30:00.000Z' });
    expect(appeal.cityDispatchedAt).toBe('2026-03-02T01:30:00.000Z');
    expect(appeal.timeline[0].data).toMatchObject({ workOrderNo: 'BJ12345-20260302-0001' });

    // Confirmed as complex on acceptance (15 days from receipt by the tier's rule): the city's deadline still binds.
    const accepted = await t.act('staffA', appeal.id, 'accept', { tier: 'complex', note: '需多部门协调' });
    expect(accepted).toMatchObject({ tier: 'complex', dueAt: '2026-03-03T01:30:00.000Z' });
  });

  it("keeps the tier's deadline when the city's is looser", async () => {
    const res = await transfer('staffA', { workOrderNo: 'BJ12345-20260302-0002', cityDueAt: '2026-03-20T10:00:00+08:00' }).expect(201);
    expect(new Date(res.body.dueAt).getTime() - t.clock.now().getTime()).toBe(7 * 24 * HOUR);
  });

  it('takes a work-order number in once: the same number again is a 409 naming the field; a retry of the same transfer is not', async () => {
    const body = { workOrderNo: 'BJ12345-20260302-0003' };
    const first = await transfer('staffA', body).expect(201);
    const again = await transfer('staffA', body).expect(409);
    expect(again.body).toMatchObject({ code: 'WORK_ORDER_TAKEN', details: [{ field: 'workOrderNo' }] });
    const retry = await t
      .as('staffA')
      .post('/api/appeals')
      .set('Idempotency-Key', `work-order-${key - 1}`)
      .send({ channel: 'city12345', content: '小区门口人行道地砖松动，老人容易绊倒', communityId: t.fixtures.communities.a.id, ...body })
      .expect(200);
    expect(retry.body.id).toBe(first.body.id);
  });

  it('refuses a work order on another channel, a malformed number, and a city deadline before its dispatch', async () => {
    const window = await t
      .as('staffA')
      .post('/api/appeals')
      .set('Idempotency-Key', `work-order-${++key}`)
      .send({ channel: 'window', content: '楼道灯不亮', communityId: t.fixtures.communities.a.id, workOrderNo: 'BJ12345-X' })
      .expect(400);
    expect(window.body.details).toEqual([{ field: 'workOrderNo', message: '只有12345转派的诉求填写工单信息' }]);
    const malformed = await transfer('staffA', { workOrderNo: '工单一号' }).expect(400);
    expect(malformed.body.details[0].field).toBe('workOrderNo');
    const backwards = await transfer('staffA', {
      workOrderNo: 'BJ12345-20260302-0004',
      cityDispatchedAt: '2026-03-02T09:30:00+08:00',
      cityDueAt: '2026-03-02T09:00:00+08:00',
    }).expect(400);
    expect(backwards.body.details).toEqual([{ field: 'cityDueAt', message: '市级办理时限应晚于派单时间' }]);
  });

  it("lets the street's command centre take a transfer in for any community, and only a 12345 one", async () => {
    const res = await transfer('commandCenter', { workOrderNo: 'BJ12345-20260302-0005', communityId: t.fixtures.communities.b.id }).expect(201);
    expect(res.body).toMatchObject({ communityId: t.fixtures.communities.b.id, status: 'received', firstResponder: null });
    await t
      .as('commandCenter')
      .post('/api/appeals')
      .set('Idempotency-Key', `work-order-${++key}`)
      .send({ channel: 'window', content: '楼道灯不亮', communityId: t.fixtures.communities.b.id })
      .expect(400);
    // Community staff still file only for their own community.
    await transfer('staffA', { workOrderNo: 'BJ12345-20260302-0006', communityId: t.fixtures.communities.b.id }).expect(400);
  });
});
