import type { AppealDetail } from '@lingjuli/shared';
import { NotificationOutbox } from '../notifications/notification-outbox.entity';
import type { FixtureUser } from '../testing/fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';
import { AppealEvent } from './entities/appeal-event.entity';

const HOUR = 60 * 60_000;

/** An appeal at the street: dispatched to departments, handled, fed back, rated, reopened. */
describe('appeals handled at the street (real HTTP, real database)', () => {
  let t: TestApp;
  let key = 0;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const detail = async (who: FixtureUser, id: number): Promise<AppealDetail> => (await t.as(who).get(`/api/appeals/${id}`).expect(200)).body;
  const told = async (id: number, kind: string) =>
    (await t.dataSource.getRepository(NotificationOutbox).find({ where: { appealId: id, kind: kind as never } }))
      .map((n) => n.recipientId)
      .sort((a, b) => a - b);
  const ids = (...users: FixtureUser[]) => users.map((u) => t.fixtures.users[u].id).sort((a, b) => a - b);
  const lastEvent = async (id: number, type: string) =>
    (await t.dataSource.getRepository(AppealEvent).find({ where: { appealId: id, type: type as never }, order: { id: 'DESC' }, take: 1 }))[0];

  /** Filed by residentA, taken in by staffA, escalated by secretaryA: waiting for the command centre. */
  const escalated = async (content: string): Promise<AppealDetail> => {
    const filed = await t
      .as('residentA')
      .post('/api/appeals')
      .set('Idempotency-Key', `street-${++key}`)
      .send({ channel: 'online', content, communityId: t.fixtures.communities.a.id, buildingId: t.fixtures.buildings.a1.id })
      .expect(201);
    await t.act('staffA', filed.body.id, 'accept', {});
    return t.act('secretaryA', filed.body.id, 'escalate', {
      reason: '涉及绿化养护，社区无力解决',
      consultedWithId: t.fixtures.users.gridSecretary1.id,
      consultationNote: '与网格书记协商，同意上报',
    });
  };
  /** Dispatched with 区园林绿化局 leading and 城市管理办公室 assisting. */
  const dispatched = async (content: string): Promise<AppealDetail> => {
    const appeal = await escalated(content);
    const { parks, cityManagement } = t.fixtures.departments;
    return t.act('commandCenter', appeal.id, 'dispatch', { leadDepartmentId: parks.id, assistingDepartmentIds: [cityManagement.id] });
  };
  /** Both departments do their part, the community feeds the result back. */
  const handled = async (id: number) => {
    await t.act('deptCityManagement', id, 'complete-assignment', { note: '已清运断枝' });
    await t.act('deptParks', id, 'resolve', { note: '已修剪树枝' });
    await t.act('staffA', id, 'feedback', { method: 'visit', content: '树枝已修剪，断枝已清运' });
  };

  describe('dispatching tells the departments and the community (issue item 4)', () => {
    it('the lead and assisting departments learn their part; the secretary and the handler are asked to send a cadre and a liaison', async () => {
      t.clock.set('2026-03-02T09:00:00+08:00');
      const appeal = await dispatched('小区门口行道树倒伏挡路');
      const notices = async (kind: string) =>
        (await t.dataSource.getRepository(NotificationOutbox).find({ where: { appealId: appeal.id, kind: kind as never }, order: { recipientId: 'ASC' } })).map(
          (n) => [n.recipientId, n.title, n.body],
        );
      const { users } = t.fixtures;
      const [lead] = (await notices('dispatched')).filter(([id]) => id === users.deptParks.id);
      const [assist] = (await notices('dispatched')).filter(([id]) => id === users.deptCityManagement.id);
      expect(await told(appeal.id, 'dispatched')).toEqual(ids('deptCityManagement', 'deptParks'));
      expect(lead[1]).toContain('主办');
      expect(lead[2]).toContain('区园林绿化局主办，城市管理办公室协办');
      expect(assist[1]).toContain('协办');
      expect(assist[2]).toContain('区园林绿化局主办，城市管理办公室协办');
      // The community: its secretary and the appeal's handler (staffA took it in).
      expect(await told(appeal.id, 'dispatchParticipation')).toEqual(ids('secretaryA', 'staffA'));
      const [community] = await notices('dispatchParticipation');
      expect(community[2]).toMatch(/社区干部.*民情专员/);
      // Nobody else: not the departments that were not dispatched, not the resident.
      expect(await told(appeal.id, 'dispatched')).not.toContain(users.residentA.id);
    });
  });

  describe('a reopen at street level reopens the dispatch assignments (issue item 1)', () => {
    it('the lead department can resolve again after the resident rates it unsolved, and both departments are told', async () => {
      t.clock.set('2026-03-02T10:00:00+08:00');
      const appeal = await dispatched('楼前大树树枝快压到电线了');
      await handled(appeal.id);

      t.clock.advance(HOUR);
      const reopened = await t.act('residentA', appeal.id, 'rating', { solved: false, satisfaction: 'unsatisfied', comment: '还有树枝压着电线' });
      expect(reopened).toMatchObject({ status: 'inProgress', level: 'street', reopenCount: 1 });
      expect(reopened.dispatchOrder!.assignments.map((a) => [a.departmentName, a.role, a.completedAt, a.note])).toEqual([
        ['区园林绿化局', 'lead', null, null],
        ['城市管理办公室', 'assist', null, null],
      ]);
      // On the record: the rating's timeline line names what it reopened.
      expect((await lastEvent(appeal.id, 'rate')).data).toMatchObject({
        outcome: 'reopened',
        reopenedAssignments: ['区园林绿化局（主办）', '城市管理办公室（协办）'],
      });
      expect(await told(appeal.id, 'appealReopened')).toEqual(ids('deptCityManagement', 'deptParks'));

      expect((await detail('deptParks', appeal.id)).actions).toContain('resolve');
      expect((await detail('deptCityManagement', appeal.id)).actions).toContain('completeAssignment');
      await t.act('deptCityManagement', appeal.id, 'complete-assignment', { note: '再次清运' });
      const resolved = await t.act('deptParks', appeal.id, 'resolve', { note: '已请电力公司配合，彻底修剪' });
      expect(resolved.status).toBe('resolved');
      expect(resolved.dispatchOrder!.assignments.every((a) => a.completedAt !== null)).toBe(true);
    });

    it("the secretary's reopen after a second bad rating reopens them too", async () => {
      t.clock.set('2026-03-03T10:00:00+08:00');
      const appeal = await dispatched('小区绿地里的枯树随时会倒');
      await handled(appeal.id);
      await t.act('residentA', appeal.id, 'rating', { solved: false, satisfaction: 'unsatisfied' });
      t.clock.advance(HOUR);
      await handled(appeal.id);
      const review = await t.act('residentA', appeal.id, 'rating', { solved: false, satisfaction: 'unsatisfied' });
      expect(review).toMatchObject({ status: 'fedBack', awaitingSecretaryReview: true });

      t.clock.advance(HOUR);
      const reopened = await t.act('secretaryA', appeal.id, 'secretary-review', { decision: 'reopen', note: '请园林部门彻底处理' });
      expect(reopened.dispatchOrder!.assignments.every((a) => a.completedAt === null)).toBe(true);
      expect((await lastEvent(appeal.id, 'secretaryReview')).data).toMatchObject({ reopenedAssignments: ['区园林绿化局（主办）', '城市管理办公室（协办）'] });
      // Told of each reopen: once for the rating, once for the secretary's decision.
      expect(await told(appeal.id, 'appealReopened')).toEqual(
        [...ids('deptCityManagement', 'deptParks'), ...ids('deptCityManagement', 'deptParks')].sort((a, b) => a - b),
      );
      await t.act('deptParks', appeal.id, 'resolve', { note: '枯树已伐除' });
    });
  });
});
