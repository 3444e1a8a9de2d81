import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isValidScore, quarterOf, type DepartmentToScore, type EvaluationPeriodInfo, type ScoreEvidence } from '@lingjuli/shared';
import { DataSource, In } from 'typeorm';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { badRequest, conflict, invalidField, notFound } from '../common/errors/app-error';
import { isUniqueViolation } from '../database/db-errors';
import { UnitOfWork } from '../database/unit-of-work';
import { Department } from '../organisation/department.entity';
import { toDepartmentSummary } from '../organisation/organisation.mapper';
import { CollaborationDay } from './collaboration-day.entity';
import { splitIntoDays, type TimeRange } from './collaboration-days';
import { DepartmentScore } from './department-score.entity';
import type { CreateEvaluationPeriodDto, ScoreDepartmentDto } from './dto/evaluation.dto';
import { EvaluationPeriod } from './evaluation-period.entity';
import { PeriodCounts, type EdgeParts, type MeasuredFacts } from './period-counts.service';
import { toPeriodData } from './period-measures';

export const toPeriodInfo = (p: EvaluationPeriod): EvaluationPeriodInfo => ({
  id: p.id,
  name: p.name,
  startsAt: p.startsAt.toISOString(),
  endsAt: p.endsAt.toISOString(),
});

/** How one community worked with one department in a period. */
interface WorkedWith {
  whistles: number;
  dispatched: number;
}

/**
 * 考评权 (docs/domain.md §8.3): evaluation periods, and each community's scores of the departments it worked
 * with in a period — whistled by the community, or dispatched on its appeals.
 */
