import type { RewardRequestInfo } from '@lingjuli/shared';
import { NotificationOutbox } from '../notifications/notification-outbox.entity';
import type { FixtureUser } from '../testing/fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';
import { RewardEvent } from './reward-event.entity';
import { RewardRequest } from './reward-request.entity';

const HOUR = 3_600_000;

const MEETING = {
  date: '2026-03-01T06:00:00.000Z',
  attendees: '社区党委书记、副书记、委员共5人',
  decision: '同意为该专员申请荣誉证书及慰问品',
  minutes: '会议听取了该专员近期参与调解的情况汇报，经讨论一致同意。',
};

describe('reward requests for liaisons (自主支配权, real HTTP, real database)', () => {
  let t: TestApp;
  let key = 0;
  let appealA = 0;
  let appealA2 = 0;
  let appealB = 0;

  beforeAll(async () => {
    t = await createTestApp();
    const file = async (who: FixtureUser, communityId: number, content: string) =>
      (await t.as(who).post('/api/appeals').set('Idempotency-Key', `rewards-${++key}`).send({ channel: 'online', content, communityId }).expect(201)).body
        .id as number;
    appealA = await file('residentA', t.fixtures.communities.a.id, '楼下两户因噪音发生纠纷');
    appealA2 = await file('residentA2', t.fixtures.communities.a.id, '小区门口的垃圾好几天没人清理');
    appealB = await file('residentB', t.fixtures.communities.b.id, '乙社区路灯不亮');
  });
  afterAll(() => t.close());

  const users = () => t.fixtures.users;
  const propose = (who: FixtureUser = 'staffA', body: Record<string, unknown> = {}) =>
    t
      .as(who)
      .post('/api/rewards')
      .send({
        liaisonUserId: users().liaisonA.id,
        basis: 'caseByCase',
        appealIds: [appealA],
        reward: '荣誉证书＋慰问品',
        amount: 300,
        reason: '主动上门调解邻里纠纷，居民满意',
        ...body,
      });
  const draft = async (body: Record<string, unknown> = {}) => (await propose('staffA', body).expect(201)).body as RewardRequestInfo;
  const step = (who: FixtureUser, id: number, action: string, body?: Record<string, unknown>) =>
    action === 'meeting'
      ? t
          .as(who)
          .put(`/api/rewards/${id}/meeting`)
          .send(body ?? MEETING)
      : t
          .as(who)
          .post(`/api/rewards/${id}/${action}`)
          .send(body ?? {});
  const awaiting = async () => {
    const r = await draft();
    await step('staffA', r.id, 'meeting').expect(200);
    await step('staffA', r.id, 'submit').expect(200);
    return r.id;
  };

  /** Everything a refusal must leave untouched: the request row, its timeline, and the outbox. */
  const snapshot = async (id: number) => ({
    request: await t.dataSource.getRepository(RewardRequest).findOneBy({ id }),
    events: await t.dataSource.getRepository(RewardEvent).find({ where: { requestId: id }, order: { id: 'ASC' } }),
    requests: await t.dataSource.getRepository(RewardRequest).count(),
    outbox: await t.dataSource.getRepository(NotificationOutbox).find({ order: { id: 'ASC' } }),
  });
  const refused = async (id: number, call: () => ReturnType<typeof step>, status: number, code?: string) => {
    const before = await snapshot(id);
    const res = await call().expect(status);
    if (code) expect(res.body.code).toBe(code);
    expect(await snapshot(id)).toEqual(before);
    return res;
  };
  const outboxFor = (userId: number) => t.dataSource.getRepository(NotificationOutbox).find({ where: { recipientId: userId, kind: 'rewardRequest' } });

  describe('the full path', () => {
    it('propose → meeting → submit → secretary approves → the street acknowledges, every step on the request’s timeline', async () => {
      t.clock.set('2026-03-02T10:00:00+08:00');
      const proposed = await draft();
      expect(proposed).toMatchObject({
        communityId: t.fixtures.communities.a.id,
        communityName: '测试甲社区',
        liaison: { id: users().liaisonA.id, name: 'liaisonA', role: 'liaison' },
        basis: 'caseByCase',
        appealIds: [appealA],
        appeals: [{ id: appealA, code: expect.stringMatching(new RegExp(`^\\d{6}-${String(appealA).padStart(5, '0')}$`)), summary: '楼下两户因噪音发生纠纷' }],
        periodLabel: null,
        reward: '荣誉证书＋慰问品',
        amount: 300,
        status: 'draft',
        meeting: null,
        proposedBy: { id: users().staffA.id, name: 'staffA' },
        proposedAt: t.clock.now().toISOString(),
        returnedReason: null,
        actions: ['recordMeeting'],
      });
      expect(proposed.events).toEqual([
        { id: expect.any(Number), type: 'propose', actor: expect.objectContaining({ name: 'staffA' }), at: t.clock.now().toISOString(), note: null },
      ]);
      const id = proposed.id;

      t.clock.advance(HOUR);
      const met = (await step('staffA', id, 'meeting').expect(200)).body as RewardRequestInfo;
      expect(met).toMatchObject({ status: 'draft', meeting: MEETING, actions: ['recordMeeting', 'submit'] });

      t.clock.advance(HOUR);
      const submitted = (await step('staffA', id, 'submit').expect(200)).body as RewardRequestInfo;
      expect(submitted).toMatchObject({ status: 'awaitingApproval', actions: [] });
      // The community secretary is told, in the same transaction.
      expect(await outboxFor(users().secretaryA.id)).toEqual([
        expect.objectContaining({
          kind: 'rewardRequest',
          appealId: null,
          title: '民情专员奖励申请待审批',
          body: expect.stringContaining('测试甲社区为民情专员liaisonA申请'),
        }),
      ]);
      expect((await t.as('secretaryA').get(`/api/rewards/${id}`).expect(200)).body.actions).toEqual(['approve', 'return']);
      // Not yet the street's business.
      await t.as('streetAdmin').get(`/api/rewards/${id}`).expect(404);

      t.clock.advance(HOUR);
      const approved = (await step('secretaryA', id, 'approve').expect(200)).body as RewardRequestInfo;
      expect(approved).toMatchObject({ status: 'approved', actions: [] });
      expect(await outboxFor(users().streetAdmin.id)).toEqual([expect.objectContaining({ title: '社区奖励申请已批准，请街道确认' })]);

      const seenByStreet = (await t.as('streetAdmin').get('/api/rewards').expect(200)).body as RewardRequestInfo[];
      expect(seenByStreet.map((r) => r.id)).toEqual([id]);
      expect(seenByStreet[0].actions).toEqual(['acknowledge']);

      t.clock.advance(HOUR);
      const acknowledged = (await step('streetAdmin', id, 'acknowledge').expect(200)).body as RewardRequestInfo;
      expect(acknowledged).toMatchObject({ status: 'acknowledged', actions: [] });
      const start = new Date('2026-03-02T10:00:00+08:00').getTime();
      expect(acknowledged.events.map((e) => [e.type, e.actor.name, e.at, e.note])).toEqual([
        ['propose', 'staffA', new Date(start).toISOString(), null],
        ['recordMeeting', 'staffA', new Date(start + HOUR).toISOString(), MEETING.decision],
        ['submit', 'staffA', new Date(start + 2 * HOUR).toISOString(), null],
        ['approve', 'secretaryA', new Date(start + 3 * HOUR).toISOString(), null],
        ['acknowledge', 'streetAdmin', new Date(start + 4 * HOUR).toISOString(), null],
      ]);
      // The stored timeline is the same, with each actor's role.
      const stored = await t.dataSource.getRepository(RewardEvent).find({ where: { requestId: id }, order: { id: 'ASC' } });
      expect(stored.map((e) => [e.type, e.actorRole])).toEqual([
        ['propose', 'communityStaff'],
        ['recordMeeting', 'communityStaff'],
        ['submit', 'communityStaff'],
        ['approve', 'communitySecretary'],
        ['acknowledge', 'streetAdmin'],
      ]);
      expect(await t.dataSource.getRepository(RewardRequest).findOneByOrFail({ id })).toMatchObject({
        status: 'acknowledged',
        updatedAt: new Date(start + 4 * HOUR),
        meetingDate: new Date(MEETING.date),
      });
    });

    it('returns with a reason; the community corrects the meeting record and resubmits (periodic basis)', async () => {
      const r = await draft({ basis: 'periodic', appealIds: undefined, periodLabel: '2026年第1季度', amount: undefined });
      expect(r).toMatchObject({ basis: 'periodic', appealIds: [], periodLabel: '2026年第1季度', amount: null });
      await step('secretaryA', r.id, 'meeting').expect(200);
      await step('secretaryA', r.id, 'submit').expect(200);
      const returned = (await step('secretaryA', r.id, 'return', { reason: '会议纪要不完整，请补充表决情况' }).expect(200)).body as RewardRequestInfo;
      expect(returned).toMatchObject({ status: 'returned', returnedReason: '会议纪要不完整，请补充表决情况', actions: ['recordMeeting', 'submit'] });
      // The proposer (here the secretary herself) is not told about her own return.
      expect((await outboxFor(users().secretaryA.id)).filter((n) => n.title === '民情专员奖励申请被退回')).toEqual([]);
      await step('staffA', r.id, 'meeting', { ...MEETING, minutes: `${MEETING.minutes}表决：5票同意。` }).expect(200);
      const resubmitted = (await step('staffA', r.id, 'submit').expect(200)).body as RewardRequestInfo;
      expect(resubmitted).toMatchObject({ status: 'awaitingApproval', returnedReason: null });
      const approved = (await step('secretaryA', r.id, 'approve').expect(200)).body as RewardRequestInfo;
      expect(approved.events.map((e) => e.type)).toEqual(['propose', 'recordMeeting', 'submit', 'return', 'recordMeeting', 'submit', 'approve']);
      expect(approved.events[3]).toMatchObject({ type: 'return', note: '会议纪要不完整，请补充表决情况', actor: { name: 'secretaryA' } });
    });

    it('keeps the secretary’s comment with her approval (a money decision says why), and refuses one too long', async () => {
      const id = await awaiting();
      await refused(id, () => step('secretaryA', id, 'approve', { comment: '批'.repeat(501) }), 400);
      const approved = (await step('secretaryA', id, 'approve', { comment: '  表现突出，同意发放200元慰问金  ' }).expect(200)).body as RewardRequestInfo;
      expect(approved.events.at(-1)).toMatchObject({ type: 'approve', note: '表现突出，同意发放200元慰问金', actor: { name: 'secretaryA' } });
      const [event] = await t.dataSource.getRepository(RewardEvent).find({ where: { requestId: id, type: 'approve' } });
      expect(event.note).toBe('表现突出，同意发放200元慰问金');
    });

    it('tells the staff proposer when the secretary returns her request', async () => {
      const id = await awaiting();
      const before = (await outboxFor(users().staffA.id)).length;
      await step('secretaryA', id, 'return', { reason: '请补充关联诉求' }).expect(200);
      const after = await outboxFor(users().staffA.id);
      expect(after).toHaveLength(before + 1);
      expect(after[after.length - 1]).toMatchObject({ title: '民情专员奖励申请被退回', body: expect.stringContaining('退回原因：请补充关联诉求') });
    });
  });

  describe('the meeting record is required', () => {
    it('a secretary cannot approve a request without the meeting record (409), and nothing changes', async () => {
      const r = await draft();
      const res = await refused(r.id, () => step('secretaryA', r.id, 'approve'), 409, 'MEETING_RECORD_REQUIRED');
      expect(res.body.message).toBe('尚无社区党组织会议记录，不能批准');
    });

    it('nor can the community submit it without one (409), and nothing changes', async () => {
      const r = await draft();
      const res = await refused(r.id, () => step('staffA', r.id, 'submit'), 409, 'MEETING_RECORD_REQUIRED');
      expect(res.body.message).toBe('尚无社区党组织会议记录，不能提交审批');
    });

    it('even a request awaiting approval is not approved if its record is missing (data from before the rule)', async () => {
      const id = await awaiting();
      await t.dataSource
        .getRepository(RewardRequest)
        .update({ id }, { meetingDate: null, meetingAttendees: null, meetingDecision: null, meetingMinutes: null });
      await refused(id, () => step('secretaryA', id, 'approve'), 409, 'MEETING_RECORD_REQUIRED');
      expect((await t.as('secretaryA').get(`/api/rewards/${id}`).expect(200)).body.actions).toEqual(['return']);
    });

    it.each([
      [{ ...MEETING, minutes: '' }, 'minutes'],
      [{ ...MEETING, attendees: undefined }, 'attendees'],
      [{ ...MEETING, decision: '   ' }, 'decision'],
      [{ ...MEETING, date: '上周三' }, 'date'],
    ])('refuses an incomplete record %j (400), and nothing changes', async (body, field) => {
      const r = await draft();
      const res = await refused(r.id, () => step('staffA', r.id, 'meeting', body), 400);
      expect(res.body.details[0].field).toBe(field);
    });
  });

  describe('only the community’s own secretary approves', () => {
    it('another community’s secretary cannot see or approve it (404), and nothing changes', async () => {
      const id = await awaiting();
      await t.as('secretaryB').get(`/api/rewards/${id}`).expect(404);
      await refused(id, () => step('secretaryB', id, 'approve'), 404);
      await refused(id, () => step('secretaryB', id, 'return', { reason: '不同意' }), 404);
      expect((await t.as('secretaryB').get('/api/rewards').expect(200)).body).toEqual([]);
    });

    it('community staff cannot approve (403), and nothing changes', async () => {
      const id = await awaiting();
      await refused(id, () => step('staffA', id, 'approve'), 403);
      await refused(id, () => step('staffA2', id, 'return', { reason: '不同意' }), 403);
    });

    it.each(['gridSecretary1', 'commandCenter', 'streetAdmin', 'liaisonA'] as FixtureUser[])('%s cannot approve (403)', async (who) => {
      const id = await awaiting();
      await refused(id, () => step(who, id, 'approve'), 403);
    });
  });

  describe('illegal moves (409, in Chinese), and nothing changes', () => {
    it('the street cannot acknowledge before the secretary approved: the request has not reached it (404, like an unknown id)', async () => {
      const unknown = await step('streetAdmin', 99_999_999, 'acknowledge').expect(404);
      const id = await awaiting();
      const res = await refused(id, () => step('streetAdmin', id, 'acknowledge'), 404);
      expect(res.body).toEqual(unknown.body);
      const r = await draft();
      await refused(r.id, () => step('streetAdmin', r.id, 'acknowledge'), 404);
    });

    it('no second approval, no meeting changes or resubmission once it is out of the community’s hands', async () => {
      const id = await awaiting();
      await refused(id, () => step('staffA', id, 'meeting'), 409, 'REWARD_TRANSITION_NOT_ALLOWED');
      await refused(id, () => step('staffA', id, 'submit'), 409, 'REWARD_TRANSITION_NOT_ALLOWED');
      await step('secretaryA', id, 'approve').expect(200);
      const again = await refused(id, () => step('secretaryA', id, 'approve'), 409, 'REWARD_TRANSITION_NOT_ALLOWED');
      expect(again.body.message).toBe('奖励申请已批准，报街道，现在不能批准');
      await refused(id, () => step('secretaryA', id, 'return', { reason: '撤回' }), 409);
      await step('streetAdmin', id, 'acknowledge').expect(200);
      await refused(id, () => step('streetAdmin', id, 'acknowledge'), 409);
    });

    it('a return needs a reason (400)', async () => {
      const id = await awaiting();
      const res = await refused(id, () => step('secretaryA', id, 'return', {}), 400);
      expect(res.body.details).toEqual([{ field: 'reason', message: '原因必须填写' }]);
    });
  });

  describe('proposing', () => {
    const refusedProposal = async (who: FixtureUser, body: Record<string, unknown>, status: number, field?: string) => {
      const before = await snapshot(0);
      const res = await propose(who, body).expect(status);
      if (field) expect(res.body.details).toEqual([expect.objectContaining({ field })]);
      expect(await snapshot(0)).toEqual(before);
      return res;
    };

    it('refuses an appeal of another community for 一事一议 (400 on appealIds), creating nothing', async () => {
      const res = await refusedProposal('staffA', { appealIds: [appealA, appealB] }, 400, 'appealIds');
      expect(res.body.details[0].message).toBe('关联的诉求须为本社区的诉求');
      await refusedProposal('staffA', { appealIds: [999_999] }, 400, 'appealIds');
    });

    it('links several appeals of the community', async () => {
      expect((await draft({ appealIds: [appealA, appealA2] })).appealIds).toEqual([appealA, appealA2]);
    });

    it('needs an active liaison of the caller’s community (400 on liaisonUserId)', async () => {
      const liaisonB = (
        await t
          .as('staffB')
          .post('/api/liaisons')
          .send({ name: '乙社区专员', duties: ['observer'] })
          .expect(201)
      ).body.userId as number;
      await refusedProposal('staffA', { liaisonUserId: liaisonB }, 400, 'liaisonUserId');
      await refusedProposal('staffA', { liaisonUserId: users().staffA2.id }, 400, 'liaisonUserId');
      const leaving = (
        await t
          .as('staffA')
          .post('/api/liaisons')
          .send({ name: '即将离任', duties: ['liaison'] })
          .expect(201)
      ).body.userId as number;
      await draft({ liaisonUserId: leaving });
      await t.as('staffA').put(`/api/liaisons/${leaving}`).send({ active: false }).expect(200);
      const res = await refusedProposal('staffA', { liaisonUserId: leaving }, 400, 'liaisonUserId');
      expect(res.body.details[0].message).toBe('请选择本社区在册的民情专员');
    });

    it.each([
      [{ appealIds: [] }, 'appealIds'],
      [{ appealIds: undefined }, 'appealIds'],
      [{ periodLabel: '2026年第1季度' }, 'periodLabel'],
      [{ basis: 'periodic' }, 'periodLabel'],
      [{ basis: 'periodic', periodLabel: '2026年第1季度' }, 'appealIds'],
      [{ basis: 'lottery' }, 'basis'],
      [{ amount: 100_001 }, 'amount'],
      [{ amount: -1 }, 'amount'],
      [{ amount: 12.5 }, 'amount'],
      [{ reward: '' }, 'reward'],
      [{ reason: undefined }, 'reason'],
    ])('refuses %j (400), creating nothing', async (body, field) => {
      await refusedProposal('staffA', body, 400, field);
    });

    it.each(['gridSecretary1', 'streetAdmin', 'liaisonA', 'residentA'] as FixtureUser[])('is not for %s (403)', async (who) => {
      await refusedProposal(who, {}, 403);
    });
  });

  describe('reading', () => {
    it('shows a community its own requests, and the street only those that reached it', async () => {
      const mine = (await t.as('staffA').get('/api/rewards').expect(200)).body as RewardRequestInfo[];
      expect(mine.length).toBeGreaterThan(5);
      expect(mine.every((r) => r.communityId === t.fixtures.communities.a.id)).toBe(true);
      const drafts = (await t.as('staffA').get('/api/rewards?status=draft').expect(200)).body as RewardRequestInfo[];
      expect(drafts.length).toBeGreaterThan(0);
      expect(drafts.every((r) => r.status === 'draft')).toBe(true);

      const street = (await t.as('streetAdmin').get('/api/rewards').expect(200)).body as RewardRequestInfo[];
      expect(street.length).toBeGreaterThan(0);
      expect(street.every((r) => r.status === 'approved' || r.status === 'acknowledged')).toBe(true);
      expect((await t.as('streetAdmin').get('/api/rewards?status=draft').expect(200)).body).toEqual([]);
      expect((await t.as('streetAdmin').get('/api/rewards?status=awaitingApproval').expect(200)).body).toEqual([]);
      const draftId = drafts[0].id;
      await t.as('streetAdmin').get(`/api/rewards/${draftId}`).expect(404);
      await t.as('staffB').get(`/api/rewards/${draftId}`).expect(404);
    });

    it('refuses a bad status filter (400) and roles outside reward.read (403)', async () => {
      await t.as('staffA').get('/api/rewards?status=paid').expect(400);
      for (const who of ['gridSecretary1', 'commandCenter', 'liaisonA', 'residentA', 'deptParks'] as FixtureUser[]) {
        await t.as(who).get('/api/rewards').expect(403);
      }
    });
  });
});
