import { MEASURE_SCOPES, MEASURE_SOURCES, type MeasureScopeKind, type MeasureSettings, type MeasureSource, type MeasuresQuery } from '@lingjuli/shared';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsNumber, IsObject, Matches, Max, Min, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../../common/validation/dates';
import { IsId } from '../../common/validation/ids';
import { IsOptionalNotNull } from '../../common/validation/presence';
import { queryInteger } from '../../common/validation/transforms';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export class MeasuresQueryDto implements MeasuresQuery {
  @IsOptionalNotNull()
  @IsIn(MEASURE_SCOPES)
  scope?: MeasureScopeKind;

  @IsOptionalNotNull()
  @Transform(queryInteger)
  @IsId()
  id?: number;

  @IsOptionalNotNull()
  @Matches(MONTH, { message: '月份格式应为 YYYY-MM' })
  month?: string;

  @IsOptionalNotNull()
  @IsCalendarDate()
  from?: string;

  @IsOptionalNotNull()
  @IsCalendarDate()
  to?: string;

  /** `city12345`: the 12345 work orders alone, as the city judges the street (default `all`). */
  @IsOptionalNotNull()
  @IsIn(MEASURE_SOURCES)
  source?: MeasureSource;
}

export class MonthQueryDto {
  @IsOptionalNotNull()
  @Matches(MONTH, { message: '月份格式应为 YYYY-MM' })
  month?: string;
}

export class OverviewQueryDto extends MonthQueryDto {
  /** `city12345`: the communities ranked on their 12345 work orders alone (default `all`). */
  @IsOptionalNotNull()
  @IsIn(MEASURE_SOURCES)
  source?: MeasureSource;
}

export class HotSpotsQueryDto {
  @IsOptionalNotNull()
  @Transform(queryInteger)
  @IsId()
  communityId?: number;
}

/** A JSON number from 0 to 1. */
function Weight(): PropertyDecorator {
  return (target, key) => [IsNumber({ allowNaN: false, allowInfinity: false }), Min(0), Max(1)].forEach((decorate) => decorate(target, key));
}

export class RateWeightsDto {
  @Weight()
  responseRate: number;

  @Weight()
  resolutionRate: number;

  @Weight()
  satisfactionRate: number;
}

export class MeasureSettingsDto implements MeasureSettings {
  /** What one 基本满意 counts for in the satisfaction rate, 0–1. */
  @Weight()
  basicallySatisfiedWeight: number;

  @IsObject()
  @ValidateNested()
  @Type(() => RateWeightsDto)
  weights: RateWeightsDto;
}
