import {
  OPINIONS,
  PROJECT_KINDS,
  PROJECT_STATUSES,
  type GiveOpinionRequest,
  type Opinion,
  type ProjectKind,
  type ProjectListQuery,
  type ProjectStatus,
  type RegisterProjectRequest,
} from '@lingjuli/shared';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsId } from '../../common/validation/ids';
import { IsOptionalNotNull } from '../../common/validation/presence';
import { queryBoolean, queryInteger, trim } from '../../common/validation/transforms';

/** How long a community may be given to answer (days). */
export const OPINION_DUE_DAYS = { min: 1, max: 60 } as const;

export class RegisterProjectDto implements RegisterProjectRequest {
  @IsId()
  communityId: number;

  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  title: string;

  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  description: string;

  @IsIn(PROJECT_KINDS)
  kind: ProjectKind;

  @IsOptionalNotNull()
  @IsInt()
  @Min(OPINION_DUE_DAYS.min)
  @Max(OPINION_DUE_DAYS.max)
  opinionDueDays?: number;
}

export class ListProjectsQuery implements ProjectListQuery {
  @IsOptionalNotNull()
  @Transform(queryInteger)
  @IsId()
  communityId?: number;

  @IsOptionalNotNull()
  @IsIn(PROJECT_STATUSES)
  status?: ProjectStatus;

  /** Only consultations past their due time without an opinion (or only the others). */
  @IsOptionalNotNull()
  @Transform(queryBoolean)
  @IsBoolean()
  overdue?: boolean;
}

export class GiveOpinionDto implements GiveOpinionRequest {
  @IsIn(OPINIONS)
  opinion: Opinion;

  /** The community's reasons or conditions, kept with the project. */
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  text: string;
}
