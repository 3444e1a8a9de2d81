import type { AppealDetail, InboxMessage, NotificationKind } from '@lingjuli/shared';
import { AppealActionsService } from './appeal-actions.service';
import { AppealIntakeService } from './appeal-intake.service';
import { AppealQueriesService } from './appeal-queries.service';
import type { FixtureUser } from '../testing/fixtures';
import { createServiceHarness, type ServiceHarness } from '../testing/service-harness';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * What each timer does when it fires, and that firing it again (a retry, a second server) changes
 * nothing more: through the services, the drain and the inboxes, with no HTTP in between.
 */
describe('timer effects (services, no HTTP)', () => {
  let h: ServiceHarness;
  let key = 0;

  beforeAll(async () => {
    h = await createServiceHarness();
  });
  afterAll(() => h.close());

  const at = (local: string) => h.clock.set(local);
  const later = (ms: number) => h.clock.advance(ms);
  const file = async (content: string, by: FixtureUser = 'residentA'): Promise<number> => {
    const channel = by === 'residentA' ? 'online' : 'hotline';
    const filed = await h.get(AppealIntakeService).file(h.ctx(by), { channel, content, communityId: h.fixtures.communities.a.id }, `timer-effects-${++key}`);
    return filed.appeal.id;
  };
  const detail = (id: number, as: FixtureUser = 'commandCenter'): Promise<AppealDetail> => h.get(AppealQueriesService).detail(h.ctx(as), id);
  const actions = () => h.get(AppealActionsService);
  const lines = async (id: number, type: string) => (await detail(id)).timeline.filter((e) => e.type === type);
  /** The messages of one kind about one appeal in a user's inbox. */
  const told = async (user: FixtureUser, kind: NotificationKind, appealId: number): Promise<InboxMessage[]> =>
    (await h.inbox(user)).filter((m) => m.kind === kind && m.appealId === appealId);
  /** Everything observable about an appeal's effects, to compare before and after a second firing. */
  const snapshot = async (id: number, users: FixtureUser[]) => {
    const d = await detail(id);
    const inboxes: number[] = [];
    // One after the other: each delivers what is pending first, and two deliveries at once skip each other's rows.
    for (const u of users) inboxes.push((await h.inbox(u)).filter((m) => m.appealId === id).length);
    return {
      status: d.status,
      level: d.level,
      supervised: d.supervised,
      breachedAt: d.breachedAt,
      timeline: d.timeline.length,
      order: d.dispatchOrder?.id ?? null,
      inboxes,
    };
  };
  /** Fires every fired timer again and drains: the effects must be idempotent. */
  const fireAgain = async () => {
    expect(await h.refireTimers()).toBeGreaterThan(0);
    await h.drainTimers();
  };

  it('warning: at 80 % of the window the community is told once; fired again, nobody is told twice', async () => {
    at('2026-03-02T09:00:00+08:00');
    const id = await file('小区门口的垃圾没人清理'); // ordinary: 7 days, nobody has taken it in yet
    later(0.8 * 7 * DAY - 1);
    await h.drainTimers();
    expect(await told('staffA', 'deadlineWarning', id)).toHaveLength(0);
    later(1);
    await h.drainTimers();
    for (const user of ['staffA', 'staffA2', 'secretaryA'] as const) expect(await told(user, 'deadlineWarning', id)).toHaveLength(1);
    expect(await told('staffB', 'deadlineWarning', id)).toHaveLength(0);

    await fireAgain();
    expect(await told('staffA', 'deadlineWarning', id)).toHaveLength(1);
  });

  it('warning: after downtime past the deadline it is dropped, and the breach fires instead', async () => {
    at('2026-03-03T09:00:00+08:00');
    const id = await file('楼道里有很浓的煤气味，燃气泄漏'); // emergency: 30 minutes
    later(2 * HOUR);
    await h.drainTimers();
    expect(await told('staffA', 'deadlineWarning', id)).toHaveLength(0);
    expect((await detail(id)).breachedAt).toBe('2026-03-03T01:30:00.000Z');
  });

  it('breach at the community: escalated to the street with a system dispatch order, the secretaries told; exactly once', async () => {
    at('2026-03-04T10:00:00+08:00');
    const id = await file('楼道里着火了，有烟', 'staffA'); // emergency, taken in by staffA on the phone
    later(30 * MINUTE);
    await h.drainTimers();
    expect((await detail(id)).breachedAt).toBeNull(); // due at the instant itself is still met

    later(1);
    await h.drainTimers();
    const after = await detail(id);
    expect(after).toMatchObject({ level: 'street', supervised: true, breachedAt: '2026-03-04T02:30:00.000Z', status: 'received' });
    expect(after.dispatchOrder).toMatchObject({ status: 'pending' });
    const [breach] = await lines(id, 'breach');
    expect(breach).toMatchObject({ actor: { role: 'system' }, visibility: 'public', data: { escalatedTo: 'street', suggestTaskForce: false } });
    expect(await told('secretaryA', 'deadlineBreached', id)).toHaveLength(1);
    expect(await told('gridSecretary1', 'deadlineBreached', id)).toHaveLength(1);
    expect(await told('gridSecretary2', 'deadlineBreached', id)).toHaveLength(0);

    const users: FixtureUser[] = ['secretaryA', 'gridSecretary1', 'staffA'];
    const before = await snapshot(id, users);
    await fireAgain();
    expect(await snapshot(id, users)).toEqual(before);
    expect(await lines(id, 'breach')).toHaveLength(1);
  });

  it('breach at the street: to street leadership with a task-force suggestion; the level stays', async () => {
    at('2026-03-05T10:00:00+08:00');
    const id = await file('单元门口的路灯坏了很久', 'staffA'); // ordinary
    await actions().escalate(h.ctx('staffA'), id, {
      reason: '需要街道协调',
      consultedWithId: h.fixtures.users.gridSecretary1.id,
      consultationNote: '与网格书记商议后上报',
    });
    later(7 * DAY + 1);
    await h.drainTimers();
    const after = await detail(id);
    expect(after).toMatchObject({ level: 'street', supervised: true });
    const [breach] = await lines(id, 'breach');
    expect(breach.data).toMatchObject({ escalatedTo: null, suggestTaskForce: true });
    expect(await told('streetAdmin', 'streetDeadlineBreached', id)).toHaveLength(1);
    expect(await told('commandCenter', 'streetDeadlineBreached', id)).toHaveLength(1);
    expect(await told('secretaryA', 'deadlineBreached', id)).toHaveLength(0);

    await fireAgain();
    expect(await told('streetAdmin', 'streetDeadlineBreached', id)).toHaveLength(1);
    expect(await lines(id, 'breach')).toHaveLength(1);
  });

  it('a deadline met in time does not breach: the first feedback meets an ordinary deadline', async () => {
    at('2026-03-06T10:00:00+08:00');
    const id = await file('楼下自行车棚的顶棚坏了', 'staffA');
    await actions().accept(h.ctx('staffA'), id, {});
    later(3 * DAY);
    await actions().feedback(h.ctx('staffA'), id, { method: 'phone', content: '已联系物业，本周内修好' });
    later(5 * DAY);
    await h.drainTimers();
    expect(await detail(id)).toMatchObject({ breachedAt: null, supervised: false, level: 'community' });
    expect(await lines(id, 'breach')).toHaveLength(0);
  });

  it('complex progress: a reminder when the 72-hour note is missed, supervision a day later; each once', async () => {
    at('2026-03-07T10:00:00+08:00');
    const id = await file('我们单元想加装电梯', 'staffA'); // complex: 15 days, a public note every 72 hours
    expect((await detail(id)).progressDueAt).toBe('2026-03-10T02:00:00.000Z');

    later(72 * HOUR + 1);
    await h.drainTimers();
    expect(await told('staffA', 'progressReminder', id)).toHaveLength(1);
    expect((await detail(id)).supervised).toBe(false);

    later(24 * HOUR);
    await h.drainTimers();
    expect((await detail(id)).supervised).toBe(true);
    const [overdue] = await lines(id, 'progressOverdue');
    expect(overdue).toMatchObject({ actor: { role: 'system' }, visibility: 'internal', data: { progressDueAt: '2026-03-10T02:00:00.000Z' } });
    expect(await told('secretaryA', 'progressOverdue', id)).toHaveLength(1);
    expect(await told('gridSecretary1', 'progressOverdue', id)).toHaveLength(1);

    await fireAgain();
    expect(await told('staffA', 'progressReminder', id)).toHaveLength(1);
    expect(await told('secretaryA', 'progressOverdue', id)).toHaveLength(1);
    expect(await lines(id, 'progressOverdue')).toHaveLength(1);
  });

  it('complex progress: a public note in time restarts the 72 hours, and nothing fires for the old ones', async () => {
    at('2026-03-08T10:00:00+08:00');
    const id = await file('我们楼想加装电梯，请社区协调', 'staffA');
    later(70 * HOUR);
    await actions().addNote(h.ctx('staffA'), id, { content: '已完成实地测量，正在征求各户意见', visibility: 'public' });
    later(4 * HOUR);
    await h.drainTimers();
    expect(await told('staffA', 'progressReminder', id)).toHaveLength(0);
    expect((await detail(id)).progressDueAt).toBe('2026-03-14T00:00:00.000Z');
  });

  it('auto-close: fed back and not rated for 7 days closes by itself, once, and offers nobody anything more', async () => {
    at('2026-03-09T10:00:00+08:00');
    const id = await file('楼道灯不亮了'); // the resident's own appeal
    const staff = h.ctx('staffA');
    await actions().accept(staff, id, {});
    await actions().resolve(staff, id, { note: '已更换灯泡' });
    await actions().feedback(staff, id, { method: 'visit', content: '已上门告知' });
    later(7 * DAY - 1);
    await h.drainTimers();
    expect((await detail(id)).status).toBe('fedBack');

    later(1);
    await h.drainTimers();
    const closed = await detail(id);
    expect(closed.status).toBe('closed');
    const [close] = await lines(id, 'close');
    expect(close).toMatchObject({ actor: { role: 'system' }, fromStatus: 'fedBack', toStatus: 'closed', visibility: 'public' });
    expect(closed.actions).toEqual([]);

    const users: FixtureUser[] = ['residentA', 'staffA'];
    const before = await snapshot(id, users);
    await fireAgain();
    expect(await snapshot(id, users)).toEqual(before);
  });

  it('a timer of an appeal that has ended does nothing', async () => {
    at('2026-03-10T10:00:00+08:00');
    const id = await file('楼下有积水');
    await actions().withdraw(h.ctx('residentA'), id, { reason: '已经自己解决了' });
    later(8 * DAY);
    await h.drainTimers();
    expect(await detail(id)).toMatchObject({ status: 'withdrawn', breachedAt: null, supervised: false });
    expect(await told('staffA', 'deadlineWarning', id)).toHaveLength(0);
  });
});
