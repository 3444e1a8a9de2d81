import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { notFound } from '../common/errors/app-error';
import { VisitTask } from './visit-task.entity';

declare module '../access/access.service' {
  interface AccessResources {
    visitTask: VisitTask;
  }
}

/**
 * Visit tasks' part of the access layer: scoped by community like appeals; a liaison sees the tasks
 * named for her and those left to any of her community's liaisons.
 */
@Injectable()
export class VisitTaskAccess implements OnModuleInit {
  constructor(private readonly access: AccessService) {}

  onModuleInit(): void {
    this.access.register('visitTask', {
      entity: VisitTask,
      notFound: () => notFound('VISIT_TASK_NOT_FOUND', '找不到该走访任务'),
      scope: async (ctx, qb, alias, { inCommunities }) => {
        await inCommunities(`${alias}.communityId`);
        if (ctx.role === 'liaison') qb.andWhere(`(${alias}.liaisonId = :scopeLiaisonId OR ${alias}.liaisonId IS NULL)`, { scopeLiaisonId: ctx.userId });
      },
    });
  }
}
