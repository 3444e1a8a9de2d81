import type { AppealDetail } from '@lingjuli/shared';
import type { FixtureUser } from '../testing/fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';
import { contextOf } from '../users/user.mapper';
import { AccessService } from './access.service';

describe('the access layer (real database)', () => {
  let t: TestApp;
  let access: AccessService;

  beforeAll(async () => {
    t = await createTestApp();
    access = t.app.get(AccessService);
  });
  afterAll(() => t.close());

  const ctx = (who: FixtureUser) => contextOf(t.fixtures.users[who]);
  const file = async (): Promise<AppealDetail> =>
    (
      await t
        .as('staffA')
        .post('/api/appeals')
        .set('Idempotency-Key', `access-${Date.now()}`)
        .send({ channel: 'hotline', content: '楼道灯坏了', communityId: t.fixtures.communities.a.id })
        .expect(201)
    ).body;

  it('require: 403 for a role the permission does not name, the row for one in scope, the resource’s 404 outside it', async () => {
    const appeal = await file();
    await expect(access.require(ctx('residentA'), 'management.read', t.fixtures.communities.a.id)).rejects.toMatchObject({ status: 403 });
    await expect(access.require(ctx('staffA'), 'management.read', t.fixtures.communities.a.id)).resolves.toMatchObject({ id: t.fixtures.communities.a.id });
    await expect(access.require(ctx('staffB'), 'management.read', t.fixtures.communities.a.id)).rejects.toMatchObject({
      status: 404,
      code: 'COMMUNITY_NOT_FOUND',
    });
    await expect(access.require(ctx('staffA'), 'appeal.read', appeal.id)).resolves.toMatchObject({ id: appeal.id });
    await expect(access.require(ctx('staffB'), 'appeal.read', appeal.id)).rejects.toMatchObject({ status: 404, code: 'APPEAL_NOT_FOUND' });
    // A department sees it once it works on it (here: whistled about it), and not before.
    await expect(access.findVisible(ctx('deptParks'), 'appeal', appeal.id)).rejects.toMatchObject({ status: 404 });
    await t
      .as('staffA')
      .post('/api/whistles')
      .send({ appealId: appeal.id, subject: '楼道灯', description: '请来看看', departmentIds: [t.fixtures.departments.parks.id] })
      .expect(201);
    await expect(access.findVisible(ctx('deptParks'), 'appeal', appeal.id)).resolves.toMatchObject({ id: appeal.id });
    await expect(access.findVisible(ctx('deptCityManagement'), 'appeal', appeal.id)).rejects.toMatchObject({ status: 404 });
  });

  it('refuses a resource nobody registered a rule for, and a rule registered twice', async () => {
    await expect(access.findVisible(ctx('streetAdmin'), 'nobodysResource' as never, 1)).rejects.toThrow(/No access rule is registered for nobodysResource/);
    expect(() => access.register('appeal', { entity: 'x', notFound: () => new Error() as never, scope: () => undefined })).toThrow(/registered twice/);
  });
});