@Injectable()
export class EvaluationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly counts: PeriodCounts,
  ) {}

  /** Newest first. */
  async periods(): Promise<EvaluationPeriodInfo[]> {
    const rows = await this.dataSource.getRepository(EvaluationPeriod).find({ order: { startsAt: 'DESC', id: 'DESC' } });
    return rows.map(toPeriodInfo);
  }

  /** Without dates, the current quarter (Beijing time); with dates, both and a name. Names are unique (409). */
  async createPeriod(input: CreateEvaluationPeriodDto): Promise<EvaluationPeriodInfo> {
    let name: string;
    let startsAt: Date;
    let endsAt: Date;
    if (input.startsAt === undefined && input.endsAt === undefined) {
      const quarter = quarterOf(this.clock.now());
      ({ startsAt, endsAt } = quarter);
      name = input.name ?? quarter.name;
    } else {
      if (input.startsAt === undefined) throw invalidField('startsAt', '请填写开始时间');
      if (input.endsAt === undefined) throw invalidField('endsAt', '请填写结束时间');
      if (input.name === undefined) throw invalidField('name', '自定义起止时间时请填写周期名称');
      startsAt = new Date(input.startsAt);
      endsAt = new Date(input.endsAt);
      if (endsAt.getTime() <= startsAt.getTime()) throw invalidField('endsAt', '结束时间应晚于开始时间');
      name = input.name;
    }
    try {
      const period = await this.uow.run(async (em) => {
        if (await em.existsBy(EvaluationPeriod, { name })) throw periodNameTaken(name);
        return em.save(em.create(EvaluationPeriod, { name, startsAt, endsAt }));
      });
      return toPeriodInfo(period);
    } catch (error) {
      if (isUniqueViolation(error)) throw periodNameTaken(name);
      throw error;
    }
  }

  async findPeriod(id: number): Promise<EvaluationPeriod> {
    const period = await this.dataSource.getRepository(EvaluationPeriod).findOneBy({ id });
    if (!period) throw notFound('PERIOD_NOT_FOUND', '找不到该考评周期');
    return period;
  }

  /** The departments the secretary's community worked with in the period, with her score so far; by name. */
  async departmentsToScore(ctx: RequestContext, periodId: number): Promise<DepartmentToScore[]> {
    const period = await this.findPeriod(periodId);
    const communityId = ctx.actor.communityId;
    if (communityId === null) return [];
    const facts = await this.counts.facts(period, this.clock.now(), communityId);
    const worked = await this.workedWith(period, communityId, facts.edges);
    if (worked.size === 0) return [];
    const [departments, scores] = await Promise.all([
      this.dataSource.getRepository(Department).findBy({ id: In([...worked.keys()]) }),
      this.dataSource.getRepository(DepartmentScore).findBy({ periodId, communityId }),
    ]);
    const evidence = evidenceOf(facts, departments);
    return departments
      .sort((a, b) => a.name.localeCompare(b.name, 'zh'))
      .map((d) => {
        const score = scores.find((s) => s.departmentId === d.id) ?? null;
        return {
          department: toDepartmentSummary(d),
          ...worked.get(d.id)!,
          evidence: evidence.get(d.id)!,
          score: score?.score ?? null,
          comment: score?.comment ?? null,
        };
      });
  }

  /** How many departments her community worked with in the period she has not scored yet (her landing's count). */
  async unscoredCount(ctx: RequestContext, periodId: number): Promise<number> {
    const period = await this.findPeriod(periodId);
    const communityId = ctx.actor.communityId;
    if (communityId === null) return 0;
    const [worked, scores] = await Promise.all([
      this.counts.edgeParts(period, this.clock.now(), communityId).then((edges) => this.workedWith(period, communityId, edges)),
      this.dataSource.getRepository(DepartmentScore).findBy({ periodId, communityId }),
    ]);
    const scored = new Set(scores.map((s) => s.departmentId));
    return [...worked.keys()].filter((id) => !scored.has(id)).length;
  }

  /**
   * The secretary scores one department for her community: 0–100 whole points, only a department the
   * community worked with in the period (else 400); scoring again replaces the score.
   */
  async score(ctx: RequestContext, periodId: number, input: ScoreDepartmentDto): Promise<DepartmentToScore> {
    // The DTO already refuses these; the service owns the rule all the same.
    if (!isValidScore(input.score)) throw invalidField('score', '评分应为0到100之间的整数');
    const period = await this.findPeriod(periodId);
    const communityId = ctx.actor.communityId;
    if (communityId === null) throw notWorkedWith();
    const facts = await this.counts.facts(period, this.clock.now(), communityId);
    const worked = (await this.workedWith(period, communityId, facts.edges)).get(input.departmentId);
    if (!worked) throw notWorkedWith();
    const comment = input.comment ? input.comment : null;
    const key = { periodId, communityId, departmentId: input.departmentId };
    const write = () =>
      this.uow.run(async (em) => {
        const values = { score: input.score, comment, byId: ctx.userId, at: this.clock.now() };
        const existing = await em.findOne(DepartmentScore, { where: key, lock: this.uow.writeLock });
        if (existing) await em.update(DepartmentScore, { id: existing.id }, values);
        else await em.insert(DepartmentScore, { ...key, ...values });
      });
    try {
      await write();
    } catch (error) {
      // Two first scores at once: the unique key stopped the second insert; it now finds the row and updates it.
      if (!isUniqueViolation(error)) throw error;
      await write();
    }
    const department = await this.dataSource.getRepository(Department).findOneByOrFail({ id: input.departmentId });
    return {
      department: toDepartmentSummary(department),
      ...worked,
      evidence: evidenceOf(facts, [department]).get(department.id)!,
      score: input.score,
      comment,
    };
  }

  /**
   * Per department: the community's whistles to it and its dispatched assignments on the community's
   * appeals, in the period. The period's whole Beijing days are summed from the collaboration rollup
   * (at most a row per department and day, however long the ledger); the parts of a day at a period's
   * start or end that is not Beijing midnight come from `edges`, read once with the evidence's.
   */
  private async workedWith(period: EvaluationPeriod, communityId: number, edges: EdgeParts): Promise<Map<number, WorkedWith>> {
    const { days } = splitIntoDays(period);
    const summed = days ? await this.summedDays(days, communityId) : [];
    const worked = new Map<number, WorkedWith>();
    const entry = (id: number) => worked.get(id) ?? worked.set(id, { whistles: 0, dispatched: 0 }).get(id)!;
    for (const row of summed) {
      entry(row.departmentId).whistles += row.whistles;
      entry(row.departmentId).dispatched += row.dispatched;
    }
    for (const part of edges.reportIns) entry(part.departmentId).whistles += 1;
    for (const part of edges.dispatches) entry(part.departmentId).dispatched += 1;
    return worked;
  }

  private async summedDays(days: TimeRange, communityId: number): Promise<({ departmentId: number } & WorkedWith)[]> {
    const rows: { departmentId: number | string; whistles: number | string; dispatched: number | string }[] = await this.dataSource
      .getRepository(CollaborationDay)
      .createQueryBuilder('day')
      .select('day.departmentId', 'departmentId')
      .addSelect('SUM(day.whistles)', 'whistles')
      .addSelect('SUM(day.dispatched)', 'dispatched')
      .where('day.communityId = :communityId', { communityId })
      .andWhere('day.day >= :from AND day.day < :to', { from: days.startsAt, to: days.endsAt })
      .groupBy('day.departmentId')
      .getRawMany();
    return rows.map((r) => ({ departmentId: Number(r.departmentId), whistles: Number(r.whistles), dispatched: Number(r.dispatched) }));
  }
}

function periodNameTaken(name: string) {
  return conflict('PERIOD_NAME_TAKEN', `已有名为「${name}」的考评周期`);
}

function notWorkedWith() {
  const message = '本社区在该考评周期内没有与该科室协作（吹哨或派单），不能评分';
  return badRequest('DEPARTMENT_NOT_WORKED_WITH', message, [{ field: 'departmentId', message }]);
}

/** What a community's scores of `departments` rest on: the ranking's measured counts, the community's only. */
function evidenceOf(facts: MeasuredFacts, departments: Department[]): Map<number, ScoreEvidence> {
  const rows = toPeriodData({ departments, scores: [], ...facts });
  return new Map(rows.map(({ departmentId, departmentName, scores, ...counts }) => [departmentId, counts]));
}
