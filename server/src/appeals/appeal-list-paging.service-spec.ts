import { APPEAL_COUNT_LIMIT, type AppealListQuery } from '@lingjuli/shared';
import type { FixtureUser } from '../testing/fixtures';
import { createServiceHarness, type ServiceHarness } from '../testing/service-harness';
import { AppealIntakeService } from './appeal-intake.service';
import { AppealQueriesService } from './appeal-queries.service';
import { Appeal } from './entities/appeal.entity';

/** Paging through a list by cursor (docs/performance.md, "Reads as the ledger grows"), and the capped count. */
describe('appeal lists: cursors and counts (services, no HTTP)', () => {
  let h: ServiceHarness;
  const filed: number[] = [];

  beforeAll(async () => {
    h = await createServiceHarness();
    const intake = h.get(AppealIntakeService);
    for (let i = 0; i < 45; i++) {
      // Some filed in the same millisecond, so ties on the order's key are broken by id.
      if (i % 3 === 0) h.clock.advance(60_000);
      const { appeal } = await intake.file(
        h.ctx('staffA'),
        { channel: 'hotline', content: `第${i}件：楼道灯不亮`, communityId: h.fixtures.communities.a.id },
        `paging-${i}`,
      );
      filed.push(appeal.id);
    }
  });
  afterAll(() => h.close());

  const list = (query: AppealListQuery, user: FixtureUser = 'staffA') => h.get(AppealQueriesService).list(h.ctx(user), query);

  /** Every page from the first, following each page's cursor. */
  async function walk(query: AppealListQuery): Promise<{ ids: number[]; pages: number }> {
    const ids: number[] = [];
    let pages = 0;
    let cursor: string | undefined;
    do {
      const page = await list({ ...query, ...(cursor ? { cursor } : {}) });
      ids.push(...page.items.map((a) => a.id));
      pages++;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return { ids, pages };
  }

  it.each<['due' | 'recent', (ids: number[]) => number[]]>([
    ['due', (ids) => ids],
    ['recent', (ids) => [...ids].reverse()],
  ])('the %s order, page by page: each appeal once, in order, and no cursor after the last page', async (sort, expected) => {
    const { ids, pages } = await walk({ sort, pageSize: 20 });
    expect(ids).toEqual(expected(filed));
    expect(pages).toBe(3);
  });

  it('a cursor goes on from where its page ended, with the page number reported as asked', async () => {
    const first = await list({ pageSize: 20 });
    expect(first).toMatchObject({ total: 45, totalIsLowerBound: false, page: 1 });
    const second = await list({ pageSize: 20, cursor: first.nextCursor! });
    expect(second.items.map((a) => a.id)).toEqual(filed.slice(20, 40));
    // By number, the same page.
    expect((await list({ pageSize: 20, page: 2 })).items.map((a) => a.id)).toEqual(filed.slice(20, 40));
  });

  it.each<[string, AppealListQuery]>([
    ['not base64 JSON', { cursor: '%%%' }],
    ['JSON of another shape', { cursor: Buffer.from('{"a":1}').toString('base64url') }],
    ['an impossible time', { cursor: Buffer.from('["due","yesterday",3]').toString('base64url') }],
    ['a bad id', { cursor: Buffer.from('["due","2026-03-02T02:00:00.000Z",-1]').toString('base64url') }],
    ['another order', { sort: 'recent', cursor: Buffer.from('["due","2026-03-02T02:00:00.000Z",3]').toString('base64url') }],
    ['a page number as well', { page: 2, cursor: Buffer.from('["due","2026-03-02T02:00:00.000Z",3]').toString('base64url') }],
  ])('a cursor that is %s is refused on the cursor field', async (_name, query) => {
    await expect(list(query)).rejects.toMatchObject({ status: 400, code: 'VALIDATION_FAILED', details: [expect.objectContaining({ field: 'cursor' })] });
  });

  it(`counts up to ${APPEAL_COUNT_LIMIT} and then says there are more`, async () => {
    const model = await h.dataSource.getRepository(Appeal).findOneByOrFail({ id: filed[0] });
    const { id: _id, isOpen: _isOpen, ...row } = model;
    const copies = Array.from({ length: APPEAL_COUNT_LIMIT - filed.length + 1 }, (_, i) => ({ ...row, idempotencyKey: `copy-${i}` }));
    for (let i = 0; i < copies.length; i += 200) await h.dataSource.getRepository(Appeal).insert(copies.slice(i, i + 200));
    expect(await list({})).toMatchObject({ total: APPEAL_COUNT_LIMIT, totalIsLowerBound: true });
    // In a list of fewer, exact.
    expect(await list({}, 'staffB')).toMatchObject({ total: 0, totalIsLowerBound: false });
  });
});
