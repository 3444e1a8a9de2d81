import { kindOf } from '../database/data-source-options';
import type { DepartmentRanking, Satisfaction } from '@lingjuli/shared';
import { Appeal } from '../appeals/entities/appeal.entity';
import { AppealRating } from '../appeals/entities/appeal-rating.entity';
import { DispatchAssignment } from '../appeals/entities/dispatch-assignment.entity';
import { DispatchOrder } from '../appeals/entities/dispatch-order.entity';
import { Department } from '../organisation/department.entity';
import type { FixtureUser } from '../testing/fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';
import { WhistleTarget } from '../whistles/whistle-target.entity';
import { rebuildEvaluationRollups } from './evaluation-rollups';
import { Whistle } from '../whistles/whistle.entity';

const HOUR = 60 * 60_000;
const at = (iso: string) => new Date(iso);

/*
 * The department ranking for a seeded period, computed by hand.
 *
 * Period: 2026年第1季度 (Beijing time) = [2025-12-31T16:00Z, 2026-03-31T16:00Z); "now" is
 * 2026-03-02T02:00Z (10:00 Beijing), inside it. Departments: 城市管理办公室 (city), 区园林绿化局
 * (parks), 平安建设办公室 (safety), 无数据科室 (no data at all), and 已撤销科室 (inactive: left out
 * although it has a whistle).
 *
 * Whistles (report-in, 报到; on time = reported in by the whistle's reportInDueAt, and no missed mark):
 *   W1 A  created 01-10, due +24h   city reported +6h → on time;  parks reported +23h → on time
 *   W2 A  created 02-01, due +2h    city reported exactly at the due time → on time (late means after it)
 *   W3 B  created 02-05, due +24h   city reported +30h → late;    parks marked missed by the timer, reported later → late
 *   W4 B  created 02-20, due +24h   city reported +1h → on time
 *   W5 A  created 2025-12-30        city late — created before the period: not counted
 *   W6 C  created 03-01 20:00Z, due 03-02 20:00Z, city not reported yet and not due → pending: not counted
 *   W7 C  created 02-10             inactive department: not in the ranking
 *   city: 3 on time of 4 = 75 %      parks: 1 of 2 = 50 %      safety: no whistles (no data)
 *
 * Dispatches (on time = the assignment completed by the appeal's dueAt; a period holds the orders dispatched in it):
 *   P1 A  dispatched 02-01, due 02-05   city lead completed 02-04 → on time
 *   P2 B  dispatched 02-10, due 02-12   city lead completed 02-13 → late;  safety assist completed 02-11 → on time
 *   P3 A  dispatched 02-15, due 02-20   safety lead completed 02-18 → on time
 *   P4 C  dispatched 02-25, due 03-01   safety lead not completed, now is past due → late
 *   P5 A  dispatched 03-01, due 03-10   safety assist completed 03-01 → on time; city lead open, not due → pending
 *   P6 B  dispatched 2025-12-20         city completed late — dispatched before the period: not counted
 *   city: 1 on time of 2 = 50 %      safety: 3 of 4 = 75 %      parks: none (no data)
 *
 * Residents' ratings given in the period, for every department the appeal had been dispatched to by then
 * (satisfied = 满意 or 基本满意):
 *   P1 02-06 satisfied            → city
 *   P2 02-15 basicallySatisfied   → city, safety
 *   P3 round 1 02-14 satisfied    → before P3 was dispatched (02-15): the community's handling, not counted
 *   P3 round 2 02-21 unsatisfied  → safety
 *   P4 03-01 12:00Z unsatisfied   → safety
 *   P6 round 1 2025-12-28 unsatisfied → before the period: not counted
 *   P6 round 2 01-05 satisfied    → city (rated in the period, though dispatched before it)
 *   city: 3 of 3 = 100 %          safety: 1 of 3 = 33.3 %      parks: none (no data)
 *
 * Community scores (through the API): A gives city 90 and parks 70; B gives city 80.
 *   city: (90 + 80) / 2 = 85        parks: 70        safety: none (no data)
 *
 * Weights: community score 0.5, whistle on time 0.2, dispatch on time 0.15, satisfaction 0.15; a
 * measure without data is left out and the remaining weights rescaled to add up to 1.
 *   city:   85×0.5 + 75×0.2 + 50×0.15 + 100×0.15 = 42.5 + 15 + 7.5 + 15 = 80.0   (weights 1.0)
 *   parks:  (70×0.5 + 50×0.2) / (0.5 + 0.2) = (35 + 10) / 0.7 = 64.2857… → 64.3
 *   safety: (75×0.15 + 33.33…×0.15) / (0.15 + 0.15) = (11.25 + 5) / 0.3 = 54.1666… → 54.2
 *   无数据科室: no measure has data → 0
 * Ranking: 1 city 80.0, 2 parks 64.3, 3 safety 54.2, 4 无数据科室 0.
 */
