import type { ProjectInfo } from '@lingjuli/shared';
import { NotificationOutbox } from '../notifications/notification-outbox.entity';
import type { FixtureUser } from '../testing/fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';
import { ProjectOpinion } from './project-opinion.entity';
import { Project } from './project.entity';

const DAY = 24 * 60 * 60_000;

/** 建议权: a street project needs its community's opinion before it may start. */
describe('projects and the community opinion (real HTTP, real database)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const register = async (who: FixtureUser, communityId: number, extra: Record<string, unknown> = {}): Promise<ProjectInfo> => {
    const res = await t
      .as(who)
      .post('/api/projects')
      .send({
        communityId,
        title: '老旧小区综合整治（外墙保温）',
        description: '对3号楼、5号楼外墙加装保温层并粉刷楼道，工期约60天。',
        kind: 'infrastructure',
        ...extra,
      })
      .expect(201);
    return res.body;
  };
  const stored = (id: number) => t.dataSource.getRepository(Project).findOneByOrFail({ id });
  const opinions = (projectId: number) => t.dataSource.getRepository(ProjectOpinion).findBy({ projectId });

  it('walks register → opinion → start, telling the community and keeping the opinion with the project', async () => {
    const { a } = t.fixtures.communities;
    const registeredAt = t.clock.now();
    const project = await register('streetAdmin', a.id);
    expect(project).toMatchObject({
      communityId: a.id,
      communityName: '测试甲社区',
      kind: 'infrastructure',
      status: 'awaitingOpinion',
      registeredBy: { id: t.fixtures.users.streetAdmin.id, name: 'streetAdmin', role: 'streetAdmin' },
      registeredAt: registeredAt.toISOString(),
      opinionDueAt: new Date(registeredAt.getTime() + 7 * DAY).toISOString(),
      opinionOverdue: false,
      opinion: null,
      startedAt: null,
    });

    // The community's secretary and staff are asked (projectConsultation); nobody else.
    const outbox = await t.dataSource.getRepository(NotificationOutbox).findBy({ kind: 'projectConsultation' });
    const { staffA, staffA2, secretaryA } = t.fixtures.users;
    expect(outbox.map((n) => n.recipientId).sort()).toEqual([staffA.id, staffA2.id, secretaryA.id].sort());
    expect(outbox[0]).toMatchObject({ title: '街道项目征求社区意见', appealId: null });
    expect(outbox[0].body).toBe('「老旧小区综合整治（外墙保温）」（基础设施）请于3月9日 10:00前回复社区意见');

    // It cannot start before the community has answered.
    const early = await t.as('commandCenter').post(`/api/projects/${project.id}/start`).expect(409);
    expect(early.body).toMatchObject({ code: 'PROJECT_OPINION_REQUIRED', message: expect.stringContaining('须先征求社区意见') });
    expect(await stored(project.id)).toMatchObject({ status: 'awaitingOpinion', startedAt: null });

    t.clock.advance(2 * DAY);
    const answered = await t
      .as('staffA')
      .post(`/api/projects/${project.id}/opinion`)
      .send({ opinion: 'agreeWithConditions', text: '  同意。施工须避开早晚高峰，并提前三天张贴告示。  ' })
      .expect(200);
    expect(answered.body).toMatchObject({
      status: 'opinionGiven',
      opinionOverdue: false,
      opinion: {
        opinion: 'agreeWithConditions',
        text: '同意。施工须避开早晚高峰，并提前三天张贴告示。',
        by: { id: staffA.id, name: 'staffA', role: 'communityStaff' },
        at: t.clock.now().toISOString(),
      },
    });

    t.clock.advance(DAY);
    const started = await t.as('commandCenter').post(`/api/projects/${project.id}/start`).expect(200);
    expect(started.body).toMatchObject({ status: 'started', startedAt: t.clock.now().toISOString(), opinion: { opinion: 'agreeWithConditions' } });
    expect(await stored(project.id)).toMatchObject({ startedById: t.fixtures.users.commandCenter.id });
    const again = await t.as('streetAdmin').post(`/api/projects/${project.id}/start`).expect(409);
    expect(again.body.code).toBe('PROJECT_ALREADY_STARTED');
  });

  it('takes the opinion once, and only from the project’s own community', async () => {
    const project = await register('commandCenter', t.fixtures.communities.a.id);
    const body = { opinion: 'object', text: '该处为消防通道，不宜施工。' };
    // Another community's staff and secretary do not see the project at all.
    await t.as('staffB').post(`/api/projects/${project.id}/opinion`).send(body).expect(404);
    await t.as('secretaryB').post(`/api/projects/${project.id}/opinion`).send(body).expect(404);
    // Roles without the power are refused outright.
    for (const who of ['gridSecretary1', 'commandCenter', 'streetAdmin', 'residentA', 'liaisonA', 'deptParks'] as const) {
      await t.as(who).post(`/api/projects/${project.id}/opinion`).send(body).expect(403);
    }
    expect(await opinions(project.id)).toEqual([]);

    await t.as('secretaryA').post(`/api/projects/${project.id}/opinion`).send(body).expect(200);
    const twice = await t.as('staffA').post(`/api/projects/${project.id}/opinion`).send({ opinion: 'agree', text: '同意' }).expect(409);
    expect(twice.body).toMatchObject({ code: 'OPINION_ALREADY_GIVEN', message: '社区已就该项目回复意见，不能重复提交' });
    expect(await opinions(project.id)).toMatchObject([{ opinion: 'object', byId: t.fixtures.users.secretaryA.id }]);

    // An objection is on record and shown with the project; the street may still start it (consultation, not a veto).
    const started = await t.as('streetAdmin').post(`/api/projects/${project.id}/start`).expect(200);
    expect(started.body).toMatchObject({ status: 'started', opinion: { opinion: 'object', text: '该处为消防通道，不宜施工。' } });
  });

  it('validates the requests with field-level Chinese messages', async () => {
    const { a } = t.fixtures.communities;
    const bad = async (body: object, field: string) => {
      const res = await t.as('streetAdmin').post('/api/projects').send(body).expect(400);
      expect(res.body.details[0].field).toBe(field);
      return res.body;
    };
    const valid = { communityId: a.id, title: '口袋公园建设', description: '利用闲置空地建设口袋公园', kind: 'infrastructure' };
    await bad({ ...valid, communityId: 9999 }, 'communityId');
    await bad({ ...valid, title: '   ' }, 'title');
    expect(await bad({ ...valid, title: '长'.repeat(101) }, 'title')).toMatchObject({ message: '请检查：标题不能超过100个字' });
    await bad({ ...valid, description: '' }, 'description');
    await bad({ ...valid, kind: 'road' }, 'kind');
    expect(await bad({ ...valid, opinionDueDays: 0 }, 'opinionDueDays')).toMatchObject({ message: '请检查：回复期限（天）不能小于1' });
    await bad({ ...valid, opinionDueDays: 61 }, 'opinionDueDays');
    await bad({ ...valid, opinionDueDays: 1.5 }, 'opinionDueDays');
    const before = await t.dataSource.getRepository(Project).count();
    await t.as('staffA').post('/api/projects').send(valid).expect(403);
    await t.as('secretaryA').post('/api/projects').send(valid).expect(403);
    expect(await t.dataSource.getRepository(Project).count()).toBe(before);

    const project = await register('streetAdmin', a.id, { opinionDueDays: 60 });
    expect(new Date(project.opinionDueAt).getTime() - new Date(project.registeredAt).getTime()).toBe(60 * DAY);
    const opinion = async (body: object, field: string) => {
      const res = await t.as('staffA').post(`/api/projects/${project.id}/opinion`).send(body).expect(400);
      expect(res.body.details[0].field).toBe(field);
    };
    await opinion({ opinion: 'maybe', text: '再议' }, 'opinion');
    await opinion({ opinion: 'agree' }, 'text');
    await opinion({ opinion: 'agree', text: '  ' }, 'text');
    await opinion({ opinion: 'agree', text: '好'.repeat(2001) }, 'text');
    expect(await opinions(project.id)).toEqual([]);
    await t
      .as('staffA')
      .post(`/api/projects/${project.id}/opinion`)
      .send({ opinion: 'agree', text: '好'.repeat(2000) })
      .expect(200);
  });

  it('flags a consultation overdue once its due time has passed without an opinion (moved clock)', async () => {
    t.clock.set('2026-04-01T09:00:00+08:00');
    const { b } = t.fixtures.communities;
    const project = await register('streetAdmin', b.id, { opinionDueDays: 3, title: '社区养老服务驿站建设', kind: 'service' });
    const overdueIds = async (who: FixtureUser, overdue: boolean) =>
      (await t.as(who).get('/api/projects').query({ overdue }).expect(200)).body.map((p: ProjectInfo) => p.id);

    t.clock.set(project.opinionDueAt);
    expect((await t.as('staffB').get(`/api/projects/${project.id}`).expect(200)).body.opinionOverdue).toBe(false);
    expect(await overdueIds('streetAdmin', true)).not.toContain(project.id);

    t.clock.advance(1);
    expect((await t.as('staffB').get(`/api/projects/${project.id}`).expect(200)).body.opinionOverdue).toBe(true);
    expect(await overdueIds('streetAdmin', true)).toContain(project.id);
    expect(await overdueIds('streetAdmin', false)).not.toContain(project.id);
    expect(await overdueIds('secretaryB', true)).toEqual([project.id]);

    // A late opinion is still taken, and the flag clears.
    t.clock.advance(DAY);
    const late = await t.as('secretaryB').post(`/api/projects/${project.id}/opinion`).send({ opinion: 'agree', text: '同意，盼早日建成' }).expect(200);
    expect(late.body).toMatchObject({ status: 'opinionGiven', opinionOverdue: false });
    expect(await overdueIds('streetAdmin', true)).not.toContain(project.id);
  });

  it('keeps each community to its own projects, the grid secretary to her grid’s, the street to all', async () => {
    const { a, b, c } = t.fixtures.communities;
    const onC = await register('streetAdmin', c.id, { title: '电动自行车集中充电棚', kind: 'infrastructure' });
    const communitiesSeenBy = async (who: FixtureUser, query: Record<string, unknown> = {}) =>
      [...new Set((await t.as(who).get('/api/projects').query(query).expect(200)).body.map((p: ProjectInfo) => p.communityId))].sort();

    expect(await communitiesSeenBy('staffA')).toEqual([a.id]);
    expect(await communitiesSeenBy('secretaryB')).toEqual([b.id]);
    expect(await communitiesSeenBy('gridSecretary1')).toEqual([a.id, b.id].sort());
    expect(await communitiesSeenBy('gridSecretary2')).toEqual([c.id]);
    expect(await communitiesSeenBy('commandCenter')).toEqual([a.id, b.id, c.id].sort());
    expect(await communitiesSeenBy('streetAdmin', { communityId: c.id })).toEqual([c.id]);
    // Asking for another community's projects gives nothing rather than an error.
    expect(await communitiesSeenBy('staffA', { communityId: c.id })).toEqual([]);

    await t.as('staffA').get(`/api/projects/${onC.id}`).expect(404);
    await t.as('gridSecretary1').get(`/api/projects/${onC.id}`).expect(404);
    await t.as('gridSecretary2').get(`/api/projects/${onC.id}`).expect(200);
    await t.as('deptParks').get('/api/projects').expect(403);
    await t.as('residentA').get(`/api/projects/${onC.id}`).expect(403);
    await t.as('streetAdmin').get('/api/projects/9999').expect(404);
  });

  it('filters by status and lists newest first', async () => {
    const list = (await t.as('streetAdmin').get('/api/projects').query({ status: 'started' }).expect(200)).body as ProjectInfo[];
    expect(list.length).toBeGreaterThanOrEqual(2);
    expect(list.every((p) => p.status === 'started' && p.opinion !== null)).toBe(true);
    const all = (await t.as('streetAdmin').get('/api/projects').expect(200)).body as ProjectInfo[];
    const times = all.map((p) => p.registeredAt);
    expect([...times].sort().reverse()).toEqual(times);
    await t.as('streetAdmin').get('/api/projects').query({ status: 'finished' }).expect(400);
    await t.as('streetAdmin').get('/api/projects').query({ overdue: 'sometimes' }).expect(400);
  });
});
