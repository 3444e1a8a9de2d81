import type { ProjectInfo } from '@lingjuli/shared';
import { NotificationOutbox } from '../notifications/notification-outbox.entity';
import { createTestApp, type TestApp } from '../testing/test-app';
import { TimerDrain } from '../timers/timer-drain.service';
import { Timer } from '../timers/timer.entity';

const DAY = 24 * 60 * 60_000;

describe('a project’s opinion deadline: a timer kind owned by projects (real database, a clock the test moves)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ startAt: '2026-05-04T09:00:00+08:00' });
  });
  afterAll(() => t.close());

  const drain = () => t.app.get(TimerDrain).drain();
  const register = async (title: string, opinionDueDays: number): Promise<ProjectInfo> =>
    (
      await t
        .as('commandCenter')
        .post('/api/projects')
        .send({ communityId: t.fixtures.communities.a.id, title, description: '在社区广场新建一处健身步道。', kind: 'service', opinionDueDays })
        .expect(201)
    ).body;
  const timerOf = (projectId: number) => t.dataSource.getRepository(Timer).findOneByOrFail({ ownerType: 'project', ownerId: projectId });
  const overdueNotices = async (projectId: number) =>
    (await t.dataSource.getRepository(NotificationOutbox).findBy({ kind: 'projectOpinionOverdue' })).filter((n) =>
      n.dedupeKey.includes(`project-${projectId}:overdue:`),
    );

  it('tells the community and the street’s registrant once when the opinion is overdue, not a millisecond before', async () => {
    const project = await register('健身步道建设', 3);
    const timer = await timerOf(project.id);
    expect(timer).toMatchObject({
      kind: 'projectOpinionDue',
      deadline: new Date(project.opinionDueAt),
      fireAt: new Date(new Date(project.opinionDueAt).getTime() + 1),
    });

    t.clock.set(project.opinionDueAt);
    expect(await drain()).toMatchObject({ fired: 0 });
    expect(await overdueNotices(project.id)).toHaveLength(0);

    t.clock.advance(1);
    expect(await drain()).toMatchObject({ fired: 1, failed: 0 });
    const notices = await overdueNotices(project.id);
    const { staffA, staffA2, secretaryA, commandCenter } = t.fixtures.users;
    expect(notices.map((n) => n.recipientId).sort()).toEqual([staffA.id, staffA2.id, secretaryA.id, commandCenter.id].sort());
    expect(notices[0]).toMatchObject({ title: '街道项目征求意见已逾期', appealId: null });
    expect(notices[0].body).toBe('「健身步道建设」（服务项目）应于5月7日 09:00前回复社区意见，社区尚未回复');
    expect(await timerOf(project.id)).toMatchObject({ fireAt: null, firedAt: expect.any(Date) });

    // Once: a later pass finds nothing due, and the list still flags it.
    t.clock.advance(DAY);
    expect(await drain()).toMatchObject({ fired: 0 });
    expect(await overdueNotices(project.id)).toHaveLength(notices.length);
    expect((await t.as('secretaryA').get(`/api/projects/${project.id}`).expect(200)).body.opinionOverdue).toBe(true);
  });

  it('never fires once the community has answered: the opinion cancels the pending timer', async () => {
    const project = await register('口袋公园改造', 2);
    t.clock.advance(DAY);
    await t.as('secretaryA').post(`/api/projects/${project.id}/opinion`).send({ opinion: 'agree', text: '同意' }).expect(200);
    expect(await t.dataSource.getRepository(Timer).countBy({ ownerType: 'project', ownerId: project.id })).toBe(0);
    t.clock.advance(5 * DAY);
    await drain();
    expect(await overdueNotices(project.id)).toHaveLength(0);
  });

  it('is stale if the project changed: a timer whose deadline no longer matches does nothing', async () => {
    const project = await register('楼道照明改造', 1);
    await t.dataSource.getRepository(Timer).update({ ownerType: 'project', ownerId: project.id }, { deadline: new Date('2026-05-01T00:00:00.000Z') });
    t.clock.advance(3 * DAY);
    expect(await drain()).toMatchObject({ failed: 0 });
    expect(await overdueNotices(project.id)).toHaveLength(0);
  });
});
