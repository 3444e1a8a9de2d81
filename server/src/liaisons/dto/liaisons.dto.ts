import { LIAISON_DUTIES, type LiaisonDuty, type RegisterLiaisonRequest, type TrainingRequest, type UpdateLiaisonRequest } from '@lingjuli/shared';
import { Transform } from 'class-transformer';
import { IsBoolean, IsNotEmpty, IsNumber, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsDateTimeWithOffset } from '../../common/validation/dates';
import { IsId } from '../../common/validation/ids';
import { IsOptionalNotNull } from '../../common/validation/presence';
import { queryInteger, trim } from '../../common/validation/transforms';
import { Choices } from '../../common/validation/choices';

export class ListLiaisonsQuery {
  /** Narrows the caller's scope to one community; never widens it. */
  @IsOptionalNotNull()
  @Transform(queryInteger)
  @IsId()
  communityId?: number;
}

export class RegisterLiaisonDto implements RegisterLiaisonRequest {
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name: string;

  /** Mobile number; stored encrypted. */
  @IsOptionalNotNull()
  @IsString()
  @Matches(/^1\d{10}$/)
  phone?: string;

  @Choices(LIAISON_DUTIES)
  duties: LiaisonDuty[];

  /** For the development login in the browser; unique across all accounts. */
  @IsOptionalNotNull()
  @IsString()
  @Matches(/^[a-z0-9._-]{3,50}$/)
  username?: string;
}

export class UpdateLiaisonDto implements UpdateLiaisonRequest {
  @IsOptionalNotNull()
  @Choices(LIAISON_DUTIES)
  duties?: LiaisonDuty[];

  /** false takes her off the registry and closes her account; true restores both. */
  @IsOptionalNotNull()
  @IsBoolean()
  active?: boolean;
}

export class TrainingDto implements TrainingRequest {
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  title: string;

  @IsDateTimeWithOffset()
  date: string;

  /** 0.5–24, to the half hour (checked by the service). */
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.5)
  @Max(24)
  hours: number;
}
