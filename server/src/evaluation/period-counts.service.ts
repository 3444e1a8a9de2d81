import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { splitIntoDays, type TimeRange } from './collaboration-days';
import { OutcomeDay } from './outcome-day.entity';
import { STREET_TOTAL } from './outcome-days';
import { PeriodActivity, type DepartmentOutcome } from './period-activity.service';
import type { PeriodFacts } from './period-measures';
import { RatingDay } from './rating-day.entity';

/** The parts of a period's edges (shorter than a day, not in the rollups), whatever their outcome. */
export interface EdgeParts {
  reportIns: DepartmentOutcome[];
  dispatches: DepartmentOutcome[];
}

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

  /** The measured facts, with the edges' parts on their own (what was worked at then, `edges`). */
  async facts(period: TimeRange, now: Date, communityId?: number): Promise<MeasuredFacts & { edges: EdgeParts }> {
    const { days, edges: ranges } = splitIntoDays(period);
    // Read live: every part of the edges, the running parts of the whole days.
    const [edges, counted, runningReportIns, runningDispatches, ratings] = await Promise.all([
      this.edgeParts(period, now, communityId),
      days ? this.countedDays(days, communityId) : Promise.resolve([]),
      days ? this.activity.reportIns(days, now, { communityId, running: true }) : Promise.resolve([]),
      days ? this.activity.dispatches(days, now, { communityId, running: true }) : Promise.resolve([]),
      flatAll(ranges.map((edge) => this.activity.ratings(edge, { communityId }))),
    ]);
    return { counted, reportIns: [...edges.reportIns, ...runningReportIns], dispatches: [...edges.dispatches, ...runningDispatches], ratings, edges };
  }

  /** Every report-in and dispatched part of the part of a day at either end of the period, read from the rows. */
  async edgeParts(period: TimeRange, now: Date, communityId?: number): Promise<EdgeParts> {
    const { edges } = splitIntoDays(period);
    const [reportIns, dispatches] = await Promise.all([
      flatAll(edges.map((edge) => this.activity.reportIns(edge, now, { communityId }))),
      flatAll(edges.map((edge) => this.activity.dispatches(edge, now, { communityId }))),
    ]);
    return { reportIns, dispatches };
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
