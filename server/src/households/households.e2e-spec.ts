import { TokenService } from '../auth/token.service';
import { createTestApp, type TestApp } from '../testing/test-app';
import { ResidentHousehold } from './resident-household.entity';
import { User } from '../users/user.entity';

describe('households (户)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('a resident states her household once, however she writes the flat, and her community follows it', async () => {
    const { a1 } = t.fixtures.buildings;
    await t.as('residentA').get('/api/me/household').expect(200, { household: null });
    const stated = await t.as('residentA').put('/api/me/household').send({ buildingId: a1.id, unit: '２单元', room: '0301室' }).expect(200);
    expect(stated.body).toMatchObject({
      buildingId: a1.id,
      unit: '2',
      room: '301',
      communityId: a1.communityId,
      verifiedAt: null,
      label: `${a1.name} 2单元 301室`,
    });
    expect((await t.as('residentA').get('/api/me/household').expect(200)).body).toEqual({ household: stated.body });

    const again = await t.as('residentA').put('/api/me/household').send({ buildingId: a1.id, unit: '3', room: '101' }).expect(409);
    expect(again.body.code).toBe('HOUSEHOLD_ALREADY_STATED');

    // Her neighbour in the same flat shares the household row.
    const flatmate = await t.as('residentA2').put('/api/me/household').send({ buildingId: a1.id, unit: '2', room: '301' }).expect(200);
    expect(flatmate.body.householdId).toBe(stated.body.householdId);
    expect(await t.dataSource.getRepository(User).findOneByOrFail({ id: t.fixtures.users.residentA2.id })).toMatchObject({ communityId: a1.communityId });
  });

  it('neighbours stating the same new flat at once share one household row', async () => {
    const { b1 } = t.fixtures.buildings;
    const neighbours = await Promise.all(
      [1, 2, 3, 4].map((k) =>
        t.dataSource.getRepository(User).save({
          role: 'resident' as const,
          displayName: `邻居${k}`,
          wechatOpenId: `dev:neighbour-${k}`,
          communityId: null,
          active: true,
          createdAt: t.clock.now(),
        }),
      ),
    );
    const stated = await Promise.all(
      neighbours.map((n) =>
        t.http
          .put('/api/me/household')
          .set('Authorization', `Bearer ${t.app.get(TokenService).issue(n.id, n.role).token}`)
          .send({ buildingId: b1.id, unit: '5', room: '1201' }),
      ),
    );
    expect(stated.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(new Set(stated.map((r) => r.body.householdId)).size).toBe(1);
  });

  it('refuses a flat that is not one, and an unknown building, writing nothing', async () => {
    const before = await t.dataSource.getRepository(ResidentHousehold).count();
    const bad = await t.as('residentB').put('/api/me/household').send({ buildingId: t.fixtures.buildings.b1.id, unit: '二单元', room: '301' }).expect(400);
    expect(bad.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'unit' })]));
    await t.as('residentB').put('/api/me/household').send({ buildingId: t.fixtures.buildings.b1.id, unit: '1', room: '' }).expect(400);
    const unknown = await t.as('residentB').put('/api/me/household').send({ buildingId: 999999, unit: '1', room: '101' }).expect(400);
    expect(unknown.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'buildingId' })]));
    expect(await t.dataSource.getRepository(ResidentHousehold).count()).toBe(before);
  });

  it('her community verifies or resets it; another community sees none of it', async () => {
    const residentA = t.fixtures.users.residentA;
    const listed = await t.as('staffA').get('/api/households?verified=false').expect(200);
    expect(listed.body.map((r: { userId: number }) => r.userId)).toEqual(expect.arrayContaining([residentA.id]));
    expect(listed.body.find((r: { userId: number }) => r.userId === residentA.id)).toMatchObject({ sharedWith: 1, displayName: residentA.displayName });

    const seenByB = (await t.as('staffB').get('/api/households').expect(200)).body as { communityId: number }[];
    expect(seenByB.every((r) => r.communityId === t.fixtures.communities.b.id)).toBe(true);
    await t.as('staffB').post(`/api/households/${residentA.id}/verify`).expect(404);
    await t.as('staffB').delete(`/api/households/${residentA.id}`).expect(404);
    await t.as('residentA').get('/api/households').expect(403);

    const verified = await t.as('secretaryA').post(`/api/households/${residentA.id}/verify`).expect(200);
    expect(verified.body).toMatchObject({ userId: residentA.id, verifiedAt: t.clock.now().toISOString() });
    expect((await t.as('staffA').get('/api/households?verified=true').expect(200)).body.map((r: { userId: number }) => r.userId)).toEqual([residentA.id]);

    // She moved: staff reset it, and she states the new flat.
    await t.as('staffA').delete(`/api/households/${t.fixtures.users.residentA2.id}`).expect(204);
    await t.as('residentA2').get('/api/me/household').expect(200, { household: null });
    await t.as('residentA2').put('/api/me/household').send({ buildingId: t.fixtures.buildings.a2.id, unit: '1', room: '502' }).expect(200);
  });
});
