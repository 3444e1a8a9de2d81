import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { ScopeService } from '../auth/scope.service';
import type { RequestContext } from '../common/context/request-context';
import { notFound } from '../common/errors/app-error';
import { UnitOfWork } from '../database/unit-of-work';
import { TaskForceMember } from '../task-forces/task-force-member.entity';
import { TaskForce } from '../task-forces/task-force.entity';
import { WhistleTarget } from '../whistles/whistle-target.entity';
import { Whistle } from '../whistles/whistle.entity';
import { Department } from '../organisation/department.entity';
import { AppealSupporter } from './entities/appeal-supporter.entity';
import { DispatchAssignment } from './entities/dispatch-assignment.entity';
import { Appeal } from './entities/appeal.entity';

/**
 * Which appeals a caller may see: the one place row-level access is decided. Every read and every
 * action loads appeals through here; an appeal outside the scope is "not found", never "forbidden",
 * so ids cannot be probed. (The one exception is "me too", which finds any open appeal by id: see
 * AppealSupportService.)
 */
@Injectable()
export class AppealScope {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly uow: UnitOfWork,
  ) {}

  async apply(ctx: RequestContext, qb: SelectQueryBuilder<Appeal>, alias = 'appeal'): Promise<SelectQueryBuilder<Appeal>> {
    const { actor } = ctx;
    switch (actor.role) {
      case 'resident': {
        // What she reported, and what she said "me too" on (she then follows it, with a reduced view).
        const supported = qb
          .subQuery()
          .select('scopeSupporter.appealId')
          .from(AppealSupporter, 'scopeSupporter')
          .where('scopeSupporter.userId = :scopeUserId')
          .getQuery();
        return qb.andWhere(`(${alias}.reporterId = :scopeUserId OR ${alias}.id IN ${supported})`, { scopeUserId: actor.id });
      }
      case 'liaison':
        // Her own reports from the rounds, and the appeals she is asked to visit with feedback.
        return qb.andWhere(`(${alias}.filedById = :scopeUserId OR ${alias}.assignedLiaisonId = :scopeUserId)`, {
          scopeUserId: actor.id,
        });
      case 'departmentStaff':
        return qb.andWhere(worksOn(qb, `${alias}.id`, ':scopeDepartmentId'), { scopeDepartmentId: actor.departmentId ?? -1 });
      default: {
        const ids = await this.scope.communityIds(actor);
        if (ids === 'all') return qb;
        return ids.length ? qb.andWhere(`${alias}.communityId IN (:...scopeCommunityIds)`, { scopeCommunityIds: ids }) : qb.andWhere('1 = 0');
      }
    }
  }

  /**
   * Which of these departments work on the appeal, by the rule of a department's scope: for joint
   * feedback, where a department is a party only if it works on the appeal.
   */
  async departmentsWorkingOn(em: EntityManager, appealId: number, departmentIds: readonly number[]): Promise<number[]> {
    if (departmentIds.length === 0) return [];
    const qb = em.createQueryBuilder(Department, 'department').select('department.id', 'id').where('department.id IN (:...departmentIds)', { departmentIds });
    qb.andWhere(worksOn(qb, ':workAppealId', 'department.id'), { workAppealId: appealId });
    return (await qb.getRawMany<{ id: number | string }>()).map((row) => Number(row.id));
  }

  /** The appeal if the caller may see it, else 404. Inside a transaction (`em`) the row is locked for the write. */
  async findVisible(ctx: RequestContext, id: number, em?: EntityManager): Promise<Appeal> {
    const manager = em ?? this.dataSource.manager;
    const qb = manager.createQueryBuilder(Appeal, 'appeal').where('appeal.id = :id', { id });
    if (em && this.uow.writeLock) qb.setLock('pessimistic_write');
    const appeal = await (await this.apply(ctx, qb)).getOne();
    if (!appeal) throw notFound('APPEAL_NOT_FOUND', '找不到该诉求');
    return appeal;
  }
}

/**
 * A department works on an appeal when the appeal was dispatched to it, it was whistled about the
 * appeal, or it is on the appeal's task force. `appeal` and `department` are SQL expressions (a
 * column or a parameter) of the query `qb` the condition goes into.
 */
function worksOn(qb: SelectQueryBuilder<ObjectLiteral>, appeal: string, department: string): string {
  const dispatched = qb
    .subQuery()
    .select('1')
    .from(DispatchAssignment, 'workAssignment')
    .where(`workAssignment.appealId = ${appeal}`)
    .andWhere(`workAssignment.departmentId = ${department}`)
    .getQuery();
  const whistled = qb
    .subQuery()
    .select('1')
    .from(Whistle, 'workWhistle')
    .innerJoin(WhistleTarget, 'workTarget', 'workTarget.whistleId = workWhistle.id')
    .where(`workWhistle.appealId = ${appeal}`)
    .andWhere(`workTarget.departmentId = ${department}`)
    .getQuery();
  const taskForce = qb
    .subQuery()
    .select('1')
    .from(TaskForce, 'workTaskForce')
    .innerJoin(TaskForceMember, 'workMember', 'workMember.taskForceId = workTaskForce.id')
    .where(`workTaskForce.appealId = ${appeal}`)
    .andWhere(`workMember.departmentId = ${department}`)
    .getQuery();
  return `(EXISTS ${dispatched} OR EXISTS ${whistled} OR EXISTS ${taskForce})`;
}
