import { APPEAL_STATUSES, LEVELS, TIERS, type AppealListQuery, type AppealStatus, type Level, type Tier } from '@lingjuli/shared';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, Max, Min } from 'class-validator';
import { IsOptionalNotNull } from '../../common/validation/presence';
import { queryBoolean } from '../../common/validation/transforms';

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
  @Type(() => Number)
  @IsInt()
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

  @IsOptionalNotNull()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @IsOptionalNotNull()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}
