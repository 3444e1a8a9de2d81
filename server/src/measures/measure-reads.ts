import { DURATION_BUCKETS, MEASURE_COUNTERS, periodSpans, type DurationMeasure, type MeasureCounts, type MeasureSource, type Tier } from '@lingjuli/shared';
import { Brackets, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { DurationCount } from './duration-count.entity';
import { MeasureCount } from './measure-count.entity';
import type { ResolvedScope } from './measure-scope';

/*
 * Sums of the measures' counters over a period (docs/architecture.md, "Measures"): a period's whole
 * months from the months' rows and the days around them from the days' rows, so a year is a few rows
 * per key whatever the ledger holds. Each read is of one source: all appeals, or the 12345 work orders.
 */

type Grouping = 'scopeId' | 'periodStart' | 'tier' | 'category';

export interface SummedCounts {
  scopeId: number;
  periodStart: Date;
  tier: Tier;
  category: string;
  counts: MeasureCounts;
}

/** A datetime as the driver returns it: a Date on MySQL, a UTC string on SQLite. */
function asDate(raw: unknown): Date {
  return raw instanceof Date ? raw : new Date(`${String(raw).replace(' ', 'T')}Z`);
}

function inScopeAndPeriod<T extends MeasureCount | DurationCount>(
  qb: SelectQueryBuilder<T>,
  rows: ResolvedScope['rows'],
  source: MeasureSource,
  startsAt: Date,
  endsAt: Date,
): SelectQueryBuilder<T> {
  const ids = rows.scope === 'community' ? rows.communityIds : [rows.departmentId];
  qb.where('m.scope = :scope', { scope: rows.scope })
    .andWhere('m.scopeId IN (:...ids)', { ids: ids.length ? ids : [-1] })
    .andWhere('m.source = :source', { source });
  return qb.andWhere(
    new Brackets((spans) => {
      periodSpans(startsAt, endsAt).forEach((span, i) =>
        spans.orWhere(`(m.grain = :grain${i} AND m.periodStart >= :from${i} AND m.periodStart < :to${i})`, {
          [`grain${i}`]: span.grain,
          [`from${i}`]: span.from,
          [`to${i}`]: span.to,
        }),
      );
    }),
  );
}

/**
 * The counters of the scope's rows of a source in `[startsAt, endsAt)`, summed by the keys asked for (the
 * others come back as their zero value). Group by `periodStart` only over whole months or only over days.
 */
export async function sumCounts(
  em: EntityManager,
  rows: ResolvedScope['rows'],
  source: MeasureSource,
  startsAt: Date,
  endsAt: Date,
  by: Grouping[],
): Promise<SummedCounts[]> {
  const qb = inScopeAndPeriod(em.createQueryBuilder(MeasureCount, 'm'), rows, source, startsAt, endsAt).select([]);
  for (const key of by) qb.addSelect(`m.${key}`, key).addGroupBy(`m.${key}`);
  for (const c of MEASURE_COUNTERS) qb.addSelect(`SUM(m.${c})`, c);
  const raw = await qb.getRawMany<Record<string, unknown>>();
  return raw.map((r) => ({
    scopeId: Number(r.scopeId ?? 0),
    periodStart: r.periodStart === undefined ? new Date(0) : asDate(r.periodStart),
    tier: (r.tier ?? 'ordinary') as Tier,
    category: typeof r.category === 'string' ? r.category : '',
    counts: Object.fromEntries(MEASURE_COUNTERS.map((c) => [c, Number(r[c] ?? 0)])) as MeasureCounts,
  }));
}

/** The histograms of the scope's times of a source in the period, per tier and measure. */
export async function histograms(
  em: EntityManager,
  rows: ResolvedScope['rows'],
  source: MeasureSource,
  startsAt: Date,
  endsAt: Date,
): Promise<Map<string, number[]>> {
  const raw = await inScopeAndPeriod(em.createQueryBuilder(DurationCount, 'm'), rows, source, startsAt, endsAt)
    .select('m.tier', 'tier')
    .addSelect('m.measure', 'measure')
    .addSelect('m.bucket', 'bucket')
    .addSelect('SUM(m.count)', 'count')
    .groupBy('m.tier')
    .addGroupBy('m.measure')
    .addGroupBy('m.bucket')
    .getRawMany<{ tier: Tier; measure: DurationMeasure; bucket: number | string; count: number | string }>();
  const byKey = new Map<string, number[]>();
  for (const r of raw) {
    const key = histogramKey(r.tier, r.measure);
    const buckets = byKey.get(key) ?? new Array<number>(DURATION_BUCKETS).fill(0);
    buckets[Number(r.bucket)] += Number(r.count);
    byKey.set(key, buckets);
  }
  return byKey;
}

export const histogramKey = (tier: Tier, measure: DurationMeasure) => `${tier}|${measure}`;
