import {
  AUDIENCES,
  BALLOT_UNITS,
  POLL_LIMITS,
  POLL_QUESTION_TYPES,
  POLL_STATUSES,
  type AdoptPollRequest,
  type AnswerPollRequest,
  type Audience,
  type BallotUnit,
  type CreatePollRequest,
  type PollAnswerInput,
  type PollListQuery,
  type PollQuestionInput,
  type PollQuestionType,
  type PollStatus,
} from '@lingjuli/shared';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsObject, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsDateTimeWithOffset } from '../../common/validation/dates';
import { IsId } from '../../common/validation/ids';
import { IsOptionalNotNull } from '../../common/validation/presence';
import { queryInteger, trim, trimEach } from '../../common/validation/transforms';

/** Trims each text of a list; anything else is left for the validators to refuse. */
/** The most buildings or invitees one poll names (a community has a few dozen buildings; representatives are fewer still). */
const AUDIENCE_MAX = 500;

export class PollQuestionDto implements PollQuestionInput {
  @IsIn(POLL_QUESTION_TYPES)
  type: PollQuestionType;

  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(POLL_LIMITS.prompt)
  prompt: string;

  @IsOptionalNotNull()
  @IsBoolean()
  required?: boolean;

  /** Choice questions: 2–20 distinct options (checked against the type by the service). */
  @IsOptionalNotNull()
  @Transform(trimEach)
  @IsArray()
  @ArrayMaxSize(POLL_LIMITS.options)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(POLL_LIMITS.optionLabel, { each: true })
  options?: string[];

  @IsOptionalNotNull()
  @IsInt()
  @Min(1)
  maxChoices?: number;
}

export class CreatePollDto implements CreatePollRequest {
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(POLL_LIMITS.title)
  title: string;

  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(POLL_LIMITS.description)
  description: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(POLL_LIMITS.questions)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => PollQuestionDto)
  questions: PollQuestionDto[];

  @IsIn(AUDIENCES)
  audience: Audience;

  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(AUDIENCE_MAX)
  @IsId({ each: true })
  buildingIds?: number[];

  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(AUDIENCE_MAX)
  @IsId({ each: true })
  invitedUserIds?: number[];

  @IsIn(BALLOT_UNITS)
  ballotUnit: BallotUnit;

  @IsOptionalNotNull()
  @IsBoolean()
  verifiedHouseholdsOnly?: boolean;

  @IsOptionalNotNull()
  @IsDateTimeWithOffset()
  opensAt?: string;

  @IsDateTimeWithOffset()
  closesAt: string;

  @IsOptionalNotNull()
  @IsBoolean()
  notifyParticipants?: boolean;
}

export class ListPollsQuery implements PollListQuery {
  @IsOptionalNotNull()
  @IsIn(POLL_STATUSES)
  status?: PollStatus;

  @IsOptionalNotNull()
  @Transform(queryInteger)
  @IsId()
  communityId?: number;

  /** The `Next-Cursor` header of the page before (opaque; checked when read). */
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

export class PollAnswerDto implements PollAnswerInput {
  @IsId()
  questionId: number;

  /** Choice questions: the options chosen; ranked: most preferred first. */
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(POLL_LIMITS.options)
  @IsId({ each: true })
  optionIds?: number[];

  /** Text questions: at most 500 characters. */
  @IsOptionalNotNull()
  @Transform(trim)
  @IsString()
  @MaxLength(POLL_LIMITS.textAnswer)
  text?: string;
}

export class AnswerPollDto implements AnswerPollRequest {
  /** `answers[i]` answers question i. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(POLL_LIMITS.questions)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => PollAnswerDto)
  answers: PollAnswerDto[];
}

export class AdoptPollDto implements AdoptPollRequest {
  @IsOptionalNotNull()
  @IsId()
  optionId?: number;

  @IsOptionalNotNull()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(POLL_LIMITS.adoptionText)
  text?: string;
}
