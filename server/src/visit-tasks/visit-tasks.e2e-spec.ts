import type { HotSpot, InboxMessage, VisitTaskInfo } from '@lingjuli/shared';
import { OutboxDispatcher } from '../notifications/outbox-dispatcher.service';
import { createTestApp, type TestApp } from '../testing/test-app';

/** From a hot spot to a liaison's visit (未诉即办), through the real API. */
describe('visit tasks: a hot spot, one action, a liaison visit', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    // Three appeals about water from the same building in a week: a hot spot.
    for (let i = 0; i < 3; i++) {
      await t
        .as('residentA')
        .post('/api/appeals')
        .set('Idempotency-Key', `hot-spot-water-${i}`)
        .send({
          channel: 'online',
          content: `楼里又停水了（第${i + 1}次）`,
          communityId: t.fixtures.communities.a.id,
          buildingId: t.fixtures.buildings.a1.id,
          category: 'water',
        })
        .expect(201);
      t.clock.advance(2 * 24 * 3600_000);
    }
  });
  afterAll(() => t.close());

  it('lists the hot spot, opens one visit for it, tells the liaison, and she records what she found', async () => {
    const spots = (await t.as('staffA').get('/api/measures/hot-spots').expect(200)).body as HotSpot[];
    expect(spots).toEqual([expect.objectContaining({ buildingId: t.fixtures.buildings.a1.id, category: 'water', appeals: 3 })]);

    const opened = await t.as('staffA').post('/api/visit-tasks').send({ buildingId: t.fixtures.buildings.a1.id, category: 'water' }).expect(201);
    const task = opened.body as VisitTaskInfo;
    expect(task).toMatchObject({ status: 'open', liaison: null, buildingId: t.fixtures.buildings.a1.id });
    expect(task.reason).toMatch(/近90天3次诉求/);
    // Asked again (another click, the street's desk): the same open task, not a second one.
    const again = await t.as('commandCenter').post('/api/visit-tasks').send({ buildingId: t.fixtures.buildings.a1.id, category: 'water' }).expect(200);
    expect(again.body.id).toBe(task.id);

    await t.app.get(OutboxDispatcher).deliverPending();
    const inbox = (await t.as('liaisonA').get('/api/notifications').expect(200)).body as InboxMessage[];
    expect(inbox.filter((m) => m.kind === 'visitTask').map((m) => m.body)).toEqual([expect.stringContaining('近90天3次诉求')]);
    const mine = (await t.as('liaisonA').get('/api/visit-tasks?status=open').expect(200)).body as VisitTaskInfo[];
    expect(mine.map((x) => x.id)).toEqual([task.id]);

    const done = await t.as('liaisonA').post(`/api/visit-tasks/${task.id}/done`).send({ note: '水箱阀门老化，已告知物业更换' }).expect(201);
    expect(done.body).toMatchObject({ status: 'done', doneNote: '水箱阀门老化，已告知物业更换' });
    await t.as('liaisonA').post(`/api/visit-tasks/${task.id}/done`).send({ note: '再次' }).expect(409);
    // Done, the building may be visited again.
    await t.as('staffA').post('/api/visit-tasks').send({ buildingId: t.fixtures.buildings.a1.id, category: 'water' }).expect(201);
  });

  it("keeps to the caller's scope and refuses what is not a liaison of the community", async () => {
    await t.as('staffB').post('/api/visit-tasks').send({ buildingId: t.fixtures.buildings.a1.id, category: 'water' }).expect(400);
    const other = await t
      .as('staffA')
      .post('/api/visit-tasks')
      .send({ buildingId: t.fixtures.buildings.a2.id, category: 'noise', liaisonId: t.fixtures.users.staffA.id })
      .expect(400);
    expect(other.body.details[0].field).toBe('liaisonId');
    await t.as('residentA').post('/api/visit-tasks').send({ buildingId: t.fixtures.buildings.a1.id, category: 'water' }).expect(403);
    expect((await t.as('staffB').get('/api/visit-tasks').expect(200)).body).toEqual([]);
    const [open] = (await t.as('staffA').get('/api/visit-tasks?status=open').expect(200)).body as VisitTaskInfo[];
    await t.as('staffB').post(`/api/visit-tasks/${open.id}/done`).send({ note: '不是本社区' }).expect(404);
  });
});
