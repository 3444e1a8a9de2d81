import { createTestApp, type TestApp } from '../testing/test-app';

describe('colleagues in scope (GET /api/users)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const names = async (who: Parameters<TestApp['as']>[0], query: Record<string, string> = {}) =>
    ((await t.as(who).get('/api/users').query(query).expect(200)).body as { displayName: string }[]).map((u) => u.displayName).sort();

  it("includes the grid secretary over the caller's community, whom she consults before escalating", async () => {
    expect(await names('staffA', { role: 'gridSecretary' })).toEqual(['gridSecretary1']);
    expect(await names('staffC', { role: 'gridSecretary' })).toEqual(['gridSecretary2']);
  });

  it("lists the community's staff and liaisons, and never another community's", async () => {
    const list = await names('secretaryA');
    expect(list).toEqual(['gridSecretary1', 'liaisonA', 'secretaryA', 'staffA', 'staffA2']);
    expect(await names('staffA', { communityId: String(t.fixtures.communities.b.id) })).toEqual([]);
  });
});
