import { kindOf } from '../database/data-source-options';
import type { LiaisonCounts } from '@lingjuli/shared';
import { AppealActionsService } from '../appeals/appeal-actions.service';
import { AppealIntakeService } from '../appeals/appeal-intake.service';
import type { RequestContext } from '../common/context/request-context';
import { createServiceHarness, type ServiceHarness } from '../testing/service-harness';
import { User } from '../users/user.entity';
import { contextOf } from '../users/user.mapper';
import { UsersService } from '../users/users.service';
import { LiaisonCount } from './liaison-count.entity';
import { liaisonCountsFromLedger, rebuildLiaisonCounts } from './liaison-counters';
import { LiaisonsService } from './liaisons.service';

type Row = LiaisonCounts & { userId: number };

/**
 * The liaison counters (liaison_counts) against the ledger they count: after a run of the actions
 * that move them — reports from her rounds, feedback visits, a liaison assigned and then replaced, a
 * withdrawal, a resident erasing her data — they hold exactly what the grouped counts over the
 * appeals and feedbacks say, and the registry and her record show them.
 */
describe('liaison counters (services, no HTTP)', () => {
  let h: ServiceHarness;
  let key = 0;
  let second: RequestContext;

  beforeAll(async () => {
    h = await createServiceHarness();
    const registered = await h.get(LiaisonsService).register(h.ctx('staffA'), { name: '第二位专员', duties: ['liaison'] });
    second = contextOf(await h.dataSource.manager.findOneByOrFail(User, { id: registered.userId }));
  });
  afterAll(() => h.close());

  const actions = () => h.get(AppealActionsService);
  const community = () => h.fixtures.communities.a.id;
  const report = async (by: RequestContext, proactive?: boolean) =>
    (await h.get(AppealIntakeService).file(by, { channel: 'liaison', content: '巡查发现路灯不亮', communityId: community(), proactive }, `c-${++key}`)).appeal
      .id;
  const residentFiles = async () =>
    (await h.get(AppealIntakeService).file(h.ctx('residentA'), { channel: 'online', content: '楼道灯坏了', communityId: community() }, `c-${++key}`)).appeal.id;

  const numbers = (r: { [K in keyof Row]: unknown }): Row => ({
    userId: Number(r.userId),
    reports: Number(r.reports),
    proactiveReports: Number(r.proactiveReports),
    visits: Number(r.visits),
    participations: Number(r.participations),
  });
  const dialect = () => kindOf(h.dataSource);
  /** What the ledger says, recomputed. */
  const fromLedger = async () =>
    (await h.dataSource.query<{ [K in keyof Row]: unknown }[]>(liaisonCountsFromLedger(dialect()))).map(numbers).sort((a, b) => a.userId - b.userId);
  /** What the counters hold (a row whose counts all went back to zero says nothing). */
  const counters = async () =>
    (await h.dataSource.getRepository(LiaisonCount).find({ order: { userId: 'ASC' } }))
      .map(numbers)
      .filter((r) => r.reports || r.proactiveReports || r.visits || r.participations);

  it('equal the counts recomputed from the ledger after a realistic run of actions, and the registry shows them', async () => {
    const first = h.ctx('liaisonA');
    // Her rounds: two found before anyone complained, one not; the second liaison reports once.
    const r1 = await report(first);
    h.clock.advance(60_000);
    const r2 = await report(first, true);
    await actions().reject(h.ctx('staffA'), r2, { reason: '重复上报' }); // closed: her record lists it among the open ones
    h.clock.advance(60_000);
    const r3 = await report(first, false);
    await report(second);
    h.clock.advance(60_000);

    // A resident's appeal: liaisonA is sent, visits once, then the second liaison takes over and visits twice.
    const x = await residentFiles();
    await actions().accept(h.ctx('staffA'), x, {});
    await actions().assign(h.ctx('staffA'), x, { liaisonId: first.userId });
    await actions().assign(h.ctx('staffA'), x, { liaisonId: first.userId }); // the same again: nothing moves
    await actions().feedback(first, x, { method: 'visit', content: '已上门了解情况' });
    await actions().assign(h.ctx('staffA'), x, { liaisonId: second.userId, handlerId: h.fixtures.users.staffA.id });
    await actions().feedback(second, x, { method: 'phone', content: '电话告知进展' });
    await actions().resolve(h.ctx('staffA'), x, { note: '已修好' });
    await actions().feedback(second, x, { method: 'visit', content: '上门告知处理结果' });

    // Another, assigned to liaisonA and withdrawn by the resident; a third she visits after staff's own feedback.
    const y = await residentFiles();
    await actions().assign(h.ctx('staffA'), y, { liaisonId: first.userId });
    await actions().withdraw(h.ctx('residentA'), y, { reason: '已自行解决' });
    const z = await residentFiles();
    await actions().accept(h.ctx('staffA'), z, {});
    await actions().feedback(h.ctx('staffA'), z, { method: 'phone', content: '已联系物业' });
    await actions().assign(h.ctx('staffA'), z, { liaisonId: first.userId });
    await actions().feedback(first, z, { method: 'visit', content: '再次上门' });
    // One of liaisonA's own reports, assigned back to her to visit.
    h.clock.advance(60_000);
    const own = await report(first);
    await actions().accept(h.ctx('staffA'), own, {});
    await actions().assign(h.ctx('staffA'), own, { liaisonId: first.userId });

    // The resident erases her data: her appeals point to nobody, open ones are withdrawn; the liaisons' work stays.
    await h.get(UsersService).eraseResident(h.ctx('residentA'));

    const expected: Record<number, LiaisonCounts> = {
      [first.userId]: { reports: 4, proactiveReports: 3, visits: 2, participations: 3 },
      [second.userId]: { reports: 1, proactiveReports: 1, visits: 2, participations: 1 },
    };
    expect(await counters()).toEqual(await fromLedger());
    const registry = await h.get(LiaisonsService).list(h.ctx('staffA'), {});
    expect(Object.fromEntries(registry.map((l) => [l.userId, l.counts]))).toEqual(expected);
    const record = await h.get(LiaisonsService).record(first);
    expect(record).toMatchObject({ reports: 4, proactiveReports: 3, visits: 2 });
    expect(record.recentReports.map((a) => a.id)).toEqual([own, r3, r2, r1]);
    expect(record.recentVisits.map((v) => v.appealId)).toEqual([z, x]);
  });

  it('are rebuilt from the ledger by rebuildLiaisonCounts (for rows written around the services)', async () => {
    const before = await counters();
    await h.dataSource.getRepository(LiaisonCount).clear();
    await h.dataSource
      .getRepository(LiaisonCount)
      .insert({ userId: h.fixtures.users.liaisonA.id, reports: 99, proactiveReports: 0, visits: 0, participations: 0 });
    await rebuildLiaisonCounts(h.dataSource, dialect());
    expect(await counters()).toEqual(before);
    expect(await counters()).toEqual(await fromLedger());
  });
});
