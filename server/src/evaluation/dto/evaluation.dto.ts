import { EVALUATION_SCALE, type CreateEvaluationPeriodRequest, type ScoreDepartmentRequest } from '@lingjuli/shared';
import { Transform } from 'class-transformer';
import { IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsDateTimeWithOffset } from '../../common/validation/dates';
import { IsId } from '../../common/validation/ids';
import { IsOptionalNotNull } from '../../common/validation/presence';
import { trim } from '../../common/validation/transforms';

export class CreateEvaluationPeriodDto implements CreateEvaluationPeriodRequest {
  /** Defaults to the current quarter's name (e.g. 2026年第1季度); required with custom dates. */
  @IsOptionalNotNull()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name?: string;

  @IsOptionalNotNull()
  @IsDateTimeWithOffset()
  startsAt?: string;

  @IsOptionalNotNull()
  @IsDateTimeWithOffset()
  endsAt?: string;
}

export class ScoreDepartmentDto implements ScoreDepartmentRequest {
  @IsId()
  departmentId: number;

  /** Whole points on EVALUATION_SCALE; a string, a fraction or a value off the scale is a 400. */
  @IsInt()
  @Min(EVALUATION_SCALE.min)
  @Max(EVALUATION_SCALE.max)
  score: number;

  @IsOptionalNotNull()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  comment?: string;
}
