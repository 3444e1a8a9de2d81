import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hasPermission, type Permission } from '@lingjuli/shared';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../common/context/request-context';
import { forbidden, type AppError } from '../common/errors/app-error';
import { UnitOfWork } from '../database/unit-of-work';
import { ScopeService } from './scope.service';

/**
 * The rows of each resource, by name. A feature adds its own by module augmentation next to its rule:
 *
 *   declare module '../access/access.service' { interface AccessResources { whistle: Whistle } }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- empty here on purpose: each feature's augmentation fills it
export interface AccessResources {}

export type Resource = Extract<keyof AccessResources, string>;

/** What a rule may use to narrow its query: the caller's communities. */
export interface ScopeTools {
  /** Limits `column` to the caller's communities (all for the street, none for a role without any). */
  inCommunities: (column: string) => Promise<void>;
}

/**
 * Which rows of a resource a caller may see, contributed by the feature that owns the resource
 * (docs/architecture.md, "Access"). `scope` narrows a query whose alias is `alias`; it may add
 * parameters, prefixed `scope` so they never clash with the caller's own.
 */
export interface AccessRule<T extends ObjectLiteral> {
  entity: EntityTarget<T>;
  /** The answer for a row outside the scope — the same as for one that does not exist (404), so ids cannot be probed. */
  notFound: () => AppError;
  scope(ctx: RequestContext, qb: SelectQueryBuilder<T>, alias: string, tools: ScopeTools): void | Promise<void>;
}

/**
 * The one access layer for rows: every feature registers the rule of its resources at start-up,
 * and reads and writes go through `scope`, `findVisible` and `require`. What a role may call at all
 * is the route's rule, applied by the AuthGuard from the same shared PERMISSIONS table.
 */
@Injectable()
export class AccessService {
  private readonly rules = new Map<string, AccessRule<ObjectLiteral>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly communities: ScopeService,
    private readonly uow: UnitOfWork,
  ) {}

  register<R extends Resource>(resource: R, rule: AccessRule<AccessResources[R] & ObjectLiteral>): void {
    if (this.rules.has(resource)) throw new Error(`Access rule for ${resource} is registered twice`);
    this.rules.set(resource, rule);
  }

  /** Narrows a query over the resource to the rows the caller may see. */
  async scope<R extends Resource, Q extends SelectQueryBuilder<ObjectLiteral>>(ctx: RequestContext, resource: R, qb: Q, alias: string = qb.alias): Promise<Q> {
    const rule = this.rule(resource);
    await rule.scope(ctx, qb, alias, this.tools(ctx, qb));
    return qb;
  }

  /** The row if the caller may see it, else the resource's 404. Inside a transaction (`em`) the row is locked for the write. */
  async findVisible<R extends Resource>(ctx: RequestContext, resource: R, id: number, em?: EntityManager): Promise<AccessResources[R]> {
    const rule = this.rule(resource);
    const manager = em ?? this.dataSource.manager;
    const qb = manager.createQueryBuilder(rule.entity, resource).where(`${resource}.id = :accessId`, { accessId: id });
    if (em && this.uow.writeLock) qb.setLock('pessimistic_write');
    await rule.scope(ctx, qb, resource, this.tools(ctx, qb));
    const row = await qb.getOne();
    if (!row) throw rule.notFound();
    return row as AccessResources[R];
  }

  /**
   * `permission` on one row: refused (403) for a role the shared PERMISSIONS table does not give it,
   * then the row if the caller may see it, else 404. The resource is the permission's prefix
   * (`reward.read` → `reward`).
   */
  async require<R extends Resource>(
    ctx: RequestContext,
    permission: Permission & `${R}.${string}`,
    id: number,
    em?: EntityManager,
  ): Promise<AccessResources[R]> {
    if (!hasPermission(ctx.role, permission)) throw forbidden();
    return this.findVisible(ctx, permission.slice(0, permission.indexOf('.')) as R, id, em);
  }

  /** The 404 of a resource, for a caller that looked a row up its own way. */
  notFound(resource: Resource): AppError {
    return this.rule(resource).notFound();
  }

  private rule(resource: string): AccessRule<ObjectLiteral> {
    const rule = this.rules.get(resource);
    if (!rule) throw new Error(`No access rule is registered for ${resource}`);
    return rule;
  }

  private tools(ctx: RequestContext, qb: SelectQueryBuilder<ObjectLiteral>): ScopeTools {
    return {
      inCommunities: async (column) => {
        const ids = await this.communities.communityIds(ctx.actor);
        if (ids === 'all') return;
        if (ids.length) qb.andWhere(`${column} IN (:...scopeCommunityIds)`, { scopeCommunityIds: ids });
        else qb.andWhere('1 = 0');
      },
    };
  }
}
