import { Injectable } from '@nestjs/common';
import {
  HOT_SPOT_RULE,
  RATES,
  TIERS,
  addCounts,
  compositeScore,
  emptyCounts,
  fastestGrowing,
  liaisonParticipation,
  medianMinutes,
  monthPeriod,
  onTimeRate,
  rankCommunities,
  ratesOf,
  sharesOf,
  whereClosed,
  type Category,
  type CategoryGrowthInfo,
  type CommunityOverview,
  type HotSpot,
  type MeasureCounts,
  type MeasureSettings,
  type MeasureSource,
  type MonthFigures,
  type Rates,
  type ScopeMeasures,
} from '@lingjuli/shared';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Appeal } from '../appeals/entities/appeal.entity';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { Building } from '../organisation/building.entity';
import { SurveyResultsService } from '../surveys/survey-results.service';
import { ParticipationRegistry } from './participation-registry';
import { Community } from '../organisation/community.entity';
import { User } from '../users/user.entity';
import type { MeasuresQueryDto } from './dto/measures.dto';
import { histogramKey, histograms, sumCounts } from './measure-reads';
import { overviewCommunities, resolveScope, resolveStreet, type ResolvedScope } from './measure-scope';
import { MeasureSettingsService } from './measure-settings.service';
import { OpenAppealCount } from './open-appeal-count.entity';
import { resolvePeriod, type Period } from './measure-period';

const DAY = 24 * 3600_000;

