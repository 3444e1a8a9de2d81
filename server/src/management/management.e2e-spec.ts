import type { ManagementItem as ManagementItemInput, ManagementList } from '@lingjuli/shared';
import type { FixtureUser } from '../testing/fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';
import { ManagementItem } from './management-item.entity';

/** 管理权: the street admin keeps each community's list of management powers and resources. */
describe('management list (real HTTP, real database)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const url = (communityId: number) => `/api/communities/${communityId}/management`;
  const rows = (communityId: number) => t.dataSource.getRepository(ManagementItem).find({ where: { communityId }, order: { position: 'ASC' } });
  const items: ManagementItemInput[] = [
    { kind: 'power', title: '社区公共空间使用安排', description: '统筹安排社区活动室、广场等公共空间的使用时段。' },
    { kind: 'power', title: '停车位统筹', description: '协调辖区单位错时共享停车位。' },
    { kind: 'resource', title: '共建单位场地资源', description: '' },
  ];

  it('starts empty, and the street admin replaces the whole list, recording who and when', async () => {
    const { a } = t.fixtures.communities;
    expect((await t.as('secretaryA').get(url(a.id)).expect(200)).body).toEqual({ communityId: a.id, items: [], updatedAt: null, updatedBy: null });

    const saved = await t.as('streetAdmin').put(url(a.id)).send({ items }).expect(200);
    const list = saved.body as ManagementList;
    expect(list).toMatchObject({
      communityId: a.id,
      updatedAt: t.clock.now().toISOString(),
      updatedBy: { id: t.fixtures.users.streetAdmin.id, name: 'streetAdmin', role: 'streetAdmin' },
    });
    expect(list.items.map(({ id: _id, ...item }) => item)).toEqual(items);
    expect((await t.as('staffA').get(url(a.id)).expect(200)).body).toEqual(list);

    // A second replace drops what is no longer listed and keeps the new order.
    t.clock.advance(60_000);
    const next = [{ kind: 'power', title: '  小区绿化养护协调  ', description: '协调园林绿化队对小区绿地进行修剪养护。' }, items[0]];
    const replaced = (await t.as('streetAdmin').put(url(a.id)).send({ items: next }).expect(200)).body as ManagementList;
    expect(replaced.items.map((i) => i.title)).toEqual(['小区绿化养护协调', '社区公共空间使用安排']);
    expect(replaced.updatedAt).toBe(t.clock.now().toISOString());
    expect((await rows(a.id)).map((r) => [r.position, r.title])).toEqual([
      [0, '小区绿化养护协调'],
      [1, '社区公共空间使用安排'],
    ]);

    // Emptying the list is allowed.
    expect((await t.as('streetAdmin').put(url(a.id)).send({ items: [] }).expect(200)).body.items).toEqual([]);
    expect(await rows(a.id)).toEqual([]);
  });

  it('keeps the list to the caller’s communities: own community, the grid’s, or the street’s all', async () => {
    const { a, b, c } = t.fixtures.communities;
    await t.as('streetAdmin').put(url(c.id)).send({ items }).expect(200);
    const can = async (who: FixtureUser, communityId: number, status: number) => t.as(who).get(url(communityId)).expect(status);
    await can('staffC', c.id, 200);
    await can('staffA', c.id, 404);
    await can('secretaryB', c.id, 404);
    await can('gridSecretary1', a.id, 200);
    await can('gridSecretary1', b.id, 200);
    await can('gridSecretary1', c.id, 404);
    await can('gridSecretary2', c.id, 200);
    await can('commandCenter', c.id, 200);
    await can('streetAdmin', 9999, 404);
    await can('deptParks', c.id, 403);
    await can('residentA', a.id, 403);
    await can('liaisonA', a.id, 403);
  });

  it('lets only the street admin edit, and validates every item', async () => {
    const { b } = t.fixtures.communities;
    for (const who of ['secretaryB', 'staffB', 'gridSecretary1', 'commandCenter'] as const) {
      await t.as(who).put(url(b.id)).send({ items }).expect(403);
    }
    await t.as('streetAdmin').put(url(9999)).send({ items }).expect(404);

    const bad = async (body: object, field: string) => {
      const res = await t.as('streetAdmin').put(url(b.id)).send(body).expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    };
    await bad({}, 'items');
    await bad({ items: 'all' }, 'items');
    await bad({ items: [{ ...items[0], kind: 'duty' }] }, 'items.0.kind');
    await bad({ items: [items[0], { ...items[1], title: '' }] }, 'items.1.title');
    await bad({ items: [{ ...items[0], title: '长'.repeat(101) }] }, 'items.0.title');
    await bad({ items: [{ ...items[0], description: '长'.repeat(2001) }] }, 'items.0.description');
    await bad({ items: Array.from({ length: 51 }, () => items[0]) }, 'items');
    expect(await rows(b.id)).toEqual([]);
    // Fifty is fine.
    await t
      .as('streetAdmin')
      .put(url(b.id))
      .send({ items: Array.from({ length: 50 }, () => items[0]) })
      .expect(200);
    expect(await rows(b.id)).toHaveLength(50);
  });
});
