import { APPEAL_STATUSES, LEVELS, TIERS, type AppealListQuery, type AppealStatus, type Level, type Tier } from '@lingjuli/shared';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { queryBoolean } from '../../common/validation/transforms';

export class ListAppealsQuery implements AppealListQuery {
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  open?: boolean;

  @IsOptional()
  @IsIn(APPEAL_STATUSES)
  status?: AppealStatus;

  @IsOptional()
  @IsIn(TIERS)
  tier?: Tier;

  @IsOptional()
  @IsIn(LEVELS)
  level?: Level;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  communityId?: number;

  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  overdue?: boolean;

  @IsOptional()
  @IsIn(['due', 'recent'])
  sort?: 'due' | 'recent';

  /** Only appeals flagged for supervision (督办), or only those not flagged. */
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  supervised?: boolean;

  /** A liaison's own reports (`reported`) or the appeals she is asked to visit (`assigned`); 400 for other roles. */
  @IsOptional()
  @IsIn(['reported', 'assigned'])
  involvement?: 'reported' | 'assigned';

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}
