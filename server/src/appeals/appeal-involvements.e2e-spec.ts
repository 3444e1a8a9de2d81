import type { AppealDetail, AppealPage } from '@lingjuli/shared';
import { createTestApp, type TestApp } from '../testing/test-app';
import { rebuildAppealInvolvements } from './appeal-involvements';
import { AppealInvolvement } from './entities/appeal-involvement.entity';

describe('a department’s involvement with an appeal, as rows (real database, real HTTP)', () => {
  let t: TestApp;
  let appeal: AppealDetail;

  beforeAll(async () => {
    t = await createTestApp();
    appeal = (
      await t
        .as('residentA')
        .post('/api/appeals')
        .set('Idempotency-Key', 'involvement-1')
        .send({ channel: 'online', content: '小区门口的大树被风刮倒了，挡住了路。', communityId: t.fixtures.communities.a.id })
        .expect(201)
    ).body;
  });
  afterAll(() => t.close());

  const rows = async () =>
    (await t.dataSource.getRepository(AppealInvolvement).find({ where: { appealId: appeal.id }, order: { departmentId: 'ASC' } })).map((r) => ({
      departmentId: r.departmentId,
      isOpen: Boolean(r.isOpen),
      dueAt: new Date(r.dueAt).toISOString(),
    }));
  const queue = async (who: 'deptCityManagement' | 'deptParks', query = '') =>
    ((await t.as(who).get(`/api/appeals?sort=due${query}`).expect(200)).body as AppealPage).items.map((a) => a.id);

  it('is written by each feature that puts a department on the appeal, and carries its openness and deadline', async () => {
    const { departments, users } = t.fixtures;
    expect(await rows()).toEqual([]);
    expect(await queue('deptParks')).not.toContain(appeal.id);

    // Whistled about it: the parks department works on it.
    await t.as('staffA').post(`/api/appeals/${appeal.id}/accept`).send({ tier: 'complex' }).expect(200);
    await t
      .as('staffA')
      .post('/api/whistles')
      .send({ appealId: appeal.id, subject: '倒树清运', description: '请园林部门切割清运', departmentIds: [departments.parks.id] })
      .expect(201);
    expect(await queue('deptParks')).toContain(appeal.id);
    expect(await queue('deptCityManagement')).not.toContain(appeal.id);

    // Dispatched by the street: lead and assisting department (parks again, still one row).
    await t
      .as('staffA')
      .post(`/api/appeals/${appeal.id}/escalate`)
      .send({ reason: '需要多部门协同', consultedWithId: users.gridSecretary1.id, consultationNote: '与网格书记商议后上报' })
      .expect(200);
    await t
      .as('commandCenter')
      .post(`/api/appeals/${appeal.id}/dispatch`)
      .send({ leadDepartmentId: departments.cityManagement.id, assistingDepartmentIds: [departments.parks.id] })
      .expect(200);
    // A task force led by the safety office.
    await t
      .as('commandCenter')
      .post(`/api/appeals/${appeal.id}/task-force`)
      .send({ name: '倒树处置专班', leadDepartmentId: departments.safety.id })
      .expect(201);

    const open = (await t.as('staffA').get(`/api/appeals/${appeal.id}`).expect(200)).body as AppealDetail;
    const ids = [departments.cityManagement.id, departments.parks.id, departments.safety.id].sort((x, y) => x - y);
    expect(await rows()).toEqual(ids.map((departmentId) => ({ departmentId, isOpen: true, dueAt: open.dueAt })));
    expect(await queue('deptCityManagement')).toContain(appeal.id);

    // Withdrawn: every row follows the appeal, off the open queues and still in the department's history.
    await t.as('residentA').post(`/api/appeals/${appeal.id}/withdraw`).send({ reason: '已经自行处理' }).expect(200);
    expect((await rows()).map((r) => r.isOpen)).toEqual([false, false, false]);
    expect(await queue('deptCityManagement')).not.toContain(appeal.id);
    expect(await queue('deptCityManagement', '&open=false')).toContain(appeal.id);
  });

  it('is rebuilt from the rows that make it the same as the services wrote it', async () => {
    const written = await rows();
    await rebuildAppealInvolvements(t.dataSource.manager);
    expect(await rows()).toEqual(written);
  });
});
