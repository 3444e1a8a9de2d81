import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { splitIntoDays, type TimeRange } from './collaboration-days';
import { OutcomeDay } from './outcome-day.entity';
import { STREET_TOTAL } from './outcome-days';
import { PeriodActivity } from './period-activity.service';
import type { PeriodFacts } from './period-measures';
import { RatingDay } from './rating-day.entity';

/** What a period's measured counts rest on: everything `toPeriodData` takes but the departments and the scores. */
export type MeasuredFacts = Pick<PeriodFacts, 'reportIns' | 'dispatches' | 'ratings' | 'counted'>;

/**
 * The measured side of a period — report-ins, dispatched parts, ratings — for every community (the
 * ranking) or one (the evidence its secretary scores by). The period's whole Beijing days are summed from
 * the rollups (`rating-days.ts`, `outcome-days.ts`: at most a row per department and day, of the community's
 * or of the street's total)
 * and only the parts still running are read live; a period's start or end that is not at Beijing
 * midnight reads the rows of that part of a day.
 */
@Injectable()
export class PeriodCounts {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly activity: PeriodActivity,
  ) {}

  async facts(period: TimeRange, now: Date, communityId?: number): Promise<MeasuredFacts> {
    const { days, edges } = splitIntoDays(period);
    // Read live: every part of the edges, the running parts of the whole days.
    const live = [...edges.map((range) => ({ range, running: false })), ...(days ? [{ range: days, running: true }] : [])];
    const [counted, reportIns, dispatches, ratings] = await Promise.all([
      days ? this.countedDays(days, communityId) : Promise.resolve([]),
      flatAll(live.map(({ range, running }) => this.activity.reportIns(range, now, { communityId, running }))),
      flatAll(live.map(({ range, running }) => this.activity.dispatches(range, now, { communityId, running }))),
      flatAll(edges.map((edge) => this.activity.ratings(edge, { communityId }))),
    ]);
    return { counted, reportIns, dispatches, ratings };
  }

  /** Per department, what the rollups counted on the days [startsAt, endsAt). */
  private async countedDays(days: TimeRange, communityId: number | undefined): Promise<PeriodFacts['counted']> {
    const sums = <T extends object>(entity: new () => T, columns: Record<string, string>) => {
      const qb = this.dataSource
        .getRepository(entity)
        .createQueryBuilder('day')
        .select('day.departmentId', 'departmentId')
        .where('day.communityId = :communityId', { communityId: communityId ?? STREET_TOTAL })
        .andWhere('day.day >= :from AND day.day < :to', { from: days.startsAt, to: days.endsAt })
        .groupBy('day.departmentId');
      for (const [alias, column] of Object.entries(columns)) qb.addSelect(`SUM(day.${column})`, alias);
      return qb.getRawMany<Record<string, number | string>>();
    };
    const [ratings, outcomes] = await Promise.all([
      sums(RatingDay, { rated: 'rated', satisfied: 'satisfied' }),
      sums(OutcomeDay, { whistles: 'reportIns', whistlesOnTime: 'reportInsOnTime', dispatched: 'dispatched', dispatchedOnTime: 'dispatchedOnTime' }),
    ]);
    // The drivers give sums as strings or numbers.
    return [...ratings, ...outcomes].map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)])) as { departmentId: number });
  }
}

const flatAll = async <T>(reads: Promise<T[]>[]): Promise<T[]> => (await Promise.all(reads)).flat();
