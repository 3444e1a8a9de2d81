import type { WhistleListQuery } from '@lingjuli/shared';
import { AppealIntakeService } from '../appeals/appeal-intake.service';
import { AppealQueriesService } from '../appeals/appeal-queries.service';
import { Appeal } from '../appeals/entities/appeal.entity';
import { DispatchOrder } from '../appeals/entities/dispatch-order.entity';
import type { FixtureUser } from '../testing/fixtures';
import { createServiceHarness, type ServiceHarness } from '../testing/service-harness';
import { WhistleQueriesService } from './whistle-queries.service';
import { WhistleTarget } from './whistle-target.entity';
import { Whistle } from './whistle.entity';
import { WhistlesService } from './whistles.service';

const MINUTE = 60_000;

/**
 * The whistle list and the pending dispatch orders, page by page (docs/architecture.md, "Lists that
 * grow"): 20 whistles or 50 orders a page, each row once, in the list's order, ties on the time broken by id, a cursor
 * while there are more, and a cursor that is not one of the list's refused on the `cursor` field.
 */
describe('whistles and pending dispatch orders: cursors (services, no HTTP)', () => {
  let h: ServiceHarness;
  /** Community A's whistles, newest first; every other one also whistles the parks bureau. */
  let newestFirst: Whistle[];

  beforeAll(async () => {
    h = await createServiceHarness();
    const { communities, departments } = h.fixtures;
    const model = await h.get(WhistlesService).create(h.ctx('staffA'), {
      subject: '路灯不亮',
      description: '小区主路三盏路灯不亮',
      departmentIds: [departments.parks.id],
    });
    // 70 copies, three to a minute (ties on createdAt, one across the first page's end), going back in time.
    const { id: _id, targets: _targets, ...row } = model;
    const copies = Array.from({ length: 70 }, (_, i) => ({ ...row, createdAt: new Date(model.createdAt.getTime() - (1 + Math.floor(i / 3)) * MINUTE) }));
    const inserted = (await h.dataSource.getRepository(Whistle).insert(copies)).identifiers.map((x) => Number(x.id));
    await h.dataSource.getRepository(WhistleTarget).insert(
      inserted
        .map((whistleId, i) => ({
          whistleId,
          departmentId: departments.parks.id,
          status: 'whistled' as const,
          whistleStatus: row.status,
          whistleCreatedAt: copies[i].createdAt,
        }))
        // Three in four whistle the parks bureau too: more than a page of its own.
        .filter((_, i) => i % 4 !== 3),
    );
    newestFirst = await h.dataSource.getRepository(Whistle).find({ where: { communityId: communities.a.id }, order: { createdAt: 'DESC', id: 'DESC' } });
  });
  afterAll(() => h.close());

  const list = (query: WhistleListQuery, user: FixtureUser = 'staffA') => h.get(WhistleQueriesService).list(h.ctx(user), query);

  async function walk(query: WhistleListQuery, user: FixtureUser): Promise<{ ids: number[]; pages: number }> {
    const ids: number[] = [];
    let pages = 0;
    let cursor: string | undefined;
    do {
      const page = await list({ ...query, ...(cursor ? { cursor } : {}) }, user);
      ids.push(...page.items.map((w) => w.id));
      pages++;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return { ids, pages };
  }

  it("a community's whistles: 20 newest, then the rest after the cursor, each once", async () => {
    const first = await list({});
    expect(first.items).toHaveLength(20);
    expect(first.items[0].targets.map((t) => t.departmentId)).toEqual([h.fixtures.departments.parks.id]);
    expect(await walk({}, 'staffA')).toEqual({ ids: newestFirst.map((w) => w.id), pages: 4 });
  });

  it("a department's open whistles: only those it was whistled in, newest first, page by page", async () => {
    const parks = h.fixtures.departments.parks.id;
    const whistled = new Set((await h.dataSource.getRepository(WhistleTarget).findBy({ departmentId: parks })).map((t) => t.whistleId));
    const own = newestFirst.filter((w) => whistled.has(w.id)).map((w) => w.id);
    expect(await walk({ status: 'open' }, 'deptParks')).toEqual({ ids: own, pages: 3 });
    expect(await walk({}, 'deptParks')).toEqual({ ids: own, pages: 3 });
    expect(await walk({ status: 'closed' }, 'deptParks')).toEqual({ ids: [], pages: 1 });
  });

  it('the street: every whistle, newest first, with a cursor on the first page', async () => {
    const { ids } = await walk({}, 'streetAdmin');
    expect(ids).toEqual(newestFirst.map((w) => w.id));
  });

  const cursorOf = (...parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');
  const lists: Record<string, (cursor: string) => Promise<unknown>> = {
    whistles: (cursor) => list({ cursor }),
    pending: (cursor) => h.get(AppealQueriesService).pendingDispatchOrders(h.ctx('commandCenter'), { cursor }),
  };
  it.each<[string, string, (name: string) => string]>([
    ['whistles', 'not base64 JSON', () => '%%%'],
    ['whistles', 'JSON of another shape', () => Buffer.from('{"a":1}').toString('base64url')],
    ['whistles', 'of another list', () => cursorOf('pending', '2026-03-02T02:00:00.000Z', 3)],
    ['whistles', 'a bad id', (name) => cursorOf(name, '2026-03-02T02:00:00.000Z', 0)],
    ['pending', 'not base64 JSON', () => '%%%'],
    ['pending', 'of another list', () => cursorOf('whistles', '2026-03-02T02:00:00.000Z', 3)],
    ['pending', 'an impossible time', (name) => cursorOf(name, 'yesterday', 3)],
  ])('%s: a cursor that is %s is refused on the cursor field', async (name, _what, cursor) => {
    await expect(lists[name](cursor(name))).rejects.toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      details: [expect.objectContaining({ field: 'cursor' })],
    });
  });

  it('pending dispatch orders: the oldest request first, 50 a page, only open appeals', async () => {
    const { appeal } = await h
      .get(AppealIntakeService)
      .file(h.ctx('staffA'), { channel: 'hotline', content: '楼前私搭乱建', communityId: h.fixtures.communities.a.id }, 'pending-model');
    const { id: _id, isOpen: _isOpen, ...row } = await h.dataSource.getRepository(Appeal).findOneByOrFail({ id: appeal.id });
    const copies = Array.from({ length: 71 }, (_, i) => ({ ...row, idempotencyKey: `pending-${i}`, status: i % 10 === 9 ? ('closed' as const) : row.status }));
    const appealIds: number[] = [];
    for (let i = 0; i < copies.length; i += 100)
      appealIds.push(...(await h.dataSource.getRepository(Appeal).insert(copies.slice(i, i + 100))).identifiers.map((x) => Number(x.id)));
    const at = new Date('2026-03-02T02:00:00.000Z').getTime();
    // Requested newest-id first, two to a minute (a pair split by the first page's end): the order is by request time, then the order's id.
    const orders = appealIds.map((appealId, i) => ({
      appealId,
      status: 'pending' as const,
      reason: '涉及违法建设',
      requestedAt: new Date(at - Math.floor(i / 2) * MINUTE),
      consultationNote: '',
      appealDueAt: row.dueAt,
    }));
    const orderIds = (await h.dataSource.getRepository(DispatchOrder).insert(orders)).identifiers.map((x) => Number(x.id));
    const expected = orders
      .map((o, i) => ({ ...o, id: orderIds[i] }))
      .filter((_, i) => copies[i].status !== 'closed')
      .sort((x, y) => x.requestedAt.getTime() - y.requestedAt.getTime() || x.id - y.id)
      .map((o) => o.appealId);

    const pending = (cursor?: string) => h.get(AppealQueriesService).pendingDispatchOrders(h.ctx('commandCenter'), cursor ? { cursor } : {});
    const first = await pending();
    expect(first.items).toHaveLength(50);
    expect(first.nextCursor).not.toBeNull();
    const second = await pending(first.nextCursor!);
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((a) => a.id)).toEqual(expected);
  });
});