describe('department ranking (computed from the data, real database)', () => {
  let t: TestApp;
  let periodId: number;
  let noData: Department;
  let inactive: Department;
  let key = 0;

  beforeAll(async () => {
    t = await createTestApp({ startAt: '2026-03-02T10:00:00+08:00' });
    const { cityManagement: city, parks, safety } = t.fixtures.departments;
    const { a, b, c } = t.fixtures.communities;
    noData = await t.dataSource.getRepository(Department).save({ name: '无数据科室', kind: 'office', active: true });
    inactive = await t.dataSource.getRepository(Department).save({ name: '已撤销科室', kind: 'office', active: false });

    const period = await t.as('streetAdmin').post('/api/evaluation/periods').send({}).expect(201);
    expect(period.body).toMatchObject({ name: '2026年第1季度', startsAt: '2025-12-31T16:00:00.000Z', endsAt: '2026-03-31T16:00:00.000Z' });
    periodId = period.body.id;

    // Whistles.
    await whistle(a.id, '2026-01-10T02:00:00Z', 24, [
      { departmentId: city.id, reportedInAt: '2026-01-10T08:00:00Z' },
      { departmentId: parks.id, reportedInAt: '2026-01-11T01:00:00Z' },
    ]);
    await whistle(a.id, '2026-02-01T02:00:00Z', 2, [{ departmentId: city.id, reportedInAt: '2026-02-01T04:00:00Z' }]);
    await whistle(b.id, '2026-02-05T02:00:00Z', 24, [
      { departmentId: city.id, reportedInAt: '2026-02-06T08:00:00Z' },
      { departmentId: parks.id, reportInMissedAt: '2026-02-06T02:00:00.001Z', reportedInAt: '2026-02-06T05:00:00Z' },
    ]);
    await whistle(b.id, '2026-02-20T02:00:00Z', 24, [{ departmentId: city.id, reportedInAt: '2026-02-20T03:00:00Z' }]);
    await whistle(a.id, '2025-12-30T02:00:00Z', 2, [{ departmentId: city.id, reportedInAt: '2025-12-31T02:00:00Z' }]);
    await whistle(c.id, '2026-03-01T20:00:00Z', 24, [{ departmentId: city.id }]);
    await whistle(c.id, '2026-02-10T02:00:00Z', 24, [{ departmentId: inactive.id, reportedInAt: '2026-02-10T03:00:00Z' }]);

    // Dispatched appeals and their ratings.
    const p1 = await dispatchedAppeal('staffA', '2026-02-01T02:00:00Z', '2026-02-05T00:00:00Z', [
      { departmentId: city.id, role: 'lead', completedAt: '2026-02-04T00:00:00Z' },
    ]);
    await rate(p1, 1, 'satisfied', '2026-02-06T00:00:00Z');
    const p2 = await dispatchedAppeal('staffB', '2026-02-10T02:00:00Z', '2026-02-12T00:00:00Z', [
      { departmentId: city.id, role: 'lead', completedAt: '2026-02-13T00:00:00Z' },
      { departmentId: safety.id, role: 'assist', completedAt: '2026-02-11T00:00:00Z' },
    ]);
    await rate(p2, 1, 'basicallySatisfied', '2026-02-15T00:00:00Z');
    const p3 = await dispatchedAppeal('staffA', '2026-02-15T02:00:00Z', '2026-02-20T00:00:00Z', [
      { departmentId: safety.id, role: 'lead', completedAt: '2026-02-18T00:00:00Z' },
    ]);
    await rate(p3, 1, 'satisfied', '2026-02-14T00:00:00Z');
    await rate(p3, 2, 'unsatisfied', '2026-02-21T00:00:00Z');
    const p4 = await dispatchedAppeal('staffC', '2026-02-25T02:00:00Z', '2026-03-01T00:00:00Z', [{ departmentId: safety.id, role: 'lead', completedAt: null }]);
    await rate(p4, 1, 'unsatisfied', '2026-03-01T12:00:00Z');
    await dispatchedAppeal('staffA', '2026-03-01T02:00:00Z', '2026-03-10T00:00:00Z', [
      { departmentId: city.id, role: 'lead', completedAt: null },
      { departmentId: safety.id, role: 'assist', completedAt: '2026-03-01T06:00:00Z' },
    ]);
    const p6 = await dispatchedAppeal('staffB', '2025-12-20T02:00:00Z', '2025-12-25T00:00:00Z', [
      { departmentId: city.id, role: 'lead', completedAt: '2025-12-27T00:00:00Z' },
    ]);
    await rate(p6, 1, 'unsatisfied', '2025-12-28T00:00:00Z');
    await rate(p6, 2, 'satisfied', '2026-01-05T00:00:00Z');

    // The rows above were written past the services: the collaboration rollup is rebuilt from them, as after a bulk load.
    await rebuildEvaluationRollups(t.dataSource, kindOf(t.dataSource));

    // The communities' scores, through the API.
    await score('secretaryA', city.id, 90);
    await score('secretaryA', parks.id, 70);
    await score('secretaryB', city.id, 80);
  });
  afterAll(() => t.close());

  async function whistle(
    communityId: number,
    createdAt: string,
    dueHours: number,
    targets: { departmentId: number; reportedInAt?: string; reportInMissedAt?: string }[],
  ): Promise<void> {
    const created = at(createdAt);
    const w = await t.dataSource.getRepository(Whistle).save({
      communityId,
      appealId: null,
      subject: '吹哨测试',
      description: '排名测试数据',
      tier: 'ordinary',
      status: 'open',
      createdById: t.fixtures.users.staffA.id,
      createdAt: created,
      reportInDueAt: new Date(created.getTime() + dueHours * HOUR),
      closedAt: null,
      closedById: null,
    });
    await t.dataSource.getRepository(WhistleTarget).save(
      targets.map((target) => ({
        whistleId: w.id,
        departmentId: target.departmentId,
        status: target.reportedInAt ? ('reportedIn' as const) : ('whistled' as const),
        whistleStatus: w.status,
        whistleCreatedAt: w.createdAt,
        reportedInAt: target.reportedInAt ? at(target.reportedInAt) : null,
        reportInMissedAt: target.reportInMissedAt ? at(target.reportInMissedAt) : null,
      })),
    );
  }

  /** Files an appeal through the API, then writes its dispatch order, assignments and deadline as given. */
  async function dispatchedAppeal(
    staff: FixtureUser,
    dispatchedAt: string,
    dueAt: string,
    assignments: { departmentId: number; role: 'lead' | 'assist'; completedAt: string | null }[],
  ): Promise<number> {
    const communityId = t.fixtures.users[staff].communityId!;
    const filed = await t
      .as(staff)
      .post('/api/appeals')
      .set('Idempotency-Key', `ranking-${++key}`)
      .send({ channel: 'window', content: '小区路灯不亮，晚上出行不便', communityId })
      .expect(201);
    const appealId: number = filed.body.id;
    await t.dataSource.getRepository(Appeal).update({ id: appealId }, { level: 'street', dueAt: at(dueAt) });
    const order = await t.dataSource.getRepository(DispatchOrder).save({
      appealId,
      status: 'dispatched',
      reason: '需街道协调',
      requestedById: t.fixtures.users[staff].id,
      requestedAt: at(dispatchedAt),
      consultedWithId: null,
      consultationNote: '',
      dispatchedById: t.fixtures.users.commandCenter.id,
      dispatchedAt: at(dispatchedAt),
      appealDueAt: at(dueAt),
    });
    await t.dataSource.getRepository(DispatchAssignment).save(
      assignments.map((a) => ({
        orderId: order.id,
        appealId,
        departmentId: a.departmentId,
        role: a.role,
        dispatchedAt: at(dispatchedAt),
        completedAt: a.completedAt ? at(a.completedAt) : null,
        note: null,
      })),
    );
    return appealId;
  }

  async function rate(appealId: number, round: number, satisfaction: Satisfaction, when: string): Promise<void> {
    await t.dataSource.getRepository(AppealRating).save({
      appealId,
      round,
      raterId: t.fixtures.users.residentA.id,
      solved: satisfaction !== 'unsatisfied',
      satisfaction,
      comment: null,
      at: at(when),
      tier: 'ordinary',
      category: 'other',
    });
  }

  async function score(secretary: FixtureUser, departmentId: number, value: number): Promise<void> {
    await t.as(secretary).put(`/api/evaluation/periods/${periodId}/scores`).send({ departmentId, score: value }).expect(200);
  }

  it('matches the hand-worked example', async () => {
    const res = await t.as('streetAdmin').get(`/api/evaluation/periods/${periodId}/ranking`).expect(200);
    const ranking = res.body as DepartmentRanking;
    expect(ranking.period).toMatchObject({ id: periodId, name: '2026年第1季度' });
    expect(ranking.weights).toEqual({ communityScore: 0.5, whistleOnTime: 0.2, dispatchOnTime: 0.15, satisfaction: 0.15 });
    const { cityManagement: city, parks, safety } = t.fixtures.departments;
    expect(ranking.rows).toEqual([
      {
        rank: 1,
        departmentId: city.id,
        departmentName: '城市管理办公室',
        measures: { communityScore: 85, whistleOnTime: 75, dispatchOnTime: 50, satisfaction: 100 },
        total: 80,
      },
      {
        rank: 2,
        departmentId: parks.id,
        departmentName: '区园林绿化局',
        measures: { communityScore: 70, whistleOnTime: 50, dispatchOnTime: null, satisfaction: null },
        total: 64.3,
      },
      {
        rank: 3,
        departmentId: safety.id,
        departmentName: '平安建设办公室',
        measures: { communityScore: null, whistleOnTime: null, dispatchOnTime: 75, satisfaction: 33.3 },
        total: 54.2,
      },
      {
        rank: 4,
        departmentId: noData.id,
        departmentName: '无数据科室',
        measures: { communityScore: null, whistleOnTime: null, dispatchOnTime: null, satisfaction: null },
        total: 0,
      },
    ]);
    expect(ranking.rows.some((r) => r.departmentId === inactive.id)).toBe(false);
  });

  it('is the same for the command centre, and refused to communities and departments', async () => {
    const admin = await t.as('streetAdmin').get(`/api/evaluation/periods/${periodId}/ranking`).expect(200);
    const command = await t.as('commandCenter').get(`/api/evaluation/periods/${periodId}/ranking`).expect(200);
    expect(command.body).toEqual(admin.body);
    await t.as('secretaryA').get(`/api/evaluation/periods/${periodId}/ranking`).expect(403);
    await t.as('deptCityManagement').get(`/api/evaluation/periods/${periodId}/ranking`).expect(403);
    await t.as('streetAdmin').get('/api/evaluation/periods/9999/ranking').expect(404);
  });

  it('exports the ranking as CSV with a BOM, a Chinese header and a Chinese file name', async () => {
    const res = await t
      .as('streetAdmin')
      .get(`/api/evaluation/periods/${periodId}/ranking.csv`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="department-ranking-${periodId}.csv"; filename*=UTF-8''${encodeURIComponent('科室考评排名-2026年第1季度.csv')}`,
    );
    const bytes = res.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(
      [
        '排名,科室,综合得分,社区考评得分,吹哨按时报到率,派单按时办结率,居民满意率',
        '1,城市管理办公室,80.0,85.0,75.0,50.0,100.0',
        '2,区园林绿化局,64.3,70.0,50.0,,',
        '3,平安建设办公室,54.2,,,75.0,33.3',
        '4,无数据科室,0.0,,,,',
        '',
      ].join('\r\n'),
    );
    await t.as('secretaryA').get(`/api/evaluation/periods/${periodId}/ranking.csv`).expect(403);
  });

  it('lists, for a secretary, the departments her community worked with in the period and her scores', async () => {
    const { cityManagement: city, parks, safety } = t.fixtures.departments;
    const res = await t.as('secretaryA').get(`/api/evaluation/periods/${periodId}/departments`).expect(200);
    // A: whistles W1 (city, parks) and W2 (city), not W5 (before the period); dispatches P1 (city), P3 (safety), P5 (city, safety).
    expect(res.body).toHaveLength(3);
    const row = (id: number) => res.body.find((r: { department: { id: number } }) => r.department.id === id);
    expect(row(city.id)).toEqual({
      department: { id: city.id, name: '城市管理办公室', kind: 'office' },
      whistles: 2,
      dispatched: 2,
      // Community A's own dealings with it, as the ranking counts them: W1 and W2 reported in on time; P1 completed on
      // time, P5 still open and not due (left out); P1's 满意 (P5 not rated).
      evidence: { whistles: 2, whistlesOnTime: 2, dispatched: 1, dispatchedOnTime: 1, rated: 1, satisfied: 1 },
      score: 90,
      comment: null,
    });
    expect(row(parks.id)).toMatchObject({ whistles: 1, dispatched: 0, score: 70 });
    expect(row(safety.id)).toMatchObject({ whistles: 0, dispatched: 2, score: null, comment: null });
  });
});
