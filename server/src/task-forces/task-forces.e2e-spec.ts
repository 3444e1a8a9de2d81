import type { AppealCoordination, AppealDetail, TaskForceInfo } from '@lingjuli/shared';
import { TokenService } from '../auth/token.service';
import { NotificationOutbox } from '../notifications/notification-outbox.entity';
import { createTestApp, type TestApp } from '../testing/test-app';
import { User } from '../users/user.entity';

describe('coordination 统筹协调 and task forces 专班 (real database, real HTTP)', () => {
  let t: TestApp;
  let key = 0;
  let appeal: AppealDetail;
  let safetyStaff: User;

  beforeAll(async () => {
    t = await createTestApp();
    // The fixtures have no staff for the safety office; a task force will need one.
    safetyStaff = await t.dataSource.getRepository(User).save({
      role: 'departmentStaff',
      displayName: 'deptSafety',
      username: 'deptSafety',
      passwordHash: null,
      wechatOpenId: null,
      communityId: null,
      gridId: null,
      departmentId: t.fixtures.departments.safety.id,
      active: true,
      createdAt: t.clock.now(),
    });

    // The lift: filed, taken in, escalated to the street and dispatched, and the community whistles too.
    const { departments, users } = t.fixtures;
    t.clock.set('2026-03-02T09:00:00+08:00');
    appeal = (
      await t
        .as('residentA')
        .post('/api/appeals')
        .set('Idempotency-Key', `task-force-${++key}`)
        .send({
          channel: 'online',
          content: '我们甲1号楼是六层老楼，住的大多是老人，大家想加装电梯，希望社区帮忙协调。',
          communityId: t.fixtures.communities.a.id,
        })
        .expect(201)
    ).body;
    await t.as('staffA').post(`/api/appeals/${appeal.id}/accept`).send({ tier: 'complex' }).expect(200);
    await t
      .as('staffA')
      .post(`/api/appeals/${appeal.id}/escalate`)
      .send({ reason: '涉及规划审批和多方协调', consultedWithId: users.gridSecretary1.id, consultationNote: '与网格书记商议后上报' })
      .expect(200);
    await t
      .as('commandCenter')
      .post(`/api/appeals/${appeal.id}/dispatch`)
      .send({ leadDepartmentId: departments.cityManagement.id, assistingDepartmentIds: [departments.parks.id] })
      .expect(200);
    await t
      .as('staffA')
      .post('/api/whistles')
      .send({ appealId: appeal.id, subject: '加装电梯管线迁改', description: '楼前绿地有树木需要移植', departmentIds: [departments.parks.id] })
      .expect(201);
  });
  afterAll(() => t.close());

  const asSafety = () => {
    const auth = `Bearer ${t.app.get(TokenService).issue(safetyStaff.id, 'departmentStaff').token}`;
    return { get: (url: string) => t.http.get(url).set('Authorization', auth), post: (url: string) => t.http.post(url).set('Authorization', auth) };
  };

  it('only the street forms a task force, with existing departments', async () => {
    const { departments } = t.fixtures;
    const body = { name: '加装电梯专班', leadDepartmentId: departments.safety.id };
    await t.as('staffA').post(`/api/appeals/${appeal.id}/task-force`).send(body).expect(403);
    await t.as('deptCityManagement').post(`/api/appeals/${appeal.id}/task-force`).send(body).expect(403);
    await t
      .as('commandCenter')
      .post(`/api/appeals/${appeal.id}/task-force`)
      .send({ ...body, leadDepartmentId: 99999 })
      .expect(400);
    const twice = await t
      .as('commandCenter')
      .post(`/api/appeals/${appeal.id}/task-force`)
      .send({ ...body, memberDepartmentIds: [departments.safety.id] })
      .expect(400);
    expect(twice.body.details[0].field).toBe('memberDepartmentIds');
    await t
      .as('commandCenter')
      .post(`/api/appeals/${appeal.id}/task-force`)
      .send({ ...body, representatives: [''] })
      .expect(400);
    await t.as('commandCenter').post('/api/appeals/99999/task-force').send(body).expect(404);
  });

  it('forming a task force moves the appeal to the task-force level and writes the timeline', async () => {
    const { departments, users } = t.fixtures;
    // Before it is formed, the safety office does not see the appeal.
    await asSafety().get(`/api/appeals/${appeal.id}`).expect(404);
    t.clock.set('2026-03-03T10:00:00+08:00');
    const formed = await t
      .as('commandCenter')
      .post(`/api/appeals/${appeal.id}/task-force`)
      .send({
        name: '甲1号楼加装电梯专班',
        leadDepartmentId: departments.safety.id,
        memberDepartmentIds: [departments.cityManagement.id],
        representatives: ['业主代表 张先生', ' 一楼住户代表 李女士 '],
        note: '统筹规划审批、管线迁改和居民协商',
      })
      .expect(201);
    const info = formed.body as TaskForceInfo;
    expect(info).toMatchObject({
      appealId: appeal.id,
      name: '甲1号楼加装电梯专班',
      formedBy: { id: users.commandCenter.id },
      formedAt: '2026-03-03T02:00:00.000Z',
      notes: [],
    });
    expect(info.members).toEqual([
      { kind: 'department', name: '平安建设办公室', lead: true },
      { kind: 'department', name: '城市管理办公室', lead: false },
      { kind: 'community', name: '测试甲社区', lead: false },
      { kind: 'person', name: '业主代表 张先生', lead: false },
      { kind: 'person', name: '一楼住户代表 李女士', lead: false },
    ]);

    const seen = (await t.as('residentA').get(`/api/appeals/${appeal.id}`).expect(200)).body as AppealDetail;
    expect(seen.level).toBe('taskForce');
    const line = seen.timeline.find((e) => e.type === 'formTaskForce');
    expect(line).toMatchObject({ visibility: 'public', actor: { id: users.commandCenter.id }, fromStatus: 'inProgress', toStatus: 'inProgress' });
    expect(line!.note).toBe('成立“甲1号楼加装电梯专班”专班（平安建设办公室牵头，城市管理办公室参加，居民代表等2人参与）：统筹规划审批、管线迁改和居民协商');
    expect(JSON.stringify(line!.data)).not.toContain('张先生');

    // A member department now sees the appeal; a second task force is refused.
    await asSafety().get(`/api/appeals/${appeal.id}`).expect(200);
    const again = await t
      .as('streetAdmin')
      .post(`/api/appeals/${appeal.id}/task-force`)
      .send({ name: '又一个专班', leadDepartmentId: departments.safety.id })
      .expect(409);
    expect(again.body).toMatchObject({ code: 'TASK_FORCE_EXISTS', message: '该诉求已经成立专班' });
    // The street still dispatches and resolves at the task-force level (the transition table allows it).
    expect((await t.as('commandCenter').get(`/api/appeals/${appeal.id}`).expect(200)).body.actions).toContain('resolve');
  });

  it('members write notes that appear in the task force and on the appeal timeline with their visibility; non-members are refused', async () => {
    const { users } = t.fixtures;
    t.clock.set('2026-03-04T10:00:00+08:00');
    await asSafety()
      .post(`/api/appeals/${appeal.id}/task-force/notes`)
      .send({ content: '已召开第一次协调会，安全评估通过', visibility: 'internal' })
      .expect(201);
    t.clock.set('2026-03-04T15:00:00+08:00');
    const afterPublic = await t
      .as('secretaryA')
      .post(`/api/appeals/${appeal.id}/task-force/notes`)
      .send({ content: '业主意见征集完成，同意率超过三分之二', visibility: 'public' })
      .expect(201);
    t.clock.set('2026-03-04T16:00:00+08:00');
    await t
      .as('deptCityManagement')
      .post(`/api/appeals/${appeal.id}/task-force/notes`)
      .send({ content: '管线迁改方案已出', visibility: 'internal' })
      .expect(201);
    expect((afterPublic.body as TaskForceInfo).notes.map((n) => [n.author.id, n.visibility])).toEqual([
      [safetyStaff.id, 'internal'],
      [users.secretaryA.id, 'public'],
    ]);

    const staffView = (await t.as('staffA').get(`/api/appeals/${appeal.id}`).expect(200)).body as AppealDetail;
    expect(staffView.timeline.filter((e) => e.type === 'taskForceNote').map((e) => [e.note, e.visibility])).toEqual([
      ['已召开第一次协调会，安全评估通过', 'internal'],
      ['业主意见征集完成，同意率超过三分之二', 'public'],
      ['管线迁改方案已出', 'internal'],
    ]);
    // The public one is the complex appeal's public progress: its 72-hour clock restarts and the resident is told.
    expect(staffView.progressDueAt).toBe('2026-03-07T07:00:00.000Z');
    const residentView = (await t.as('residentA').get(`/api/appeals/${appeal.id}`).expect(200)).body as AppealDetail;
    expect(residentView.timeline.filter((e) => e.type === 'taskForceNote').map((e) => e.note)).toEqual(['业主意见征集完成，同意率超过三分之二']);
    expect(await t.dataSource.getRepository(NotificationOutbox).countBy({ kind: 'appealProgress', recipientId: users.residentA.id, appealId: appeal.id })).toBe(
      1,
    );

    const note = { content: '我也想说两句', visibility: 'internal' };
    // The parks bureau sees the appeal (dispatched, whistled) but is not in the task force.
    const parks = await t.as('deptParks').post(`/api/appeals/${appeal.id}/task-force/notes`).send(note).expect(403);
    expect(parks.body).toMatchObject({ code: 'NOT_TASK_FORCE_MEMBER', message: '只有专班成员可以记录专班进展' });
    await t.as('staffB').post(`/api/appeals/${appeal.id}/task-force/notes`).send(note).expect(404);
    await t.as('gridSecretary1').post(`/api/appeals/${appeal.id}/task-force/notes`).send(note).expect(403);
    await t.as('residentA').post(`/api/appeals/${appeal.id}/task-force/notes`).send(note).expect(403);
    await t
      .as('staffA')
      .post(`/api/appeals/${appeal.id}/task-force/notes`)
      .send({ ...note, visibility: 'secret' })
      .expect(400);
    expect((await t.as('commandCenter').get(`/api/appeals/${appeal.id}/coordination`).expect(200)).body.taskForce.notes).toHaveLength(3);
  });

  it('a note on an appeal without a task force is 404', async () => {
    const other = await t
      .as('residentA')
      .post('/api/appeals')
      .set('Idempotency-Key', `task-force-${++key}`)
      .send({ channel: 'online', content: '甲2号楼楼道灯坏了', communityId: t.fixtures.communities.a.id })
      .expect(201);
    const res = await t.as('staffA').post(`/api/appeals/${other.body.id}/task-force/notes`).send({ content: '进展', visibility: 'public' }).expect(404);
    expect(res.body.code).toBe('TASK_FORCE_NOT_FOUND');
    expect((await t.as('staffA').get(`/api/appeals/${other.body.id}/coordination`).expect(200)).body).toEqual({
      appealId: other.body.id,
      whistles: [],
      dispatchAssignments: [],
      taskForce: null,
    });
  });

  it('the coordination view shows the whistles, the dispatches and the task force together, to whoever sees the appeal', async () => {
    const { departments } = t.fixtures;
    const res = await t.as('staffA').get(`/api/appeals/${appeal.id}/coordination`).expect(200);
    const view = res.body as AppealCoordination;
    expect(view.appealId).toBe(appeal.id);
    expect(view.whistles.map((w) => [w.subject, w.targets.map((x) => x.departmentName)])).toEqual([['加装电梯管线迁改', ['区园林绿化局']]]);
    expect(view.dispatchAssignments).toEqual([
      { departmentId: departments.cityManagement.id, departmentName: '城市管理办公室', role: 'lead', completedAt: null },
      { departmentId: departments.parks.id, departmentName: '区园林绿化局', role: 'assist', completedAt: null },
    ]);
    expect(view.taskForce).toMatchObject({
      name: '甲1号楼加装电梯专班',
      members: expect.arrayContaining([{ kind: 'community', name: '测试甲社区', lead: false }]),
    });
    expect(view.taskForce!.notes).toHaveLength(3);

    // The grid secretary supports every appeal of the grid's communities; the departments see what they work on.
    for (const who of ['gridSecretary1', 'secretaryA', 'commandCenter', 'streetAdmin', 'deptParks', 'deptCityManagement'] as const) {
      expect((await t.as(who).get(`/api/appeals/${appeal.id}/coordination`).expect(200)).body).toEqual(view);
    }
    await asSafety().get(`/api/appeals/${appeal.id}/coordination`).expect(200);
    await t.as('staffB').get(`/api/appeals/${appeal.id}/coordination`).expect(404);
    await t.as('gridSecretary2').get(`/api/appeals/${appeal.id}/coordination`).expect(404);
    await t.as('residentA').get(`/api/appeals/${appeal.id}/coordination`).expect(403);
    await t.as('liaisonA').get(`/api/appeals/${appeal.id}/coordination`).expect(403);
  });

  it('a community-level appeal may get a task force straight away; a finished one may not', async () => {
    const open = await t
      .as('residentA')
      .post('/api/appeals')
      .set('Idempotency-Key', `task-force-${++key}`)
      .send({ channel: 'online', content: '甲2号楼也想加装电梯，一楼住户反对', communityId: t.fixtures.communities.a.id })
      .expect(201);
    expect(open.body.level).toBe('community');
    await t
      .as('streetAdmin')
      .post(`/api/appeals/${open.body.id}/task-force`)
      .send({ name: '甲2号楼加装电梯专班', leadDepartmentId: t.fixtures.departments.cityManagement.id })
      .expect(201);
    expect((await t.as('staffA').get(`/api/appeals/${open.body.id}`).expect(200)).body.level).toBe('taskForce');

    const filed = await t
      .as('residentA')
      .post('/api/appeals')
      .set('Idempotency-Key', `task-force-${++key}`)
      .send({ channel: 'online', content: '想加装电梯，后来大家意见不一，先撤回', communityId: t.fixtures.communities.a.id })
      .expect(201);
    await t.as('residentA').post(`/api/appeals/${filed.body.id}/withdraw`).send({}).expect(200);
    const res = await t
      .as('commandCenter')
      .post(`/api/appeals/${filed.body.id}/task-force`)
      .send({ name: '专班', leadDepartmentId: t.fixtures.departments.safety.id })
      .expect(409);
    expect(res.body.code).toBe('APPEAL_FINISHED');
  });
});
