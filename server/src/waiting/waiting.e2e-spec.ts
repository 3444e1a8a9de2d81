import type { WaitingForMe, WaitingKind } from '@lingjuli/shared';
import { Appeal } from '../appeals/entities/appeal.entity';
import type { FixtureUser } from '../testing/fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';

const HOUR = 3_600_000;

const MEETING = {
  date: '2026-05-01T06:00:00.000Z',
  attendees: '社区党委委员5人',
  decision: '同意给予慰问金',
  minutes: '会议讨论了民情专员的工作表现，一致同意。',
};

/** The secretary's landing (GET /api/me/waiting): what waits for her, counted in her community only. */
describe('what waits for the community secretary (real HTTP, real database)', () => {
  let t: TestApp;
  let key = 0;

  beforeAll(async () => {
    t = await createTestApp({ startAt: '2026-05-20T10:00:00+08:00' });
  });
  afterAll(() => t.close());

  const waiting = async (who: FixtureUser = 'secretaryA') => (await t.as(who).get('/api/me/waiting').expect(200)).body as WaitingForMe;
  const counts = (w: WaitingForMe) => Object.fromEntries(w.items.map((i) => [i.kind, i.count])) as Record<WaitingKind, number>;
  const file = async (who: FixtureUser, communityId: number, content: string) =>
    (await t.as(who).post('/api/appeals').set('Idempotency-Key', `waiting-${++key}`).send({ channel: 'window', content, communityId }).expect(201)).body
      .id as number;

  it('says that nothing waits, kind by kind, before anything does', async () => {
    const w = await waiting();
    expect(w.items.map((i) => [i.kind, i.count, i.countIsLowerBound])).toEqual([
      ['rewardApprovals', 0, false],
      ['secretaryReviews', 0, false],
      ['overdue', 0, false],
      ['supervised', 0, false],
      ['departmentScores', 0, false],
    ]);
    expect(w.serverTime).toBe(t.clock.now().toISOString());
  });

  it('counts her approvals, reviews, overdue and supervised appeals and the departments to score, not another community’s', async () => {
    const { communities, users, departments } = t.fixtures;
    // A reward request submitted for her approval, and a draft (not hers to decide yet).
    const propose = async () =>
      (
        await t
          .as('staffA')
          .post('/api/rewards')
          .send({ liaisonUserId: users.liaisonA.id, basis: 'periodic', periodLabel: '2026年第2季度', reward: '慰问金', amount: 200, reason: '主动巡查' })
          .expect(201)
      ).body.id as number;
    const awaiting = await propose();
    await t.as('staffA').put(`/api/rewards/${awaiting}/meeting`).send(MEETING).expect(200);
    await t.as('staffA').post(`/api/rewards/${awaiting}/submit`).send({}).expect(200);
    await propose();

    // Rated unsatisfied twice by the resident: it awaits her review.
    const reviewed = (
      await t
        .as('residentA')
        .post('/api/appeals')
        .set('Idempotency-Key', `waiting-${++key}`)
        .send({ channel: 'online', content: '楼道灯坏了', communityId: communities.a.id })
        .expect(201)
    ).body.id as number;
    await t.act('staffA', reviewed, 'accept');
    for (let round = 0; round < 2; round++) {
      await t.act('staffA', reviewed, 'resolve', { note: '已更换灯泡' });
      await t.act('staffA', reviewed, 'feedback', { method: 'phone', content: '已电话告知' });
      await t.act('residentA', reviewed, 'rating', { solved: false, satisfaction: 'unsatisfied' });
    }

    // One escalated and dispatched to the parks bureau in this quarter's period: a department to score.
    const period = (await t.as('streetAdmin').post('/api/evaluation/periods').send({}).expect(201)).body;
    const dispatched = await file('staffA', communities.a.id, '小区里一棵大树被风刮倒');
    await t.act('staffA', dispatched, 'accept');
    await t.act('secretaryA', dispatched, 'escalate', {
      reason: '需园林部门处置',
      consultedWithId: users.gridSecretary1.id,
      consultationNote: '网格书记同意上报街道',
    });
    await t.act('commandCenter', dispatched, 'dispatch', { leadDepartmentId: departments.parks.id, assistingDepartmentIds: [] });

    // Two open appeals of hers, one of them flagged for supervision; and one of community B.
    const late = await file('staffA', communities.a.id, '下水道堵了');
    const flagged = await file('staffA', communities.a.id, '电梯异响');
    await t.dataSource.getRepository(Appeal).update({ id: flagged }, { supervised: true });
    await file('staffB', communities.b.id, '乙社区路灯不亮');

    // Days later every open one is past its deadline without a response.
    t.clock.advance(30 * 24 * HOUR);
    const w = await waiting();
    const overdue = await t.as('secretaryA').get('/api/appeals?open=true&overdue=true').expect(200);
    expect(counts(w)).toEqual({
      rewardApprovals: 1,
      secretaryReviews: 1,
      overdue: overdue.body.total,
      supervised: 1,
      departmentScores: 1,
    });
    expect(overdue.body.items.map((a: { id: number }) => a.id)).toEqual(expect.arrayContaining([late, flagged]));
    expect(w.items.find((i) => i.kind === 'secretaryReviews')!.appealId).toBe(reviewed);
    expect(w.items.find((i) => i.kind === 'departmentScores')!.period).toEqual({ id: period.id, name: period.name });

    // Community B's secretary has none of it but her own overdue appeal.
    expect(counts(await waiting('secretaryB'))).toEqual({ rewardApprovals: 0, secretaryReviews: 0, overdue: 1, supervised: 0, departmentScores: 0 });

    // Deciding and scoring take them off her landing.
    await t.as('secretaryA').post(`/api/rewards/${awaiting}/approve`).send({}).expect(200);
    await t.act('secretaryA', reviewed, 'secretary-review', { decision: 'close', note: '已核实，确已处理' });
    await t.as('secretaryA').put(`/api/evaluation/periods/${period.id}/scores`).send({ departmentId: departments.parks.id, score: 90 }).expect(200);
    expect(counts(await waiting())).toMatchObject({ rewardApprovals: 0, secretaryReviews: 0, departmentScores: 0 });
  });

  it('is the community secretary’s alone', async () => {
    for (const who of ['staffA', 'gridSecretary1', 'commandCenter', 'streetAdmin', 'residentA'] as const) {
      await t.as(who).get('/api/me/waiting').expect(403);
    }
  });
});
