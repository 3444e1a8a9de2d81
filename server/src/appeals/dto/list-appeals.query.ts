import {
  APPEAL_STATUSES,
  LEVELS,
  PENDING_ORDER_SORTS,
  TIERS,
  type AppealListQuery,
  type AppealStatus,
  type Level,
  type PendingDispatchOrdersQuery,
  type PendingOrderSort,
  type Tier,
} from '@lingjuli/shared';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsId } from '../../common/validation/ids';
import { IsOptionalNotNull } from '../../common/validation/presence';
import { queryBoolean, queryInteger } from '../../common/validation/transforms';

/** The last page a queue may be asked for (10 000 pages of up to 100 appeals). */
export const MAX_PAGE = 10_000;

export class ListAppealsQuery implements AppealListQuery {
  @IsOptionalNotNull()
  @Transform(queryBoolean)
  @IsBoolean()
  open?: boolean;

  @IsOptionalNotNull()
  @IsIn(APPEAL_STATUSES)
  status?: AppealStatus;

  @IsOptionalNotNull()
  @IsIn(TIERS)
  tier?: Tier;

  @IsOptionalNotNull()
  @IsIn(LEVELS)
  level?: Level;

  @IsOptionalNotNull()
  @Transform(queryInteger)
  @IsId()
  communityId?: number;

  @IsOptionalNotNull()
  @Transform(queryBoolean)
  @IsBoolean()
  overdue?: boolean;

  @IsOptionalNotNull()
  @IsIn(['due', 'recent'])
  sort?: 'due' | 'recent';

  /** Only appeals flagged for supervision (督办), or only those not flagged. */
  @IsOptionalNotNull()
  @Transform(queryBoolean)
  @IsBoolean()
  supervised?: boolean;

  /** A liaison's own reports (`reported`) or the appeals she is asked to visit (`assigned`); 400 for other roles. */
  @IsOptionalNotNull()
  @IsIn(['reported', 'assigned'])
  involvement?: 'reported' | 'assigned';

  /** The `nextCursor` of the page before (opaque; checked when read). */
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  /** Bounded, like every offset: page × pageSize stays far inside what a database offset takes. */
  @IsOptionalNotNull()
  @Transform(queryInteger)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page?: number;

  @IsOptionalNotNull()
  @Transform(queryInteger)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}

export class PendingDispatchOrdersQueryDto implements PendingDispatchOrdersQuery {
  /** `requested` (default): oldest request first; `overdue`: overdue first, then soonest due. */
  @IsOptionalNotNull()
  @IsIn(PENDING_ORDER_SORTS)
  sort?: PendingOrderSort;

  /** The `Next-Cursor` header of the page before (opaque; checked when read). */
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}
