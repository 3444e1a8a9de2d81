import type { AppealDetail } from '@lingjuli/shared';
import type { FixtureUser } from '../testing/fixtures';
import { createServiceHarness, type ServiceHarness } from '../testing/service-harness';
import { AppealActionsService } from './appeal-actions.service';
import { AppealIntakeService } from './appeal-intake.service';
import { AppealQueriesService } from './appeal-queries.service';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The moves of an appeal (docs/domain.md §6–§7) through AppealActionsService: a few transitions, the
 * refusals, and what ends with an appeal. Access by route and role is the HTTP tests' business.
 */
describe('appeal actions (services, no HTTP)', () => {
  let h: ServiceHarness;
  let key = 0;

  beforeAll(async () => {
    h = await createServiceHarness();
  });
  afterAll(() => h.close());

  const actions = () => h.get(AppealActionsService);
  const as = (user: FixtureUser) => h.ctx(user);
  const file = async (content: string, by: FixtureUser = 'residentA'): Promise<number> => {
    const channel = by === 'residentA' ? 'online' : 'hotline';
    return (await h.get(AppealIntakeService).file(as(by), { channel, content, communityId: h.fixtures.communities.a.id }, `actions-${++key}`)).appeal.id;
  };
  const detail = (id: number, viewer: FixtureUser = 'commandCenter'): Promise<AppealDetail> => h.get(AppealQueriesService).detail(as(viewer), id);
  /** Taken in, resolved and fed back by community staff: waiting for the rating. */
  const fedBack = async (id: number) => {
    const d = await detail(id);
    if (d.status === 'received') await actions().accept(as('staffA'), id, {});
    await actions().resolve(as('staffA'), id, { note: '已处理' });
    await actions().feedback(as('staffA'), id, { method: 'visit', content: '已上门告知处理结果' });
  };
  const refused = (code: string, status = 409) => expect.objectContaining({ status, code });

  it('accept: the taker becomes first responder and handler; a stricter tier can only bring the deadline forward', async () => {
    h.clock.set('2026-03-02T10:00:00+08:00');
    const id = await file('小区健身器材坏了'); // ordinary: due in 7 days
    h.clock.advance(2 * HOUR);
    const accepted = await actions().accept(as('staffA'), id, { tier: 'utility', note: '涉及用电安全' });
    expect(accepted).toMatchObject({
      status: 'inProgress',
      firstResponderId: h.fixtures.users.staffA.id,
      handlerId: h.fixtures.users.staffA.id,
      tier: 'utility',
    });
    // min(old due, change + 24 h) = 12:00 + 24 h.
    expect(accepted.dueAt.toISOString()).toBe('2026-03-03T04:00:00.000Z');
    const [line] = (await detail(id)).timeline.filter((e) => e.type === 'accept');
    expect(line).toMatchObject({ fromStatus: 'received', toStatus: 'inProgress', note: '涉及用电安全' });
    expect(line.data).toMatchObject({ tier: { from: 'ordinary', to: 'utility' } });
  });

  it('refuses what the table, the scope or the rules do not allow, and changes nothing', async () => {
    h.clock.set('2026-03-03T10:00:00+08:00');
    const id = await file('楼道里堆满了杂物');
    const before = await detail(id);
    await expect(actions().resolve(as('staffA'), id, { note: '已清理' })).rejects.toEqual(refused('APPEAL_TRANSITION_NOT_ALLOWED'));
    await expect(actions().rate(as('residentA'), id, { solved: true, satisfaction: 'satisfied' })).rejects.toEqual(refused('APPEAL_TRANSITION_NOT_ALLOWED'));
    await expect(actions().accept(as('staffB'), id, {})).rejects.toMatchObject({ status: 404 }); // another community's appeal does not exist for her
    // Her own appeal is rated by her, never on the phone.
    await expect(actions().callback(as('staffA'), id, { solved: true, satisfaction: 'satisfied' })).rejects.toEqual(refused('CALLBACK_NOT_APPLICABLE'));
    await actions().accept(as('staffA'), id, {});
    await expect(actions().resolve(as('staffA'), id, { note: '已移交', handedTo: '110' })).rejects.toMatchObject({ status: 400 });
    await expect(
      actions().escalate(as('staffA'), id, { reason: '需要街道协调', consultedWithId: h.fixtures.users.gridSecretary2.id, consultationNote: '' }),
    ).rejects.toMatchObject({
      status: 400,
    }); // not the grid secretary of the community's own grid
    const after = await detail(id);
    expect(after).toMatchObject({ status: 'inProgress', level: 'community', dueAt: before.dueAt });
    expect(after.timeline.map((e) => e.type)).toEqual(['file', 'accept']);
  });

  it('rating: a bad one reopens once with a fresh deadline; a second goes to the secretary, and no auto-close while she decides', async () => {
    h.clock.set('2026-03-04T10:00:00+08:00');
    const id = await file('楼下的下水道堵了，污水漫出来'); // utility: 24 hours
    await fedBack(id);
    expect((await detail(id)).status).toBe('fedBack');

    h.clock.set('2026-03-05T09:00:00+08:00');
    const reopened = await actions().rate(as('residentA'), id, { solved: false, satisfaction: 'unsatisfied', comment: '还是堵' });
    expect(reopened).toMatchObject({ status: 'inProgress', reopenCount: 1, respondedAt: null, fedBackAt: null });
    expect(reopened.dueAt.toISOString()).toBe('2026-03-06T01:00:00.000Z'); // 24 hours from the reopen
    await expect(actions().rate(as('residentA'), id, { solved: true, satisfaction: 'satisfied' })).rejects.toEqual(refused('APPEAL_TRANSITION_NOT_ALLOWED'));

    await fedBack(id);
    const review = await actions().rate(as('residentA'), id, { solved: false, satisfaction: 'unsatisfied' });
    expect(review).toMatchObject({ status: 'fedBack', awaitingSecretaryReview: true, reopenCount: 1 });
    h.clock.advance(8 * DAY);
    await h.drainTimers();
    expect((await detail(id)).status).toBe('fedBack');

    await expect(actions().secretaryReview(as('staffA'), id, { decision: 'close', note: '' })).rejects.toEqual(refused('APPEAL_TRANSITION_NOT_ALLOWED'));
    const closed = await actions().secretaryReview(as('secretaryA'), id, { decision: 'close', note: '已尽力，向居民解释清楚' });
    expect(closed).toMatchObject({ status: 'closed', awaitingSecretaryReview: false });
    expect((await detail(id)).ratings).toHaveLength(2);
  });

  it('callback: the answer of a caller without an account is her rating; an appeal with a reporter account is rated by her', async () => {
    h.clock.set('2026-03-06T10:00:00+08:00');
    const phoned = await file('电话反映：楼门口路灯不亮', 'staffA');
    await fedBack(phoned);
    const closed = await actions().callback(as('staffA'), phoned, { solved: true, satisfaction: 'basicallySatisfied' });
    expect(closed.status).toBe('closed');
    expect((await detail(phoned)).ratings).toMatchObject([{ satisfaction: 'basicallySatisfied' }]);

    const online = await file('楼门口的台阶破损');
    await fedBack(online);
    await expect(actions().callback(as('staffA'), online, { solved: true, satisfaction: 'satisfied' })).rejects.toEqual(refused('CALLBACK_NOT_APPLICABLE'));
    expect((await actions().rate(as('residentA'), online, { solved: true, satisfaction: 'satisfied' })).status).toBe('closed');
  });

  it('at the street: escalate, dispatch, the assisting part, the lead resolves; a reopen reopens the departments', async () => {
    h.clock.set('2026-03-07T10:00:00+08:00');
    const id = await file('小区外墙有违章搭建，社区多次劝说无效', 'staffA');
    const escalated = await actions().escalate(as('staffA'), id, {
      reason: '违建需街道执法',
      consultedWithId: h.fixtures.users.gridSecretary1.id,
      consultationNote: '网格书记同意上报',
    });
    expect(escalated).toMatchObject({ level: 'street', status: 'inProgress' });
    await expect(actions().resolve(as('staffA'), id, { note: '' })).rejects.toEqual(refused('APPEAL_TRANSITION_NOT_ALLOWED'));

    await actions().dispatch(as('commandCenter'), id, {
      leadDepartmentId: h.fixtures.departments.cityManagement.id,
      assistingDepartmentIds: [h.fixtures.departments.parks.id],
    });
    expect((await detail(id)).dispatchOrder).toMatchObject({ status: 'dispatched' });
    expect((await h.inbox('secretaryA')).filter((m) => m.kind === 'dispatchParticipation' && m.appealId === id)).toHaveLength(1);
    // The assisting department completes its part; only the lead resolves.
    await expect(actions().resolve(as('deptParks'), id, { note: '已完成' })).rejects.toMatchObject({ status: 403 });
    await actions().completeAssignment(as('deptParks'), id, { note: '绿化部分已配合完成' });
    await actions().resolve(as('deptCityManagement'), id, { note: '违建已拆除' });
    await actions().feedback(as('deptCityManagement'), id, { method: 'visit', content: '与社区一起上门反馈', communityPartyId: h.fixtures.users.liaisonA.id });
    const joint = (await detail(id)).feedbacks.at(-1);
    expect(joint?.departments.map((d) => d.name)).toEqual(['城市管理办公室']);

    const reopened = await actions().callback(as('staffA'), id, { solved: false, satisfaction: 'unsatisfied' });
    expect(reopened).toMatchObject({ status: 'inProgress', level: 'street', reopenCount: 1 });
    const [line] = (await detail(id)).timeline.filter((e) => e.type === 'callback');
    expect(line.data).toMatchObject({ outcome: 'reopened', reopenedAssignments: ['城市管理办公室（主办）', '区园林绿化局（协办）'] });
    expect((await h.inbox('deptParks')).filter((m) => m.kind === 'appealReopened' && m.appealId === id)).toHaveLength(1);
    // The lead resolves again.
    expect((await actions().resolve(as('deptCityManagement'), id, { note: '再次复查，已彻底拆除' })).status).toBe('resolved');
  });

  it('what ends with an appeal: a pending dispatch order is cancelled, its timers go', async () => {
    h.clock.set('2026-03-08T10:00:00+08:00');
    const id = await file('楼顶有人私自搭建彩钢房');
    await actions().accept(as('staffA'), id, {});
    await actions().escalate(as('staffA'), id, { reason: '需街道执法', consultedWithId: h.fixtures.users.gridSecretary1.id, consultationNote: '' });
    const orderId = (await detail(id)).dispatchOrder!.id;

    const withdrawn = await actions().withdraw(as('residentA'), id, { reason: '已和邻居协商解决' });
    expect(withdrawn.status).toBe('withdrawn');
    const ended = await detail(id);
    expect(ended.dispatchOrder).toMatchObject({ id: orderId, status: 'cancelled' });
    expect(ended.timeline.at(-1)).toMatchObject({ type: 'withdraw', toStatus: 'withdrawn', data: { cancelledDispatchOrderId: orderId } });
    await expect(actions().dispatch(as('commandCenter'), id, { leadDepartmentId: h.fixtures.departments.cityManagement.id })).rejects.toEqual(
      refused('APPEAL_TRANSITION_NOT_ALLOWED'),
    );

    h.clock.advance(8 * DAY);
    await h.drainTimers();
    expect(await detail(id)).toMatchObject({ breachedAt: null, supervised: false, status: 'withdrawn' });
  });

  it('reject: the community that received it, with a reason; nothing moves after', async () => {
    h.clock.set('2026-03-09T10:00:00+08:00');
    const id = await file('希望小区增加一个快递柜');
    const rejected = await actions().reject(as('staffA'), id, { reason: '属于商业服务，已告知联系物业' });
    expect(rejected).toMatchObject({ status: 'rejected', firstResponderId: h.fixtures.users.staffA.id });
    await expect(actions().withdraw(as('residentA'), id, {})).rejects.toEqual(refused('APPEAL_TRANSITION_NOT_ALLOWED'));
    await expect(actions().addNote(as('staffA'), id, { content: '补充', visibility: 'internal' })).rejects.toEqual(refused('APPEAL_TRANSITION_NOT_ALLOWED'));
    expect((await detail(id, 'residentA')).actions).toEqual([]);
  });
});
