import type { DepartmentToScore, EvaluationPeriodInfo, ScoreEvidence } from '@lingjuli/shared';
import { createTestApp, type TestApp } from '../testing/test-app';
import { DepartmentScore } from './department-score.entity';

/** Periods and communities' scores of departments (考评权), through the API. */
describe('evaluation periods and scores (real HTTP, real database)', () => {
  let t: TestApp;
  let period: EvaluationPeriodInfo;
  let dispatchedId = 0;

  beforeAll(async () => {
    t = await createTestApp({ startAt: '2026-05-20T10:00:00+08:00' });
    period = (await t.as('streetAdmin').post('/api/evaluation/periods').send({}).expect(201)).body;

    // Community A's appeal goes the real way to the street and is dispatched to the parks bureau (lead) and safety (assisting).
    const filed = await t
      .as('staffA')
      .post('/api/appeals')
      .set('Idempotency-Key', 'evaluation-1')
      .send({ channel: 'window', content: '小区里一棵大树被风刮倒，压住了人行道', communityId: t.fixtures.communities.a.id })
      .expect(201);
    const id: number = filed.body.id;
    dispatchedId = id;
    await t.as('staffA').post(`/api/appeals/${id}/accept`).send({}).expect(200);
    await t
      .as('staffA')
      .post(`/api/appeals/${id}/escalate`)
      .send({ reason: '需园林部门处置', consultedWithId: t.fixtures.users.gridSecretary1.id, consultationNote: '网格书记同意上报街道' })
      .expect(200);
    await t
      .as('commandCenter')
      .post(`/api/appeals/${id}/dispatch`)
      .send({ leadDepartmentId: t.fixtures.departments.parks.id, assistingDepartmentIds: [t.fixtures.departments.safety.id] })
      .expect(200);
  });
  afterAll(() => t.close());

  const scores = () => t.dataSource.getRepository(DepartmentScore).find({ order: { id: 'ASC' } });

  describe('periods', () => {
    it('creates the current quarter by default (Beijing time) and lists periods newest first', async () => {
      expect(period).toEqual({ id: expect.any(Number), name: '2026年第2季度', startsAt: '2026-03-31T16:00:00.000Z', endsAt: '2026-06-30T16:00:00.000Z' });
      const custom = await t
        .as('streetAdmin')
        .post('/api/evaluation/periods')
        .send({ name: '2026年上半年', startsAt: '2025-12-31T16:00:00.000Z', endsAt: '2026-06-30T16:00:00.000Z' })
        .expect(201);
      const list = await t.as('secretaryA').get('/api/evaluation/periods').expect(200);
      expect(list.body.map((p: EvaluationPeriodInfo) => p.name)).toEqual(['2026年第2季度', '2026年上半年']);
      expect(list.body[1]).toEqual(custom.body);
    });

    it('refuses a second period of the same name (409)', async () => {
      const res = await t.as('streetAdmin').post('/api/evaluation/periods').send({}).expect(409);
      expect(res.body).toMatchObject({ code: 'PERIOD_NAME_TAKEN', message: '已有名为「2026年第2季度」的考评周期' });
    });

    it('checks custom dates: both, a name, the end after the start', async () => {
      const bad = async (body: object, field: string) => {
        const res = await t.as('streetAdmin').post('/api/evaluation/periods').send(body).expect(400);
        expect(res.body.details[0].field).toBe(field);
        return res.body;
      };
      await bad({ name: '半年', startsAt: '2026-01-01T00:00:00Z' }, 'endsAt');
      await bad({ startsAt: '2026-01-01T00:00:00Z', endsAt: '2026-02-01T00:00:00Z' }, 'name');
      expect(await bad({ name: '倒序', startsAt: '2026-02-01T00:00:00Z', endsAt: '2026-01-01T00:00:00Z' }, 'endsAt')).toMatchObject({
        message: '结束时间应晚于开始时间',
      });
      expect(await bad({ name: '坏日期', startsAt: '明天', endsAt: '2026-01-01T00:00:00Z' }, 'startsAt')).toMatchObject({
        message: '请检查：开始时间格式不正确',
      });
    });

    it('lets only the street admin create periods', async () => {
      for (const who of ['commandCenter', 'secretaryA', 'staffA'] as const) {
        await t
          .as(who)
          .post('/api/evaluation/periods')
          .send({ name: `${who}的周期` })
          .expect(403);
      }
      await t.as('deptParks').get('/api/evaluation/periods').expect(403);
      await t.as('staffA').get('/api/evaluation/periods').expect(403);
    });
  });

  describe('scores', () => {
    it('lists the departments the community worked with: the dispatched ones, with no score yet', async () => {
      const res = await t.as('secretaryA').get(`/api/evaluation/periods/${period.id}/departments`).expect(200);
      const rows = res.body as DepartmentToScore[];
      expect(rows.map((r) => [r.department.name, r.whistles, r.dispatched, r.score])).toEqual(
        [
          ['区园林绿化局', 0, 1, null],
          ['平安建设办公室', 0, 1, null],
        ].sort((a, b) => String(a[0]).localeCompare(String(b[0]), 'zh')),
      );
      // Community B worked with nobody this period.
      expect((await t.as('secretaryB').get(`/api/evaluation/periods/${period.id}/departments`).expect(200)).body).toEqual([]);
    });

    it.each([
      ['-1', -1, '评分不能小于0'],
      ['101', 101, '评分不能大于100'],
      ['80.5', 80.5, '评分应为整数'],
      ['"90"', '90', '评分应为整数'],
      ['missing', undefined, '评分必须填写'],
    ])('rejects a score of %s with a field-level message and writes nothing', async (_label, value, message) => {
      const res = await t
        .as('secretaryA')
        .put(`/api/evaluation/periods/${period.id}/scores`)
        .send({ departmentId: t.fixtures.departments.parks.id, score: value })
        .expect(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'score', message }] });
      expect(await scores()).toEqual([]);
    });

    it('refuses a department the community did not work with in the period (400), and writes nothing', async () => {
      const res = await t
        .as('secretaryA')
        .put(`/api/evaluation/periods/${period.id}/scores`)
        .send({ departmentId: t.fixtures.departments.cityManagement.id, score: 80 })
        .expect(400);
      expect(res.body).toMatchObject({ code: 'DEPARTMENT_NOT_WORKED_WITH', details: [{ field: 'departmentId' }] });
      // Community B never worked with the parks bureau: A's collaboration does not count for B.
      await t
        .as('secretaryB')
        .put(`/api/evaluation/periods/${period.id}/scores`)
        .send({ departmentId: t.fixtures.departments.parks.id, score: 80 })
        .expect(400);
      expect(await scores()).toEqual([]);
    });

    it('scores, then replaces the score on a second scoring (one row per period, community and department)', async () => {
      const parks = t.fixtures.departments.parks;
      const first = await t
        .as('secretaryA')
        .put(`/api/evaluation/periods/${period.id}/scores`)
        .send({ departmentId: parks.id, score: 0, comment: '  ' })
        .expect(200);
      expect(first.body).toEqual({
        department: { id: parks.id, name: '区园林绿化局', kind: 'memberUnit' },
        whistles: 0,
        dispatched: 1,
        // Still running: dispatched, not yet completed, within the appeal's deadline (left out until settled).
        evidence: NONE,
        score: 0,
        comment: null,
      });

      t.clock.advance(60_000);
      const second = await t
        .as('secretaryA')
        .put(`/api/evaluation/periods/${period.id}/scores`)
        .send({ departmentId: parks.id, score: 100, comment: '响应迅速，处置彻底' })
        .expect(200);
      expect(second.body).toMatchObject({ score: 100, comment: '响应迅速，处置彻底' });

      const rows = await scores();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        periodId: period.id,
        communityId: t.fixtures.communities.a.id,
        departmentId: parks.id,
        score: 100,
        comment: '响应迅速，处置彻底',
        byId: t.fixtures.users.secretaryA.id,
        at: t.clock.now(),
      });
      const list = await t.as('secretaryA').get(`/api/evaluation/periods/${period.id}/departments`).expect(200);
      expect(list.body.find((r: DepartmentToScore) => r.department.id === parks.id)).toMatchObject({ score: 100, comment: '响应迅速，处置彻底' });
    });

    it('lets only the community secretary score, and answers 404 for an unknown period', async () => {
      const body = { departmentId: t.fixtures.departments.parks.id, score: 60 };
      for (const who of ['staffA', 'streetAdmin', 'commandCenter', 'gridSecretary1', 'deptParks'] as const) {
        await t.as(who).put(`/api/evaluation/periods/${period.id}/scores`).send(body).expect(403);
        await t.as(who).get(`/api/evaluation/periods/${period.id}/departments`).expect(403);
      }
      await t.as('secretaryA').put('/api/evaluation/periods/9999/scores').send(body).expect(404);
      await t.as('secretaryA').get('/api/evaluation/periods/9999/departments').expect(404);
    });
  });

  describe('the evidence a score rests on', () => {
    it("shows, per department, its report-ins on time, its parts completed on time and residents' satisfaction, for this community", async () => {
      const { cityManagement, parks, safety } = t.fixtures.departments;
      // Community A whistles the city office, which reports in after 20 minutes of the hour it has.
      const whistle = (
        await t
          .as('staffA')
          .post('/api/whistles')
          .send({ subject: '共享单车堆放占道', description: '请城管协调清理', departmentIds: [cityManagement.id], reportInMinutes: 60 })
          .expect(201)
      ).body;
      t.clock.advance(20 * 60_000);
      await t.as('deptCityManagement').post(`/api/whistles/${whistle.id}/report-in`).send({}).expect(200);
      // The parks bureau resolves the dispatched appeal in time; the caller is satisfied on the callback.
      await t.act('deptParks', dispatchedId, 'resolve', { note: '倒伏树木已清理' });
      await t.act('staffA', dispatchedId, 'feedback', { method: 'phone', content: '已电话告知处理结果' });
      await t.act('staffA', dispatchedId, 'callback', { solved: true, satisfaction: 'satisfied' });

      const res = await t.as('secretaryA').get(`/api/evaluation/periods/${period.id}/departments`).expect(200);
      const evidence = new Map((res.body as DepartmentToScore[]).map((r) => [r.department.id, r.evidence]));
      expect(evidence.get(cityManagement.id)).toEqual({ ...NONE, whistles: 1, whistlesOnTime: 1 });
      expect(evidence.get(parks.id)).toEqual({ ...NONE, dispatched: 1, dispatchedOnTime: 1, rated: 1, satisfied: 1 });
      // The assisting office never reported its part done, and the appeal ended in time: left out, not late; the rating counts for it too.
      expect(evidence.get(safety.id)).toEqual({ ...NONE, rated: 1, satisfied: 1 });
      // Scoring answers with the same evidence.
      const scored = await t
        .as('secretaryA')
        .put(`/api/evaluation/periods/${period.id}/scores`)
        .send({ departmentId: cityManagement.id, score: 95 })
        .expect(200);
      expect(scored.body.evidence).toEqual(evidence.get(cityManagement.id));
      // Community B's secretary sees none of community A's dealings.
      expect((await t.as('secretaryB').get(`/api/evaluation/periods/${period.id}/departments`).expect(200)).body).toEqual([]);
    });
  });
});

const NONE: ScoreEvidence = { whistles: 0, whistlesOnTime: 0, dispatched: 0, dispatchedOnTime: 0, rated: 0, satisfied: 0 };
