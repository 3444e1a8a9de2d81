import type { AppealDetail } from '@lingjuli/shared';
import { NotificationOutbox } from '../notifications/notification-outbox.entity';
import type { FixtureUser } from '../testing/fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';
import { AppealEvent } from './entities/appeal-event.entity';
import { AppealFeedback } from './entities/appeal-feedback.entity';

/**
 * Joint feedback (issue item 5): "职能科室与社区一起将处理结果反馈至诉求人". A department working on the
 * appeal records the feedback with the community's person who took part; the community may name the
 * departments that took part. The parties are stored, shown and written on the timeline.
 */
describe('joint feedback by the community and the departments (real HTTP, real database)', () => {
  let t: TestApp;
  let key = 0;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const file = async (content: string): Promise<AppealDetail> => {
    const filed = await t
      .as('residentA')
      .post('/api/appeals')
      .set('Idempotency-Key', `joint-feedback-${++key}`)
      .send({ channel: 'online', content, communityId: t.fixtures.communities.a.id })
      .expect(201);
    return t.act('staffA', filed.body.id, 'accept');
  };
  /** Dispatched to 区园林绿化局 (lead) and 城市管理办公室 (assisting), and resolved by the lead. */
  const resolvedAtStreet = async (content: string): Promise<AppealDetail> => {
    const appeal = await file(content);
    const { users, departments } = t.fixtures;
    await t.act('secretaryA', appeal.id, 'escalate', { reason: '需要园林部门处理', consultedWithId: users.gridSecretary1.id, consultationNote: '协商同意' });
    await t.act('commandCenter', appeal.id, 'dispatch', { leadDepartmentId: departments.parks.id, assistingDepartmentIds: [departments.cityManagement.id] });
    return t.act('deptParks', appeal.id, 'resolve', { note: '枯枝已清理' });
  };
  const feedbackLine = async (id: number) =>
    (await t.dataSource.getRepository(AppealEvent).find({ where: { appealId: id, type: 'feedback' }, order: { id: 'DESC' }, take: 1 }))[0];
  const feedbackRows = (appealId: number) => t.dataSource.getRepository(AppealFeedback).count({ where: { appealId } });

  it('the lead department records the final feedback with the community’s staff member: both are parties, on record and on the timeline', async () => {
    t.clock.set('2026-03-02T10:00:00+08:00');
    const appeal = await resolvedAtStreet('小区绿地枯枝堆积');
    const { users, departments } = t.fixtures;
    expect(appeal.actions).toContain('feedback');
    const fedBack = await t.act('deptParks', appeal.id, 'feedback', {
      method: 'visit',
      content: '已与社区一起上门，告知枯枝已清理',
      communityPartyId: users.staffA.id,
      departmentIds: [departments.cityManagement.id],
    });
    expect(fedBack.status).toBe('fedBack');
    expect(fedBack.feedbacks.at(-1)).toMatchObject({
      by: { id: users.deptParks.id },
      final: true,
      departments: [
        { id: departments.cityManagement.id, name: '城市管理办公室' },
        { id: departments.parks.id, name: '区园林绿化局' },
      ].sort((a, b) => a.id - b.id),
      communityParty: { id: users.staffA.id, name: 'staffA', role: 'communityStaff' },
    });
    const line = await feedbackLine(appeal.id);
    expect(line.note).toBe('社区与区园林绿化局、城市管理办公室一起反馈：已与社区一起上门，告知枯枝已清理');
    expect(line.data).toMatchObject({ final: true, departments: ['区园林绿化局', '城市管理办公室'], communityParty: 'staffA' });
    // The resident hears the result and rates it as always.
    const told = await t.dataSource.getRepository(NotificationOutbox).findBy({ appealId: appeal.id, kind: 'appealResult' });
    expect(told.map((n) => n.recipientId)).toEqual([users.residentA.id]);
    // What the resident sees names the parties too.
    const mine = (await t.as('residentA').get(`/api/appeals/${appeal.id}`).expect(200)).body as AppealDetail;
    expect(
      mine.feedbacks
        .at(-1)!
        .departments.map((d) => d.name)
        .sort(),
    ).toEqual(['区园林绿化局', '城市管理办公室'].sort());
  });

  it('a whistled department may give interim feedback with the community’s liaison', async () => {
    t.clock.set('2026-03-03T10:00:00+08:00');
    const appeal = await file('路边井盖缺失');
    await t
      .as('staffA')
      .post('/api/whistles')
      .send({ appealId: appeal.id, subject: '井盖缺失', description: '请到场处置', departmentIds: [t.fixtures.departments.cityManagement.id] })
      .expect(201);
    const interim = await t.act('deptCityManagement', appeal.id, 'feedback', {
      method: 'phone',
      content: '已设置围挡，明天补装井盖',
      communityPartyId: t.fixtures.users.liaisonA.id,
    });
    expect(interim.status).toBe('inProgress');
    expect(interim.respondedAt).not.toBeNull();
    expect(interim.feedbacks.at(-1)).toMatchObject({
      final: false,
      departments: [{ name: '城市管理办公室' }],
      communityParty: { id: t.fixtures.users.liaisonA.id },
    });
  });

  it('the community names the departments that took part; feedback by the community alone names none', async () => {
    t.clock.set('2026-03-04T10:00:00+08:00');
    const appeal = await resolvedAtStreet('公园长椅损坏');
    const joint = await t.act('staffA', appeal.id, 'feedback', {
      method: 'visit',
      content: '与园林局一起上门反馈',
      departmentIds: [t.fixtures.departments.parks.id],
    });
    expect(joint.feedbacks.at(-1)).toMatchObject({ by: { id: t.fixtures.users.staffA.id }, departments: [{ name: '区园林绿化局' }], communityParty: null });
    expect((await feedbackLine(appeal.id)).note).toBe('社区与区园林绿化局一起反馈：与园林局一起上门反馈');

    const other = await file('楼道灯坏了');
    const alone = await t.act('staffA', other.id, 'feedback', { method: 'phone', content: '已报修' });
    expect(alone.feedbacks.at(-1)).toMatchObject({ departments: [], communityParty: null });
    expect((await feedbackLine(other.id)).note).toBe('已报修');
  });

  it.each([
    ['a department without the community’s person', 'deptParks', {}, 'communityPartyId'],
    ['a department naming another community’s staff', 'deptParks', { communityPartyId: 'staffB' }, 'communityPartyId'],
    ['a department naming a resident', 'deptParks', { communityPartyId: 'residentA' }, 'communityPartyId'],
    ['the community naming a department not working on the appeal', 'staffA', { departmentIds: ['parks', 'safety'] }, 'departmentIds.1'],
    ['the community naming a community party (that is for a department recording it)', 'staffA', { communityPartyId: 'staffA2' }, 'communityPartyId'],
  ] as [string, FixtureUser, { communityPartyId?: FixtureUser; departmentIds?: ('parks' | 'safety')[] }, string][])(
    'refuses %s with 400, nothing recorded',
    async (_what, who, parties, field) => {
      t.clock.set('2026-03-05T10:00:00+08:00');
      const appeal = await resolvedAtStreet('小区树木遮挡路灯');
      const before = await feedbackRows(appeal.id);
      const body = {
        method: 'visit',
        content: '上门反馈',
        ...(parties.communityPartyId ? { communityPartyId: t.fixtures.users[parties.communityPartyId].id } : {}),
        ...(parties.departmentIds ? { departmentIds: parties.departmentIds.map((d) => t.fixtures.departments[d].id) } : {}),
      };
      const res = await t.as(who).post(`/api/appeals/${appeal.id}/feedback`).send(body).expect(400);
      expect(res.body.details).toEqual([expect.objectContaining({ field })]);
      expect(await feedbackRows(appeal.id)).toBe(before);
    },
  );

  it('a department that does not work on the appeal cannot see it, let alone feed back on it', async () => {
    t.clock.set('2026-03-06T10:00:00+08:00');
    const appeal = await file('小区围栏破损');
    await t
      .as('deptParks')
      .post(`/api/appeals/${appeal.id}/feedback`)
      .send({ method: 'phone', content: '—', communityPartyId: t.fixtures.users.staffA.id })
      .expect(404);
  });
});
