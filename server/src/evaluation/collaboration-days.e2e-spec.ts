import type { DepartmentToScore } from '@lingjuli/shared';
import type { FixtureUser } from '../testing/fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';
import { CollaborationDay } from './collaboration-day.entity';
import { beijingDayStart, rebuildCollaborationDays, splitIntoDays } from './collaboration-days';

const HOUR = 60 * 60_000;

/**
 * The collaboration rollup against the rows it counts: whistles and dispatches made through the API
 * by three communities over days that cross Beijing midnight and a quarter's end; then each
 * secretary's departments to score, for periods on whole days and periods cut mid-day, must equal
 * the counts read straight from the whistle targets and dispatch assignments, and the table kept by
 * the events must equal the one rebuilt from the rows (as the migration and the ledger generator fill it).
 */
describe('collaboration days (the rollup behind the departments to score)', () => {
  let t: TestApp;
  let key = 0;

  beforeAll(async () => {
    // 2026-03-30 22:00 Beijing: the first steps fall either side of Beijing midnight, the later ones in the next quarter.
    t = await createTestApp({ startAt: '2026-03-30T22:00:00+08:00' });
    const { cityManagement: city, parks, safety } = t.fixtures.departments;
    const { a, b, c } = t.fixtures.communities;
    const steps: [FixtureUser, number, 'dispatch' | 'whistle', number[]][] = [
      ['staffA', a.id, 'dispatch', [parks.id, safety.id]],
      ['staffB', b.id, 'whistle', [city.id, parks.id]],
      ['staffA', a.id, 'whistle', [city.id]],
      ['staffC', c.id, 'dispatch', [city.id]],
      ['staffB', b.id, 'dispatch', [city.id, safety.id]],
      ['staffA', a.id, 'dispatch', [city.id]],
      ['staffC', c.id, 'whistle', [parks.id, safety.id]],
      ['staffA', a.id, 'whistle', [parks.id, safety.id, city.id]],
      ['staffB', b.id, 'dispatch', [parks.id]],
    ];
    for (let round = 0; round < 3; round++) {
      for (const [staff, communityId, what, departmentIds] of steps) {
        if (what === 'whistle') {
          await t.as(staff).post('/api/whistles').send({ subject: '协调处置', description: '需要科室到场', departmentIds }).expect(201);
        } else {
          await dispatched(staff, communityId, departmentIds);
        }
        // 2 h 50 min: steps land at every hour of the Beijing day, on both sides of midnight.
        t.clock.advance(2 * HOUR + 50 * 60_000);
      }
    }
  }, 120_000);
  afterAll(() => t.close());

  async function dispatched(staff: FixtureUser, communityId: number, [lead, ...assisting]: number[]): Promise<void> {
    const filed = await t
      .as(staff)
      .post('/api/appeals')
      .set('Idempotency-Key', `collaboration-${++key}`)
      .send({ channel: 'window', content: '小区路灯不亮，晚上出行不便', communityId })
      .expect(201);
    const id: number = filed.body.id;
    const gridSecretary = communityId === t.fixtures.communities.c.id ? t.fixtures.users.gridSecretary2 : t.fixtures.users.gridSecretary1;
    await t.act(staff, id, 'accept');
    await t.act(staff, id, 'escalate', { reason: '需街道协调', consultedWithId: gridSecretary.id, consultationNote: '网格书记同意上报街道' });
    await t.act('commandCenter', id, 'dispatch', { leadDepartmentId: lead, assistingDepartmentIds: assisting });
  }

  /** Per department, the community's whistle targets and dispatch assignments in [startsAt, endsAt), read from the rows. */
  async function fromRows(communityId: number, startsAt: Date, endsAt: Date): Promise<Map<number, { whistles: number; dispatched: number }>> {
    const whistles = await t.dataSource
      .createQueryBuilder()
      .select('target.departmentId', 'departmentId')
      .addSelect('COUNT(*)', 'n')
      .from('whistle_targets', 'target')
      .innerJoin('whistles', 'whistle', 'whistle.id = target.whistleId')
      .where('whistle.communityId = :communityId AND whistle.createdAt >= :startsAt AND whistle.createdAt < :endsAt', { communityId, startsAt, endsAt })
      .groupBy('target.departmentId')
      .getRawMany<{ departmentId: number; n: number | string }>();
    const dispatches = await t.dataSource
      .createQueryBuilder()
      .select('assignment.departmentId', 'departmentId')
      .addSelect('COUNT(*)', 'n')
      .from('dispatch_assignments', 'assignment')
      .innerJoin('dispatch_orders', 'o', 'o.id = assignment.orderId')
      .innerJoin('appeals', 'appeal', 'appeal.id = assignment.appealId')
      .where('appeal.communityId = :communityId AND o.dispatchedAt >= :startsAt AND o.dispatchedAt < :endsAt', { communityId, startsAt, endsAt })
      .groupBy('assignment.departmentId')
      .getRawMany<{ departmentId: number; n: number | string }>();
    const rows = new Map<number, { whistles: number; dispatched: number }>();
    const entry = (id: number) => rows.get(id) ?? rows.set(id, { whistles: 0, dispatched: 0 }).get(id)!;
    for (const w of whistles) entry(Number(w.departmentId)).whistles = Number(w.n);
    for (const d of dispatches) entry(Number(d.departmentId)).dispatched = Number(d.n);
    return rows;
  }

  it('splits a period into whole Beijing days and the parts of a day at its ends', () => {
    const at = (iso: string) => new Date(iso);
    expect(beijingDayStart(at('2026-03-31T15:59:59.999Z'))).toEqual(at('2026-03-30T16:00:00.000Z'));
    expect(beijingDayStart(at('2026-03-31T16:00:00.000Z'))).toEqual(at('2026-03-31T16:00:00.000Z'));
    expect(splitIntoDays({ startsAt: at('2025-12-31T16:00:00Z'), endsAt: at('2026-03-31T16:00:00Z') })).toEqual({
      days: { startsAt: at('2025-12-31T16:00:00Z'), endsAt: at('2026-03-31T16:00:00Z') },
      edges: [],
    });
    expect(splitIntoDays({ startsAt: at('2026-03-31T03:00:00Z'), endsAt: at('2026-04-02T01:00:00Z') })).toEqual({
      days: { startsAt: at('2026-03-31T16:00:00Z'), endsAt: at('2026-04-01T16:00:00Z') },
      edges: [
        { startsAt: at('2026-03-31T03:00:00Z'), endsAt: at('2026-03-31T16:00:00Z') },
        { startsAt: at('2026-04-01T16:00:00Z'), endsAt: at('2026-04-02T01:00:00Z') },
      ],
    });
    const short = { startsAt: at('2026-03-31T03:00:00Z'), endsAt: at('2026-03-31T09:00:00Z') };
    expect(splitIntoDays(short)).toEqual({ days: null, edges: [short] });
  });

  it('keeps the same table through the events as a rebuild from the rows', async () => {
    const kept = await t.dataSource.getRepository(CollaborationDay).find({ order: { communityId: 'ASC', day: 'ASC', departmentId: 'ASC' } });
    expect(kept.reduce((sum, r) => sum + r.whistles + r.dispatched, 0)).toBe(3 * (2 + 1 + 2 + 3) + 3 * (2 + 1 + 2 + 1 + 1));
    await rebuildCollaborationDays((sql) => t.dataSource.query(sql), t.dataSource.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql');
    const rebuilt = await t.dataSource.getRepository(CollaborationDay).find({ order: { communityId: 'ASC', day: 'ASC', departmentId: 'ASC' } });
    expect(rebuilt).toEqual(kept);
  });

  it.each([
    ['the quarter', '2026年第1季度', '2025-12-31T16:00:00.000Z', '2026-03-31T16:00:00.000Z'],
    ['whole Beijing days across the quarter end', '两日', '2026-03-30T16:00:00.000Z', '2026-04-01T16:00:00.000Z'],
    ['cut mid-day at both ends', '跨零点', '2026-03-30T17:30:00.000Z', '2026-04-01T03:10:00.000Z'],
    ['within one day', '半日', '2026-03-31T01:00:00.000Z', '2026-03-31T09:00:00.000Z'],
  ])('gives each secretary the counts of the rows for a period %s', async (_label, name, startsAt, endsAt) => {
    const period = await t.as('streetAdmin').post('/api/evaluation/periods').send({ name, startsAt, endsAt }).expect(201);
    for (const [secretary, communityId] of [
      ['secretaryA', t.fixtures.communities.a.id],
      ['secretaryB', t.fixtures.communities.b.id],
    ] as const) {
      const res = await t.as(secretary).get(`/api/evaluation/periods/${period.body.id}/departments`).expect(200);
      const listed = new Map((res.body as DepartmentToScore[]).map((r) => [r.department.id, { whistles: r.whistles, dispatched: r.dispatched }]));
      const expected = await fromRows(communityId, new Date(startsAt), new Date(endsAt));
      expect(listed).toEqual(expected);
      if (name !== '半日') expect(listed.size).toBeGreaterThan(0);
    }
  });
});
