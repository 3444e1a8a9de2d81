import { isCommunityStaff, type MeasureScopeKind } from '@lingjuli/shared';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../common/context/request-context';
import { notFound } from '../common/errors/app-error';
import { Community } from '../organisation/community.entity';
import { Department } from '../organisation/department.entity';
import { Grid } from '../organisation/grid.entity';

/** A scope the caller may read, resolved to the counter rows that hold it. */
export interface ResolvedScope {
  kind: MeasureScopeKind;
  id: number | null;
  name: string;
  /** The communities whose rows sum to it (street, grid, community), or the department's own rows. */
  rows: { scope: 'community'; communityIds: number[] } | { scope: 'department'; departmentId: number };
}

const outside = () => notFound('NOT_FOUND', '没有找到该范围的数据');

/**
 * The scope asked for, within the caller's (docs/domain.md §3): the street's roles read any; a grid
 * secretary her grid or one of its communities; community staff their community; a department its
 * own. Left out, the kind and id are the caller's own; anything else is the 404 of what does not exist.
 */
export async function resolveScope(em: EntityManager, ctx: RequestContext, kind?: MeasureScopeKind, id?: number): Promise<ResolvedScope> {
  const { actor } = ctx;
  const own = ((): { kind: MeasureScopeKind; id: number | null } => {
    if (isCommunityStaff(actor.role)) return { kind: 'community', id: actor.communityId };
    if (actor.role === 'gridSecretary') return { kind: 'grid', id: actor.gridId };
    if (actor.role === 'departmentStaff') return { kind: 'department', id: actor.departmentId };
    return { kind: 'street', id: null };
  })();
  const wanted = { kind: kind ?? own.kind, id: id ?? (kind === undefined || kind === own.kind ? own.id : undefined) };
  const street = own.kind === 'street';

  switch (wanted.kind) {
    case 'street': {
      if (!street) throw outside();
      return resolveStreet(em);
    }
    case 'grid': {
      if (wanted.id == null || !(street || (own.kind === 'grid' && own.id === wanted.id))) throw outside();
      const grid = await em.findOneBy(Grid, { id: wanted.id });
      if (!grid) throw outside();
      const communities = await em.find(Community, { select: { id: true }, where: { gridId: grid.id }, order: { id: 'ASC' } });
      return { kind: 'grid', id: grid.id, name: grid.name, rows: { scope: 'community', communityIds: communities.map((c) => c.id) } };
    }
    case 'community': {
      if (wanted.id == null) throw outside();
      const community = await em.findOneBy(Community, { id: wanted.id });
      const mine = own.kind === 'community' ? own.id === wanted.id : own.kind === 'grid' ? community?.gridId === own.id : street;
      if (!community || !mine) throw outside();
      return { kind: 'community', id: community.id, name: community.name, rows: { scope: 'community', communityIds: [community.id] } };
    }
    case 'department': {
      if (wanted.id == null || !(street || (own.kind === 'department' && own.id === wanted.id))) throw outside();
      const department = await em.findOneBy(Department, { id: wanted.id });
      if (!department) throw outside();
      return { kind: 'department', id: department.id, name: department.name, rows: { scope: 'department', departmentId: department.id } };
    }
  }
}

/** The whole street: all its communities. */
export async function resolveStreet(em: EntityManager): Promise<ResolvedScope> {
  const communities = await em.find(Community, { select: { id: true }, order: { id: 'ASC' } });
  return { kind: 'street', id: null, name: '全街道', rows: { scope: 'community', communityIds: communities.map((c) => c.id) } };
}

/** The communities the caller's overview shows: the street's, or her grid's. */
export async function overviewCommunities(em: EntityManager, ctx: RequestContext): Promise<Community[]> {
  const where = ctx.role === 'gridSecretary' ? { gridId: ctx.actor.gridId ?? -1 } : {};
  return em.find(Community, { where, order: { code: 'ASC' } });
}
