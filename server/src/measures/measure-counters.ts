import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  CLOSED_AT_LEVEL,
  durationBucket,
  monthPeriod,
  shanghaiDayStart,
  type Category,
  type Channel,
  type DurationMeasure,
  type MeasureCounter,
  type MeasureCounts,
  type MeasureSource,
  type Tier,
} from '@lingjuli/shared';
import type { EntityManager } from 'typeorm';
import { AppealEndings } from '../appeals/appeal-endings.service';
import { DispatchAssignment } from '../appeals/entities/dispatch-assignment.entity';
import { addToCounters } from '../database/counters';
import { EventBus } from '../events/event-bus';
import { User } from '../users/user.entity';
import { DurationCount } from './duration-count.entity';
import { MeasureCount, type MeasureGrain, type MeasureScope } from './measure-count.entity';
import { OpenAppealCount } from './open-appeal-count.entity';

/*
 * The measures' counters, kept in step with the ledger in the transaction of each event that changes
 * them (docs/architecture.md, "Measures"). Each count goes to the appeal's community and to every
 * department the appeal had been dispatched to by then, under the day and the month it belongs to; a
 * 12345 work order's counts go to the `city12345` rows too, beside the totals (`all`). What is counted,
 * and on which day, is said beside each counter in `MEASURE_COUNTERS`; the rebuild
 * (measure-counters-rebuild.ts) counts the same from the ledger's rows.
 */

const GRAINS: readonly MeasureGrain[] = ['day', 'month'];

function periodStart(grain: MeasureGrain, at: Date): Date {
  return grain === 'day' ? shanghaiDayStart(at) : monthPeriod(at).startsAt;
}

/** The rows an appeal's counts go to: the totals, and the work orders' own for a 12345 transfer. */
export function sourcesOf(appeal: { channel: Channel }): MeasureSource[] {
  return appeal.channel === 'city12345' ? ['all', 'city12345'] : ['all'];
}

interface Counted {
  at: Date;
  /** The appeal's channel, which names the sources its counts go to. */
  channel: Channel;
  communityId: number;
  /** The departments counted too (none for what is the community's own: filings, liaisons' visits). */
  departmentIds: readonly number[];
  tier: Tier;
  category: Category;
}

type Scoped = { scope: MeasureScope; scopeId: number; source: MeasureSource };

/** Each scope the count goes to, under each of its sources: in key order (scope, scopeId, source), as the upsert wants them. */
function scopesOf({ channel, communityId, departmentIds }: Counted): Scoped[] {
  const scopes = [{ scope: 'community' as const, scopeId: communityId }, ...departmentIds.map((scopeId) => ({ scope: 'department' as const, scopeId }))];
  return scopes.flatMap((s) => sourcesOf({ channel }).map((source) => ({ ...s, source })));
}

/** The open count's rows for the appeal's community, one per source. */
function openRows(appeal: { channel: Channel; communityId: number }, open: number): OpenAppealCount[] {
  return sourcesOf(appeal).map((source) => Object.assign(new OpenAppealCount(), { communityId: appeal.communityId, source, open }));
}

@Injectable()
export class MeasureCounters implements OnModuleInit {
  constructor(
    private readonly bus: EventBus,
    private readonly endings: AppealEndings,
  ) {}

