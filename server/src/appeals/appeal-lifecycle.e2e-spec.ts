import type { AppealDetail, Tier } from '@lingjuli/shared';
import { createTestApp, type TestApp } from '../testing/test-app';
import { Appeal } from './entities/appeal.entity';
import { AppealEvent } from './entities/appeal-event.entity';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('appeal lifecycle (real HTTP, real database)', () => {
  let t: TestApp;
  let key = 0;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const fileAsResident = async (content: string, extra: Record<string, unknown> = {}): Promise<AppealDetail> => {
    const res = await t
      .as('residentA')
      .post('/api/appeals')
      .set('Idempotency-Key', `lifecycle-${++key}`)
      .send({ channel: 'online', content, communityId: t.fixtures.communities.a.id, buildingId: t.fixtures.buildings.a1.id, ...extra })
      .expect(201);
    return res.body as AppealDetail;
  };
  const stored = (id: number) => t.dataSource.getRepository(Appeal).findOneByOrFail({ id });
  const timeline = async (id: number) =>
    (await t.dataSource.getRepository(AppealEvent).find({ where: { appealId: id }, order: { id: 'ASC' } })).map((e) => [e.type, e.fromStatus, e.toStatus]);

  describe.each([
    ['emergency', '楼道里闻到很浓的煤气味，燃气泄漏了', 'gas', 30 * MINUTE],
    ['utility', '我家从早上开始停水了', 'water', DAY],
    ['ordinary', '小区门口的垃圾好几天没人清理', 'sanitation', 7 * DAY],
    ['complex', '我们单元想加装电梯，希望社区帮忙协调', 'lift', 15 * DAY],
  ] as [Tier, string, string, number][])('a %s appeal from intake to close', (tier, content, category, window) => {
    it('walks intake → triage → handling → feedback → rating → close with the right deadlines and timeline', async () => {
      t.clock.set('2026-03-02T10:00:00+08:00');
      const receivedAt = t.clock.now().getTime();
      const filed = await fileAsResident(content);
      expect(filed).toMatchObject({ status: 'received', tier, category, level: 'community', channel: 'online' });
      // The reason names the rule that set the tier, or the category default for ordinary matters.
      expect(filed.triage.reason.text).toMatch(tier === 'ordinary' ? /^类别「/ : /^关键词「/);
      expect(filed.dueAt).toBe(new Date(receivedAt + window).toISOString());
      expect(filed.warnAt).toBe(new Date(receivedAt + window * 0.8).toISOString());
      expect(filed.progressDueAt).toBe(tier === 'complex' ? new Date(receivedAt + 72 * HOUR).toISOString() : null);

      t.clock.advance(5 * MINUTE);
      const accepted = await t.as('staffA').post(`/api/appeals/${filed.id}/accept`).send({}).expect(200);
      expect(accepted.body).toMatchObject({ status: 'inProgress', firstResponder: { name: 'staffA' }, handler: { name: 'staffA' } });
      expect(accepted.body.triage.confirmedBy.name).toBe('staffA');

      if (tier === 'complex') {
        t.clock.advance(2 * DAY);
        await t.as('staffA').post(`/api/appeals/${filed.id}/notes`).send({ content: '已完成实地测量，正在征集业主意见', visibility: 'public' }).expect(200);
        expect((await stored(filed.id)).progressDueAt?.getTime()).toBe(t.clock.now().getTime() + 72 * HOUR);
        // An internal note does not count as public progress.
        const before = (await stored(filed.id)).progressDueAt?.getTime();
        t.clock.advance(HOUR);
        await t.as('staffA').post(`/api/appeals/${filed.id}/notes`).send({ content: '内部：联系区民政局', visibility: 'internal' }).expect(200);
        expect((await stored(filed.id)).progressDueAt?.getTime()).toBe(before);
      }

      t.clock.advance(10 * MINUTE);
      const feedbackFirst = tier !== 'emergency';
      if (feedbackFirst) {
        // Interim feedback meets the first-feedback deadline of the non-emergency tiers.
        await t.as('staffA').post(`/api/appeals/${filed.id}/feedback`).send({ method: 'phone', content: '已联系相关单位，正在处理' }).expect(200);
        expect((await stored(filed.id)).respondedAt?.getTime()).toBe(t.clock.now().getTime());
      }
      await t.as('staffA').post(`/api/appeals/${filed.id}/resolve`).send({ note: '已处理完毕' }).expect(200);
      if (!feedbackFirst) {
        // Emergencies are met by resolution, here 15 minutes after receipt.
        expect((await stored(filed.id)).respondedAt?.getTime()).toBe(receivedAt + 15 * MINUTE);
      }
      await t.as('liaisonA').post(`/api/appeals/${filed.id}/feedback`).send({ method: 'visit', content: '上门告知处理结果' }).expect(404); // not hers to see, let alone visit, until she is assigned
      await t.as('staffA').post(`/api/appeals/${filed.id}/assign`).send({ liaisonId: t.fixtures.users.liaisonA.id }).expect(200);
      const fedBack = await t
        .as('liaisonA')
        .post(`/api/appeals/${filed.id}/feedback`)
        .send({ method: 'visit', content: '上门告知处理结果', residentOpinion: '满意' })
        .expect(200);
      expect(fedBack.body.status).toBe('fedBack');

      const rated = await t.as('residentA').post(`/api/appeals/${filed.id}/rating`).send({ solved: true, satisfaction: 'satisfied' }).expect(200);
      expect(rated.body.status).toBe('closed');
      expect(rated.body.ratings).toEqual([expect.objectContaining({ solved: true, satisfaction: 'satisfied' })]);

      const row = await stored(filed.id);
      expect(row.dueAt.getTime()).toBe(receivedAt + window);
      expect(row.respondedAt!.getTime()).toBeLessThanOrEqual(row.dueAt.getTime());
      expect(row.closedAt).not.toBeNull();
      expect(row.progressDueAt).toBeNull();

      const expected: [string, string | null, string | null][] = [
        ['file', null, 'received'],
        ['accept', 'received', 'inProgress'],
        ...(tier === 'complex'
          ? ([
              ['addNote', 'inProgress', 'inProgress'],
              ['addNote', 'inProgress', 'inProgress'],
            ] as [string, string, string][])
          : []),
        ...(feedbackFirst ? ([['feedback', 'inProgress', 'inProgress']] as [string, string, string][]) : []),
        ['resolve', 'inProgress', 'resolved'],
        ['assign', 'resolved', 'resolved'],
        ['feedback', 'resolved', 'fedBack'],
        ['rate', 'fedBack', 'closed'],
      ];
      expect(await timeline(filed.id)).toEqual(expected);

      // The resident sees the public part of the same timeline; staff see all of it.
      const mine = await t.as('residentA').get(`/api/appeals/${filed.id}`).expect(200);
      expect(mine.body.timeline.every((e: { visibility: string }) => e.visibility === 'public')).toBe(true);
      const staffView = await t.as('staffA').get(`/api/appeals/${filed.id}`).expect(200);
      expect(staffView.body.timeline).toHaveLength(expected.length);
    });
  });

  it('changing an ordinary appeal to emergency at 10:00 makes it due 10:30', async () => {
    t.clock.set('2026-02-27T09:00:00+08:00');
    const filed = await fileAsResident('楼下邻居装修声音很大');
    expect(filed.tier).toBe('ordinary');
    t.clock.set('2026-03-02T10:00:00+08:00');
    const res = await t.as('staffA').post(`/api/appeals/${filed.id}/accept`).send({ tier: 'emergency', note: '现场发现有人受伤' }).expect(200);
    expect(res.body.dueAt).toBe('2026-03-02T02:30:00.000Z');
    const entry = res.body.timeline.find((e: { type: string }) => e.type === 'accept');
    expect(entry.data.tier).toEqual({ from: 'ordinary', to: 'emergency' });
    expect(entry.data.dueAt).toEqual({ from: '2026-03-06T01:00:00.000Z', to: '2026-03-02T02:30:00.000Z' });
  });

  it('escalates to the street with a dispatch order, dispatches to departments, and closes after feedback and rating', async () => {
    t.clock.set('2026-03-02T10:00:00+08:00');
    const { users, departments } = t.fixtures;
    const filed = await fileAsResident('楼前空地有人私搭乱建，占用消防通道');
    await t.as('staffA').post(`/api/appeals/${filed.id}/accept`).send({}).expect(200);

    t.clock.advance(HOUR);
    const escalated = await t
      .as('secretaryA')
      .post(`/api/appeals/${filed.id}/escalate`)
      .send({ reason: '涉及违法建设，社区无执法权', consultedWithId: users.gridSecretary1.id, consultationNote: '与网格书记协商，同意上报' })
      .expect(200);
    expect(escalated.body).toMatchObject({ level: 'street', status: 'inProgress', dispatchOrder: { status: 'pending' } });
    expect(escalated.body.dispatchOrder.consultedWith.id).toBe(users.gridSecretary1.id);
    // The countdown does not restart on escalation.
    expect(escalated.body.dueAt).toBe(filed.dueAt);

    const pending = await t.as('commandCenter').get('/api/dispatch-orders/pending').expect(200);
    expect(pending.body.map((a: { id: number }) => a.id)).toContain(filed.id);
    // Departments see nothing until it is dispatched to them.
    await t.as('deptCityManagement').get(`/api/appeals/${filed.id}`).expect(404);

    t.clock.advance(HOUR);
    const dispatched = await t
      .as('commandCenter')
      .post(`/api/appeals/${filed.id}/dispatch`)
      .send({ leadDepartmentId: departments.cityManagement.id, assistingDepartmentIds: [departments.parks.id] })
      .expect(200);
    expect(dispatched.body.dispatchOrder.status).toBe('dispatched');
    expect(dispatched.body.dispatchOrder.assignments).toEqual([
      expect.objectContaining({ departmentName: '城市管理办公室', role: 'lead' }),
      expect.objectContaining({ departmentName: '区园林绿化局', role: 'assist' }),
    ]);
    await t.as('commandCenter').post(`/api/appeals/${filed.id}/dispatch`).send({ leadDepartmentId: departments.safety.id }).expect(409);

    const deptQueue = await t.as('deptCityManagement').get('/api/appeals').expect(200);
    expect(deptQueue.body.items.map((a: { id: number }) => a.id)).toEqual([filed.id]);
    await t.as('deptParks').post(`/api/appeals/${filed.id}/resolve`).send({ note: '协办单位不能办结' }).expect(403);
    await t.as('deptParks').post(`/api/appeals/${filed.id}/complete-assignment`).send({ note: '已清理周边绿化' }).expect(200);
    await t.as('deptCityManagement').post(`/api/appeals/${filed.id}/notes`).send({ content: '已下达限期拆除通知', visibility: 'public' }).expect(200);
    await t.as('deptCityManagement').post(`/api/appeals/${filed.id}/resolve`).send({ note: '违建已拆除' }).expect(200);
    await t.as('staffA').post(`/api/appeals/${filed.id}/feedback`).send({ method: 'visit', content: '社区与城管办共同上门反馈' }).expect(200);
    const closed = await t.as('residentA').post(`/api/appeals/${filed.id}/rating`).send({ solved: true, satisfaction: 'basicallySatisfied' }).expect(200);
    expect(closed.body.status).toBe('closed');
    expect(closed.body.dispatchOrder.assignments.every((a: { completedAt: string | null }) => a.completedAt !== null)).toBe(true);

    expect((await timeline(filed.id)).map(([type]) => type)).toEqual([
      'file',
      'accept',
      'escalate',
      'dispatch',
      'completeAssignment',
      'addNote',
      'resolve',
      'feedback',
      'rate',
    ]);
  });

  it('reopens once on a bad rating and sends the second one to the secretary', async () => {
    t.clock.set('2026-03-02T10:00:00+08:00');
    const filed = await fileAsResident('楼道灯坏了好久');
    const handleOnce = async () => {
      await t.as('staffA').post(`/api/appeals/${filed.id}/resolve`).send({ note: '已更换灯泡' }).expect(200);
      await t.as('staffA').post(`/api/appeals/${filed.id}/feedback`).send({ method: 'online', content: '已更换' }).expect(200);
    };
    await t.as('staffA').post(`/api/appeals/${filed.id}/accept`).send({}).expect(200);
    await handleOnce();
    t.clock.advance(DAY);
    const reopened = await t
      .as('residentA')
      .post(`/api/appeals/${filed.id}/rating`)
      .send({ solved: false, satisfaction: 'unsatisfied', comment: '还是不亮' })
      .expect(200);
    expect(reopened.body).toMatchObject({ status: 'inProgress', reopenCount: 1, respondedAt: null });
    expect(reopened.body.dueAt).toBe(new Date(t.clock.now().getTime() + 7 * DAY).toISOString());

    await handleOnce();
    const second = await t.as('residentA').post(`/api/appeals/${filed.id}/rating`).send({ solved: false, satisfaction: 'unsatisfied' }).expect(200);
    expect(second.body).toMatchObject({ status: 'fedBack', awaitingSecretaryReview: true });
    await t.as('staffA').post(`/api/appeals/${filed.id}/secretary-review`).send({ decision: 'close', note: '—' }).expect(403);
    const reviewed = await t
      .as('secretaryA')
      .post(`/api/appeals/${filed.id}/secretary-review`)
      .send({ decision: 'close', note: '已两次处理，线路老化需整体改造，另行立项' })
      .expect(200);
    expect(reviewed.body.status).toBe('closed');
  });
});
