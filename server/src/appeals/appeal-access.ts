import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { notFound } from '../common/errors/app-error';
import { AppealInvolvements } from './appeal-involvements';
import { AppealSupporter } from './entities/appeal-supporter.entity';
import { Appeal } from './entities/appeal.entity';

declare module '../access/access.service' {
  interface AccessResources {
    appeal: Appeal;
  }
}

/**
 * Which appeals a caller may see (docs/architecture.md, "Access"): resident — her own and those she
 * said "me too" on (the latter in a reduced view, see AppealQueriesService); liaison — her reports
 * and the appeals she is asked to visit; department — the appeals it works on (AppealInvolvements);
 * community staff, grid secretary, street —
 * their communities. Outside the scope an appeal is "not found", never "forbidden", so ids cannot be
 * probed. (The one exception is "me too", which finds any open appeal by id: see AppealSupportService.)
 */
@Injectable()
export class AppealAccess implements OnModuleInit {
  constructor(
    private readonly access: AccessService,
    private readonly involvements: AppealInvolvements,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The appeals a resident reported or said "me too" on. */
  private async residentAppealIds(userId: number): Promise<number[]> {
    const manager = this.dataSource.manager;
    const [reported, supported] = await Promise.all([
      manager.find(Appeal, { select: { id: true }, where: { reporterId: userId } }),
      manager.find(AppealSupporter, { select: { appealId: true }, where: { userId } }),
    ]);
    return [...new Set([...reported.map((a) => a.id), ...supported.map((s) => s.appealId)])];
  }

  onModuleInit(): void {
    this.access.register('appeal', {
      entity: Appeal,
      notFound: () => notFound('APPEAL_NOT_FOUND', '找不到该诉求'),
      scope: async (ctx, qb, alias, { inCommunities }) => {
        const { actor } = ctx;
        switch (actor.role) {
          case 'resident': {
            // What she reported, and what she said "me too" on (she then follows it, with a reduced view):
            // her few ids first, each from its own index, as one OR across two tables reads the ledger.
            const ids = await this.residentAppealIds(actor.id);
            if (ids.length === 0) qb.andWhere('1 = 0');
            else qb.andWhere(`${alias}.id IN (:...scopeAppealIds)`, { scopeAppealIds: ids });
            return;
          }
          case 'liaison':
            // Her own reports from the rounds, and the appeals she is asked to visit with feedback.
            qb.andWhere(`(${alias}.filedById = :scopeUserId OR ${alias}.assignedLiaisonId = :scopeUserId)`, { scopeUserId: actor.id });
            return;
          case 'departmentStaff':
            this.involvements.joinDepartment(qb, alias, actor.departmentId);
            return;
          default:
            await inCommunities(`${alias}.communityId`);
        }
      },
    });
  }
}
