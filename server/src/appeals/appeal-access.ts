import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { notFound } from '../common/errors/app-error';
import { AppealSupporter } from './entities/appeal-supporter.entity';
import { DispatchAssignment } from './entities/dispatch-assignment.entity';
import { Appeal } from './entities/appeal.entity';

declare module '../access/access.service' {
  interface AccessResources {
    appeal: Appeal;
  }
}

/**
 * Which appeals a caller may see (docs/architecture.md, "Access"): resident — her own and those she
 * said "me too" on (the latter in a reduced view, see AppealQueriesService); liaison — her reports
 * and the appeals she is asked to visit; department — the appeals it works on (the involvement the
 * features contribute; this one contributes "dispatched"); community staff, grid secretary, street —
 * their communities. Outside the scope an appeal is "not found", never "forbidden", so ids cannot be
 * probed. (The one exception is "me too", which finds any open appeal by id: see AppealSupportService.)
 */
@Injectable()
export class AppealAccess implements OnModuleInit {
  constructor(private readonly access: AccessService) {}

  onModuleInit(): void {
    // A department works on an appeal dispatched to it (as lead or assisting department).
    this.access.involvement.contribute('dispatched', (qb, appeal, department) =>
      qb
        .subQuery()
        .select('1')
        .from(DispatchAssignment, 'workAssignment')
        .where(`workAssignment.appealId = ${appeal}`)
        .andWhere(`workAssignment.departmentId = ${department}`)
        .getQuery(),
    );
    this.access.register('appeal', {
      entity: Appeal,
      notFound: () => notFound('APPEAL_NOT_FOUND', '找不到该诉求'),
      scope: async (ctx, qb, alias, { inCommunities, involvement }) => {
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
            qb.andWhere(`(${alias}.reporterId = :scopeUserId OR ${alias}.id IN ${supported})`, { scopeUserId: actor.id });
            return;
          }
          case 'liaison':
            // Her own reports from the rounds, and the appeals she is asked to visit with feedback.
            qb.andWhere(`(${alias}.filedById = :scopeUserId OR ${alias}.assignedLiaisonId = :scopeUserId)`, { scopeUserId: actor.id });
            return;
          case 'departmentStaff':
            qb.andWhere(involvement.condition(qb, `${alias}.id`, ':scopeDepartmentId'), { scopeDepartmentId: actor.departmentId ?? -1 });
            return;
          default:
            await inCommunities(`${alias}.communityId`);
        }
      },
    });
  }
}
