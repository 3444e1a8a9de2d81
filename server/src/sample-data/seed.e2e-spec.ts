import { CHANNELS, ROLES, TIERS, initialDeadline } from '@lingjuli/shared';
import { DataSource } from 'typeorm';
import { AppealEvent } from '../appeals/entities/appeal-event.entity';
import { Appeal } from '../appeals/entities/appeal.entity';
import { DispatchOrder } from '../appeals/entities/dispatch-order.entity';
import { verifyPassword } from '../auth/password-hasher';
import { Building } from '../organisation/building.entity';
import { Community } from '../organisation/community.entity';
import { User } from '../users/user.entity';
import { openSeededSampleDatabase, type SeededSampleDatabase } from '../testing/seeded-sample-database';
import { SAMPLE_PASSWORD, sampleLogins } from './sample-organisation';
import { seedSampleData, type SeedSummary } from './seed';

const NOW = new Date('2026-03-02T02:00:00.000Z');

describe('sample data seed (real services, real database)', () => {
  let sample: SeededSampleDatabase;
  let dataSource: DataSource;
  let summary: SeedSummary;

  beforeAll(async () => {
    sample = await openSeededSampleDatabase({ appeals: 120, now: NOW });
    dataSource = sample.dataSource;
    summary = sample.summary;
  }, 60_000);
  afterAll(() => sample?.close());

  const appeals = () => dataSource.getRepository(Appeal).find({ order: { id: 'ASC' } });

  it('reports what it seeded and leaves the clock at now', () => {
    expect(summary).toMatchObject({ seeded: true, communities: 27, appeals: 120 });
    expect(sample.context.clock.now()).toEqual(NOW);
  });

  it('creates 27 sample communities, each with buildings and a warm-heart card', async () => {
    const communities = await dataSource.getRepository(Community).find();
    expect(communities).toHaveLength(27);
    expect(communities.every((c) => c.isSample && /示例/.test(c.name) && /^C\d{2}$/.test(c.code))).toBe(true);
    const buildings = await dataSource.getRepository(Building).find();
    for (const c of communities) {
      const own = buildings.filter((b) => b.communityId === c.id);
      expect(own.length).toBeGreaterThanOrEqual(3);
      expect(own.every((b) => b.code.startsWith(`${c.code}-B`) && b.code.length <= 24)).toBe(true);
      expect(c.windowAddress && c.windowHours && c.hotline).toBeTruthy();
      expect(c.cardStaff?.length).toBeGreaterThanOrEqual(2);
      expect(c.gridId).not.toBeNull();
    }
  });

  it('has users in every role, and the documented logins exist with the sample password', async () => {
    const users = await dataSource.getRepository(User).find();
    for (const role of ROLES) expect(users.some((u) => u.role === role)).toBe(true);
    for (const login of sampleLogins()) {
      const user = login.role === 'resident' ? users.find((u) => u.wechatOpenId === `dev:${login.username}`) : users.find((u) => u.username === login.username);
      expect(user).toMatchObject({ role: login.role, displayName: login.displayName });
    }
    const secretary = users.find((u) => u.username === 'secretary-c01')!;
    expect(await verifyPassword(SAMPLE_PASSWORD, secretary.passwordHash!)).toBe(true);
    expect(users.find((u) => u.username === 'liaison-c01-1')).toMatchObject({ wechatOpenId: 'dev:liaison-c01-1', passwordHash: null });
  });

  it('spreads appeals over statuses, tiers and channels', async () => {
    const all = await appeals();
    const statuses = new Set(all.map((a) => a.status));
    for (const s of ['closed', 'inProgress', 'rejected', 'withdrawn'] as const) expect(statuses).toContain(s);
    expect(statuses.has('fedBack') || statuses.has('resolved')).toBe(true);
    expect(new Set(all.map((a) => a.tier))).toEqual(new Set(TIERS));
    // Every channel people file through; Open311 requests come from a client's key, and the sample issues none.
    expect(new Set(all.map((a) => a.channel))).toEqual(new Set(CHANNELS.filter((c) => c !== 'open311')));
    expect(all.some((a) => a.proactive && a.channel === 'liaison')).toBe(true);
    expect(all.some((a) => a.channel === 'hotline' && a.contactName && a.contactPhoneEncrypted)).toBe(true);
    expect(all.some((a) => a.reopenCount > 0 && a.status === 'closed')).toBe(true);
    // A few are past their deadline with nothing done.
    expect(all.some((a) => a.respondedAt === null && a.dueAt < NOW && ['received', 'inProgress'].includes(a.status))).toBe(true);
    // Every history ended before now.
    expect(all.every((a) => a.updatedAt <= NOW && a.receivedAt >= new Date(NOW.getTime() - 62 * 86_400_000))).toBe(true);
  });

  it('escalates some to the street and dispatches them to departments', async () => {
    const orders = await dataSource.getRepository(DispatchOrder).find({ relations: { assignments: true } });
    expect(orders.some((o) => o.status === 'dispatched' && (o.assignments?.length ?? 0) > 0)).toBe(true);
    const street = (await appeals()).filter((a) => a.level === 'street');
    expect(street.some((a) => a.status === 'closed' || a.status === 'fedBack')).toBe(true);
  });

  it('starts every timeline with the filing, and keeps the deadlines the product computes', async () => {
    const events = await dataSource.getRepository(AppealEvent).find({ order: { id: 'ASC' } });
    const byAppeal = new Map<number, AppealEvent[]>();
    for (const e of events) byAppeal.set(e.appealId, [...(byAppeal.get(e.appealId) ?? []), e]);
    for (const appeal of await appeals()) {
      const timeline = byAppeal.get(appeal.id) ?? [];
      expect(timeline[0]).toMatchObject({ type: 'file', toStatus: 'received' });
      expect(timeline[0].at).toEqual(appeal.receivedAt);
      // Times only move forward along a timeline.
      for (let i = 1; i < timeline.length; i++) expect(timeline[i].at.getTime()).toBeGreaterThanOrEqual(timeline[i - 1].at.getTime());
      const tierChanged = timeline.some((e) => e.data !== null && 'tier' in e.data);
      if (tierChanged) continue;
      const expected = initialDeadline(appeal.tier, appeal.cycleStartedAt);
      expect(appeal.dueAt).toEqual(expected.dueAt);
      expect(appeal.warnAt).toEqual(expected.warnAt);
      if (appeal.reopenCount === 0) expect(appeal.cycleStartedAt).toEqual(appeal.receivedAt);
    }
  });

  it('does nothing the second time', async () => {
    const before = await dataSource.getRepository(Appeal).count();
    expect(await seedSampleData(sample.context.app, sample.context.clock, { appeals: 10, now: NOW })).toEqual({ seeded: false });
    expect(await dataSource.getRepository(Appeal).count()).toBe(before);
    expect(await dataSource.getRepository(Community).count()).toBe(27);
  });
});