/** The figures of docs/domain.md §10, read from the counters (never a scan of the appeals), by the definitions in `shared/src/measures.ts`. */
@Injectable()
export class MeasuresService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly settings: MeasureSettingsService,
    private readonly surveyResults: SurveyResultsService,
    private readonly participation: ParticipationRegistry,
  ) {}

  /** One scope's figures for a period, of all its appeals or of its 12345 work orders alone. */
  async figures(ctx: RequestContext, query: MeasuresQueryDto): Promise<ScopeMeasures> {
    const period = resolvePeriod(query, this.clock.now());
    const scope = await resolveScope(this.dataSource.manager, ctx, query.scope, query.id);
    return this.figuresOf(scope, period, query.source ?? 'all');
  }

  /** The figures of communities (or the whole street) for a period, for a scope already checked (an export's). */
  async figuresOfCommunities(communityIds: readonly number[] | 'all', period: Period): Promise<ScopeMeasures> {
    const em = this.dataSource.manager;
    const scope =
      communityIds === 'all'
        ? await resolveStreet(em)
        : { kind: 'community' as const, id: null, name: '', rows: { scope: 'community' as const, communityIds: [...communityIds] } };
    return this.figuresOf(scope, period, 'all');
  }

  private async figuresOf(scope: ResolvedScope, period: Period, source: MeasureSource): Promise<ScopeMeasures> {
    const em = this.dataSource.manager;
    const settings = await this.settings.current(em);
    // Liaisons' participation is the community's whole work, not the work orders'.
    const community = scope.rows.scope === 'community' && source === 'all' ? scope.rows.communityIds : null;
    const communityIds = scope.rows.scope === 'community' ? scope.rows.communityIds : null;
    const [byTier, times, activeLiaisons, streetMedian, surveys, participation] = await Promise.all([
      sumCounts(em, scope.rows, source, period.startsAt, period.endsAt, ['tier']),
      histograms(em, scope.rows, source, period.startsAt, period.endsAt),
      community ? this.activeLiaisons(em, community) : null,
      scope.kind === 'community' && scope.id !== null ? this.streetMedian(em, period, settings, source) : null,
      // The door-to-door surveys beside the ratings: residents asked, not appeals, so the same for either source.
      this.surveyResults.headlines(communityIds ?? [], period.startsAt, period.endsAt),
      // The deliberation hall's figures are the communities' (a department holds no meetings or polls).
      communityIds ? this.participation.figures(communityIds, period.startsAt, period.endsAt) : null,
    ]);
    const counts = byTier.reduce((sum, row) => addCounts(sum, row.counts), emptyCounts());
    const rates = ratesOf(counts, settings);
    return {
      scope: { kind: scope.kind, id: scope.id, name: scope.name },
      period: { label: period.label, startsAt: period.startsAt.toISOString(), endsAt: period.endsAt.toISOString() },
      source,
      settings,
      counts,
      rates,
      composite: compositeScore(rates, settings),
      byTier: TIERS.map((tier) => {
        const c = byTier.find((row) => row.tier === tier)?.counts ?? emptyCounts();
        const median = (measure: 'firstResponse' | 'resolution') => {
          const buckets = times.get(histogramKey(tier, measure));
          return buckets ? medianMinutes(buckets) : null;
        };
        return {
          tier,
          deadlinesDue: c.deadlinesDue,
          deadlinesMet: c.deadlinesMet,
          onTimeRate: onTimeRate(c),
          medianFirstResponseMinutes: median('firstResponse'),
          medianResolutionMinutes: median('resolution'),
        };
      }),
      whereClosed: whereClosed(counts),
      ...sharesOf(counts),
      liaisons: activeLiaisons === null ? null : liaisonParticipation(counts, activeLiaisons),
      streetMedian,
      surveys,
      participation,
    };
  }

  /**
   * The communities month by month: each one's rates and rank, its open and overdue appeals, twelve months
   * of trend; of all their appeals, or of their 12345 work orders alone.
   */
  async overview(ctx: RequestContext, month: string | undefined, source: MeasureSource = 'all'): Promise<CommunityOverview> {
    const em = this.dataSource.manager;
    const now = this.clock.now();
    const current = monthPeriod(month ?? now);
    const first = monthPeriod(current.month, -11);
    const months = Array.from({ length: 12 }, (_, i) => monthPeriod(first.month, i));
    const communities = await overviewCommunities(em, ctx);
    const ids = communities.map((c) => c.id);
    const settings = await this.settings.current(em);
    const [rows, open, overdue] = await Promise.all([
      sumCounts(em, { scope: 'community', communityIds: ids }, source, first.startsAt, current.endsAt, ['scopeId', 'periodStart']),
      this.openCounts(em, ids, source),
      this.overdueCounts(em, ids, now, source),
    ]);
    const countsOf = (communityId: number | null, m: string): MeasureCounts =>
      rows
        .filter((r) => (communityId === null || r.scopeId === communityId) && monthPeriod(r.periodStart).month === m)
        .reduce((sum, r) => addCounts(sum, r.counts), emptyCounts());
    const figuresOf = (counts: MeasureCounts, m: string): MonthFigures => {
      const rates = ratesOf(counts, settings);
      return { month: m, rates, composite: compositeScore(rates, settings) };
    };
    const rankIn = (m: string) =>
      rankCommunities(
        communities.map((c) => ({ communityId: c.id, communityName: c.name, counts: countsOf(c.id, m) })),
        settings,
      );
    const ranked = rankIn(current.month);
    const previous = rankIn(monthPeriod(current.month, -1).month);
    return {
      month: current.month,
      source,
      settings,
      communities: ranked.map((r) => {
        const community = communities.find((c) => c.id === r.communityId)!;
        const counts = countsOf(r.communityId, current.month);
        const previousRank = previous.find((p) => p.communityId === r.communityId)?.rank ?? null;
        return {
          communityId: r.communityId,
          communityName: r.communityName,
          gridId: community.gridId ?? 0,
          rates: r.rates,
          composite: r.composite,
          rank: r.rank,
          previousRank,
          rankChange: r.rank !== null && previousRank !== null ? previousRank - r.rank : null,
          ratings: counts.ratings,
          deadlinesDue: counts.deadlinesDue,
          open: open.get(r.communityId) ?? 0,
          overdue: overdue.get(r.communityId) ?? 0,
          trend: months.map((m) => figuresOf(countsOf(r.communityId, m.month), m.month)),
        };
      }),
      trend: months.map((m) => figuresOf(countsOf(null, m.month), m.month)),
      serverTime: now.toISOString(),
    };
  }

  /**
   * Repeat problems: the same building and category three or more times in the last 90 days, within
   * the caller's scope (or one community of it), most first. Read from the appeals' own index of a
   * community's receipts: a street's 90 days are a few thousand rows.
   */
  async hotSpots(ctx: RequestContext, communityId: number | undefined): Promise<HotSpot[]> {
    const em = this.dataSource.manager;
    const scope = await resolveScope(em, ctx, communityId === undefined ? undefined : 'community', communityId);
    if (scope.rows.scope !== 'community' || !scope.rows.communityIds.length) return [];
    const since = new Date(this.clock.now().getTime() - HOT_SPOT_RULE.windowDays * DAY);
    const raw = await em
      .createQueryBuilder(Appeal, 'a')
      .select('a.communityId', 'communityId')
      .addSelect('a.buildingId', 'buildingId')
      .addSelect('a.category', 'category')
      .addSelect('COUNT(*)', 'appeals')
      .addSelect('MAX(a.receivedAt)', 'last')
      .where('a.communityId IN (:...ids)', { ids: scope.rows.communityIds })
      .andWhere('a.receivedAt >= :since', { since })
      .andWhere('a.buildingId IS NOT NULL')
      .andWhere("a.status <> 'rejected'")
      .groupBy('a.communityId')
      .addGroupBy('a.buildingId')
      .addGroupBy('a.category')
      .having('COUNT(*) >= :min', { min: HOT_SPOT_RULE.minAppeals })
      .orderBy('appeals', 'DESC')
      .addOrderBy('last', 'DESC')
      .limit(100)
      .getRawMany<{ communityId: number | string; buildingId: number | string; category: Category; appeals: number | string; last: unknown }>();
    const buildings = raw.length ? await em.find(Building, { where: { id: In(raw.map((r) => Number(r.buildingId))) } }) : [];
    const communities = raw.length ? await em.find(Community, { where: { id: In(raw.map((r) => Number(r.communityId))) } }) : [];
    return raw.map((r) => ({
      communityId: Number(r.communityId),
      communityName: communities.find((c) => c.id === Number(r.communityId))?.name ?? '',
      buildingId: Number(r.buildingId),
      buildingName: buildings.find((b) => b.id === Number(r.buildingId))?.name ?? '',
      category: r.category,
      appeals: Number(r.appeals),
      lastReceivedAt: (r.last instanceof Date ? r.last : new Date(`${String(r.last).replace(' ', 'T')}Z`)).toISOString(),
    }));
  }

  /** The categories received more this month than last, in the caller's scope: candidates for 每月一题. */
  async growingCategories(ctx: RequestContext, month: string | undefined): Promise<CategoryGrowthInfo[]> {
    const em = this.dataSource.manager;
    const scope = await resolveScope(em, ctx);
    const current = monthPeriod(month ?? this.clock.now());
    const last = monthPeriod(current.month, -1);
    const rows = await sumCounts(em, scope.rows, 'all', last.startsAt, current.endsAt, ['periodStart', 'category']);
    const filedIn = (m: string) =>
      Object.fromEntries(rows.filter((r) => monthPeriod(r.periodStart).month === m).map((r) => [r.category, r.counts.filed])) as Partial<
        Record<Category, number>
      >;
    return fastestGrowing(filedIn(current.month), filedIn(last.month));
  }

  /** Each rate's median over the street's communities (those with data), to set one community's figures against. */
  private async streetMedian(
    em: EntityManager,
    period: Period,
    settings: MeasureSettings,
    source: MeasureSource,
  ): Promise<{ rates: Rates; composite: number | null }> {
    const communities = await em.find(Community, { select: { id: true } });
    const ids = communities.map((c) => c.id);
    const rows = await sumCounts(em, { scope: 'community', communityIds: ids }, source, period.startsAt, period.endsAt, ['scopeId']);
    const each = rows.map((r) => ratesOf(r.counts, settings));
    const rates = Object.fromEntries(RATES.map((key) => [key, median(each.map((r) => r[key]))])) as Rates;
    return { rates, composite: median(each.map((r) => compositeScore(r, settings))) };
  }

  private async activeLiaisons(em: EntityManager, communityIds: number[]): Promise<number> {
    return communityIds.length ? em.countBy(User, { role: 'liaison', active: true, communityId: In(communityIds) }) : 0;
  }

  private async openCounts(em: EntityManager, communityIds: number[], source: MeasureSource): Promise<Map<number, number>> {
    const rows = communityIds.length ? await em.findBy(OpenAppealCount, { communityId: In(communityIds), source }) : [];
    return new Map(rows.map((r) => [r.communityId, r.open]));
  }

  /**
   * Open, not responded to, past the deadline: each community's range of the overdue index. For the work
   * orders alone each overdue appeal's row is read for its channel: the overdue are few, never the ledger.
   */
  private async overdueCounts(em: EntityManager, communityIds: number[], now: Date, source: MeasureSource): Promise<Map<number, number>> {
    if (!communityIds.length) return new Map();
    const qb = em
      .createQueryBuilder(Appeal, 'a')
      .select('a.communityId', 'communityId')
      .addSelect('COUNT(*)', 'n')
      .where('a.respondedAt IS NULL AND a.isOpen = 1 AND a.communityId IN (:...ids) AND a.dueAt < :now', { ids: communityIds, now });
    if (source !== 'all') qb.andWhere('a.channel = :channel', { channel: source });
    const raw = await qb.groupBy('a.communityId').getRawMany<{ communityId: number | string; n: number | string }>();
    return new Map(raw.map((r) => [Number(r.communityId), Number(r.n)]));
  }
}

function median(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (!known.length) return null;
  const mid = Math.floor(known.length / 2);
  return known.length % 2 ? known[mid] : (known[mid - 1] + known[mid]) / 2;
}
