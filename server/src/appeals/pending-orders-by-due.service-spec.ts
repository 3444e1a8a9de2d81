import { createServiceHarness, type ServiceHarness } from '../testing/service-harness';
import { AppealIntakeService } from './appeal-intake.service';
import { AppealQueriesService } from './appeal-queries.service';
import { dispatchOrderKeys } from './dispatch-order-keys';
import { Appeal } from './entities/appeal.entity';
import { DispatchOrder } from './entities/dispatch-order.entity';
import { writeAppeal } from './write-appeal';

const MINUTE = 60_000;

/**
 * The pending dispatch orders overdue first, then by deadline (`sort: 'overdue'`, the command
 * centre's desk): across pages, each order once, the overdue ones (most overdue first) before those
 * past due but responded to and those still in time, ties on the deadline broken by the order's id;
 * and the orders' copies of their appeal's deadline kept in step by `writeAppeal`.
 */
describe('pending dispatch orders, overdue first (services, no HTTP)', () => {
  let h: ServiceHarness;

  beforeAll(async () => {
    h = await createServiceHarness();
  });
  afterAll(() => h.close());

  const pending = (query: { sort?: 'requested' | 'overdue'; cursor?: string }) =>
    h.get(AppealQueriesService).pendingDispatchOrders(h.ctx('commandCenter'), query);

  it('reads the overdue first, then the responded past due, then those in time, 50 a page, each once', async () => {
    const { appeal } = await h
      .get(AppealIntakeService)
      .file(h.ctx('staffA'), { channel: 'hotline', content: '楼前私搭乱建', communityId: h.fixtures.communities.a.id }, 'by-due-model');
    const { id: _id, isOpen: _isOpen, ...row } = await h.dataSource.getRepository(Appeal).findOneByOrFail({ id: appeal.id });
    const now = h.clock.now().getTime();
    // 56 overdue, 20 past due but responded to, 60 still in time; every tenth closed (its order left out),
    // every seventh already dispatched; deadlines two to a minute (pairs split by a page's end) and shuffled against the ids.
    const kinds = [...Array(56).fill('overdue'), ...Array(20).fill('responded'), ...Array(60).fill('inTime')] as const;
    const copies = kinds.map((kind, i) => {
      const minutes = Math.floor(((i * 37) % kinds.length) / 2) + 1;
      const dueAt = new Date(kind === 'inTime' ? now + minutes * MINUTE : now - minutes * MINUTE);
      return {
        ...row,
        idempotencyKey: `by-due-${i}`,
        status: i % 10 === 9 ? ('closed' as const) : row.status,
        dueAt,
        respondedAt: kind === 'responded' ? new Date(dueAt.getTime() - 10 * MINUTE) : null,
      };
    });
    const appealIds: number[] = [];
    for (let i = 0; i < copies.length; i += 50)
      appealIds.push(...(await h.dataSource.getRepository(Appeal).insert(copies.slice(i, i + 50))).identifiers.map((x) => Number(x.id)));
    const orders = appealIds.map((appealId, i) => ({
      appealId,
      status: i % 7 === 3 ? ('dispatched' as const) : ('pending' as const),
      reason: '涉及违法建设',
      requestedAt: new Date(now - i * MINUTE),
      consultationNote: '',
      ...dispatchOrderKeys(copies[i]),
    }));
    const orderIds = (await h.dataSource.getRepository(DispatchOrder).insert(orders)).identifiers.map((x) => Number(x.id));
    const rank = (i: number) => (kinds[i] === 'overdue' ? 0 : 1);
    const expected = orders
      .map((o, i) => ({ i, appealId: o.appealId, id: orderIds[i], dueAt: copies[i].dueAt.getTime() }))
      .filter(({ i }) => copies[i].status !== 'closed' && orders[i].status === 'pending')
      .sort((x, y) => rank(x.i) - rank(y.i) || x.dueAt - y.dueAt || x.id - y.id);

    const seen: number[] = [];
    const overdue: boolean[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await pending({ sort: 'overdue', ...(cursor ? { cursor } : {}) });
      expect(page.items.length).toBeLessThanOrEqual(50);
      seen.push(...page.items.map((a) => a.id));
      overdue.push(...page.items.map((a) => a.overdue));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);

    expect(seen).toEqual(expected.map((e) => e.appealId));
    expect(pages).toBe(Math.ceil(expected.length / 50));
    // The overdue ones lead, and only they are overdue.
    const firstInTime = overdue.indexOf(false);
    expect(overdue.slice(0, firstInTime).every(Boolean)).toBe(true);
    expect(overdue.slice(firstInTime).some(Boolean)).toBe(false);
    expect(firstInTime).toBe(expected.filter((e) => kinds[e.i] === 'overdue').length);
    // The default stays the oldest request first.
    const oldestFirst = await pending({});
    expect(oldestFirst.items[0].id).not.toBe(seen[0]);
  });

  it("refuses the other order's cursor on the cursor field", async () => {
    const cursorOf = (...parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');
    await expect(pending({ sort: 'overdue', cursor: cursorOf('pending', '2026-03-02T02:00:00.000Z', 3) })).rejects.toMatchObject({
      status: 400,
      details: [expect.objectContaining({ field: 'cursor' })],
    });
    await expect(pending({ cursor: cursorOf('pendingOverdue', '2026-03-02T02:00:00.000Z', 3) })).rejects.toMatchObject({
      status: 400,
      details: [expect.objectContaining({ field: 'cursor' })],
    });
  });

  it("keeps an order's copy of its appeal's deadline in step when the appeal is written", async () => {
    const { appeal } = await h
      .get(AppealIntakeService)
      .file(h.ctx('staffA'), { channel: 'hotline', content: '楼道堆物', communityId: h.fixtures.communities.a.id }, 'by-due-sync');
    await h.dataSource.getRepository(DispatchOrder).insert({
      appealId: appeal.id,
      status: 'pending',
      reason: '需街道协调',
      requestedAt: h.clock.now(),
      consultationNote: '',
      ...dispatchOrderKeys(appeal),
    });
    const dueAt = new Date(appeal.dueAt.getTime() + 60 * MINUTE);
    await h.dataSource.transaction(async (em) => {
      const row = await em.findOneByOrFail(Appeal, { id: appeal.id });
      Object.assign(row, { dueAt, respondedAt: h.clock.now() });
      await writeAppeal(em, row);
    });
    expect(await h.dataSource.getRepository(DispatchOrder).findOneByOrFail({ appealId: appeal.id })).toMatchObject({
      appealDueAt: dueAt,
      appealResponded: true,
    });
  });
});
