import { hasPermission, type CommunitySummary, type CurrentUser, type MeasureScopeKind } from '@lingjuli/shared';

/** A scope 指标 can show: the kind and id `/measures` takes (id null: the street). */
export interface ScopeChoice {
  kind: MeasureScopeKind;
  id: number | null;
  label: string;
}

/**
 * The scopes a user may switch 指标 between: the street's roles the street and each community; a
 * grid secretary her grid and its communities; anyone else only her own (no choice to offer).
 */
export function scopeChoices(user: Pick<CurrentUser, 'role' | 'gridId'>, communities: readonly CommunitySummary[]): ScopeChoice[] {
  const each = (list: readonly CommunitySummary[]) => list.map((c) => ({ kind: 'community' as const, id: c.id, label: c.name }));
  if (user.role === 'streetAdmin' || user.role === 'commandCenter') return [{ kind: 'street', id: null, label: '全街道' }, ...each(communities)];
  if (user.role === 'gridSecretary' && user.gridId !== null)
    return [{ kind: 'grid', id: user.gridId, label: '本网格' }, ...each(communities.filter((c) => c.gridId === user.gridId))];
  return [];
}

/**
 * Where a scope's twelve months come from: the overview's trend — of the whole (the street, or her
 * grid) or of one of its communities — for those who read the overview, one request instead of
 * twelve; otherwise `/measures` for each month.
 */
export type TrendSource = { from: 'overview'; communityId: number | null } | { from: 'months' };

export function trendSource(user: Pick<CurrentUser, 'role' | 'gridId'>, scope: { kind: MeasureScopeKind; id: number | null }): TrendSource {
  if (!hasPermission(user.role, 'measures.overview')) return { from: 'months' };
  const street = user.role !== 'gridSecretary';
  if (scope.kind === 'community' && scope.id !== null) return { from: 'overview', communityId: scope.id };
  if (scope.kind === 'street' && street) return { from: 'overview', communityId: null };
  if (scope.kind === 'grid' && !street && scope.id === user.gridId) return { from: 'overview', communityId: null };
  return { from: 'months' };
}
