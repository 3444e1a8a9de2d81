import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { notFound } from '../common/errors/app-error';
import { Project } from './project.entity';

declare module '../access/access.service' {
  interface AccessResources {
    project: Project;
  }
}

/**
 * Projects' part of the access layer (docs/architecture.md, "Access"): scoped like appeals by
 * community — the community's, the grid's, the street's all; outside the scope a project is "not
 * found". (Giving the opinion is narrower still: only the project's own community, see ProjectsService.)
 */
@Injectable()
export class ProjectAccess implements OnModuleInit {
  constructor(private readonly access: AccessService) {}

  onModuleInit(): void {
    this.access.register('project', {
      entity: Project,
      notFound: () => notFound('PROJECT_NOT_FOUND', '找不到该项目'),
      scope: (_ctx, _qb, alias, { inCommunities }) => inCommunities(`${alias}.communityId`),
    });
  }
}