  onModuleInit(): void {
    this.bus.on('AppealFiled', async (em, { appeal }) => {
      const counted = {
        at: appeal.receivedAt,
        channel: appeal.channel,
        communityId: appeal.communityId,
        departmentIds: [],
        tier: appeal.tier,
        category: appeal.category,
      };
      await this.count(em, counted, { filed: 1, filedProactive: appeal.proactive ? 1 : 0, filedCity12345: appeal.channel === 'city12345' ? 1 : 0 });
      await addToCounters(em, OpenAppealCount, ['communityId', 'source'], ['open'], openRows(appeal, 1));
    });

    this.bus.on('AppealDeadlineRecorded', async (em, { appeal, deadline, settled }) => {
      const { tier, category } = deadline;
      if (settled) {
        const departmentIds = await dispatchedBy(em, appeal.id, deadline.settledAt);
        await this.count(
          em,
          { at: deadline.dueAt, channel: appeal.channel, communityId: appeal.communityId, departmentIds, tier, category },
          { deadlinesDue: 1, deadlinesMet: deadline.met ? 1 : 0 },
        );
      }
      if (deadline.respondedAt) {
        const departmentIds = await dispatchedBy(em, appeal.id, deadline.respondedAt);
        const took = deadline.respondedAt.getTime() - deadline.startedAt.getTime();
        const counted = { at: deadline.respondedAt, channel: appeal.channel, communityId: appeal.communityId, departmentIds, tier, category };
        await this.time(em, counted, 'firstResponse', took);
      }
    });

    this.bus.on('AppealRated', async (em, { appeal, solved, satisfaction, ratedAt }) => {
      const departmentIds = await dispatchedBy(em, appeal.id, ratedAt);
      await this.count(
        em,
        { at: ratedAt, channel: appeal.channel, communityId: appeal.communityId, departmentIds, tier: appeal.tier, category: appeal.category },
        {
          ratings: 1,
          ratedSolved: solved ? 1 : 0,
          ratedSatisfied: satisfaction === 'satisfied' ? 1 : 0,
          ratedBasicallySatisfied: satisfaction === 'basicallySatisfied' ? 1 : 0,
        },
      );
    });

    this.bus.on('AppealFedBack', async (em, { appeal, feedback }) => {
      if (!(await em.existsBy(User, { id: feedback.byId, role: 'liaison' }))) return;
      const counted = {
        at: feedback.at,
        channel: appeal.channel,
        communityId: appeal.communityId,
        departmentIds: [],
        tier: feedback.tier,
        category: feedback.category,
      };
      await this.count(em, counted, { liaisonVisits: 1 });
    });

    this.endings.register(async (em, { appeal, status, at }) => {
      await addToCounters(em, OpenAppealCount, ['communityId', 'source'], ['open'], openRows(appeal, -1));
      if (status !== 'closed') return null;
      const departmentIds = await dispatchedBy(em, appeal.id, at);
      const counted = { at, channel: appeal.channel, communityId: appeal.communityId, departmentIds, tier: appeal.tier, category: appeal.category };
      await this.count(em, counted, { [CLOSED_AT_LEVEL[appeal.level]]: 1 });
      if (appeal.resolvedAt) await this.time(em, counted, 'resolution', appeal.resolvedAt.getTime() - appeal.receivedAt.getTime());
      return null;
    });
  }

  /** Adds `counts` for each scope and source, in the day's and the month's rows. */
  private async count(em: EntityManager, counted: Counted, counts: Partial<MeasureCounts>): Promise<void> {
    const counters = (Object.keys(counts) as MeasureCounter[]).filter((c) => counts[c]);
    if (!counters.length) return;
    const rows = GRAINS.flatMap((grain) =>
      scopesOf(counted).map((s) =>
        Object.assign(new MeasureCount(), { grain, ...s, periodStart: periodStart(grain, counted.at), tier: counted.tier, category: counted.category }, counts),
      ),
    );
    await addToCounters(em, MeasureCount, ['grain', 'scope', 'scopeId', 'source', 'periodStart', 'tier', 'category'], counters, rows);
  }

  /** Adds one time to the histogram of each scope and source, in the day's and the month's rows. */
  private async time(em: EntityManager, counted: Counted, measure: DurationMeasure, ms: number): Promise<void> {
    const bucket = durationBucket(ms);
    const rows = GRAINS.flatMap((grain) =>
      scopesOf(counted).map((s) =>
        Object.assign(new DurationCount(), { grain, ...s, periodStart: periodStart(grain, counted.at), tier: counted.tier, measure, bucket, count: 1 }),
      ),
    );
    await addToCounters(em, DurationCount, ['grain', 'scope', 'scopeId', 'source', 'periodStart', 'tier', 'measure', 'bucket'], ['count'], rows);
  }
}

/** The departments the appeal had been dispatched to by `at` (one assignment a department). */
async function dispatchedBy(em: EntityManager, appealId: number, at: Date): Promise<number[]> {
  const rows = await em
    .createQueryBuilder(DispatchAssignment, 'assignment')
    .select('assignment.departmentId', 'departmentId')
    .where('assignment.appealId = :appealId AND assignment.dispatchedAt <= :at', { appealId, at })
    .orderBy('assignment.departmentId')
    .getRawMany<{ departmentId: number | string }>();
  return rows.map((r) => Number(r.departmentId));
}
