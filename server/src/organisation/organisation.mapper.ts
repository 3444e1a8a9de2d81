import type { BuildingSummary, CommunitySummary, DepartmentSummary } from '@lingjuli/shared';
import type { Building } from './building.entity';
import type { Community } from './community.entity';
import type { Department } from './department.entity';

export const toCommunitySummary = (c: Community): CommunitySummary => ({
  id: c.id,
  code: c.code,
  name: c.name,
  gridId: c.gridId,
  isSample: c.isSample,
});

export const toBuildingSummary = (b: Building): BuildingSummary => ({
  id: b.id,
  code: b.code,
  name: b.name,
  communityId: b.communityId,
});

export const toDepartmentSummary = (d: Department): DepartmentSummary => ({ id: d.id, name: d.name, kind: d.kind });
