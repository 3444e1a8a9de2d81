import {
  SURVEY_CHOICE_LABELS,
  CLIENT_KEY_PATTERN,
  SURVEY_LIMITS,
  SURVEY_QUESTION_TYPES,
  SURVEY_STATUSES,
  type CreateSurveyRequest,
  type SurveyAnswerInput,
  type SurveyChoice,
  type SurveyCommunityInput,
  type SurveyEntryRequest,
  type SurveyListQuery,
  type SurveyQuestionInput,
  type SurveyQuestionType,
  type SurveyResultsQuery,
  type SurveyStatus,
} from '@lingjuli/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, IsDateTimeWithOffset } from '../../common/validation/dates';
import { IsId } from '../../common/validation/ids';
import { IsOptionalNotNull } from '../../common/validation/presence';
import { queryInteger, trim } from '../../common/validation/transforms';

const L = SURVEY_LIMITS;
const CHOICES = Object.keys(SURVEY_CHOICE_LABELS) as SurveyChoice[];

export class SurveyQuestionDto implements SurveyQuestionInput {
  @IsIn(SURVEY_QUESTION_TYPES)
  type: SurveyQuestionType;

  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(L.questionTextMax)
  text: string;
}

export class SurveyCommunityDto implements SurveyCommunityInput {
  @IsId()
  communityId: number;

  /** The community's households, if known. */
  @IsOptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(L.householdsMax)
  households?: number;
}

export class CreateSurveyDto implements CreateSurveyRequest {
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(L.titleMax)
  title: string;

  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(L.purposeMax)
  purpose: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(L.questionsMax)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => SurveyQuestionDto)
  questions: SurveyQuestionDto[];

  /** The street: the communities taking part (all when left out); a community: its own alone. */
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => SurveyCommunityDto)
  communities?: SurveyCommunityDto[];

  @IsInt()
  @Min(1)
  @Max(L.targetSampleMax)
  targetSampleSize: number;

  @IsCalendarDate()
  opensOn: string;

  @IsCalendarDate()
  closesOn: string;
}

export class ListSurveysQuery implements SurveyListQuery {
  @IsOptionalNotNull()
  @IsIn(SURVEY_STATUSES)
  status?: SurveyStatus;
}

export class SurveyAnswerDto implements SurveyAnswerInput {
  @IsId()
  questionId: number;

  @IsOptionalNotNull()
  @IsIn(CHOICES)
  choice?: SurveyChoice;

  @IsOptionalNotNull()
  @Transform(trim)
  @IsString()
  @MaxLength(L.textAnswerMax)
  text?: string;
}

export class SurveyEntryDto implements SurveyEntryRequest {
  @IsOptionalNotNull()
  @IsId()
  buildingId?: number;

  @IsOptionalNotNull()
  @Transform(trim)
  @IsString()
  @MaxLength(L.unitMax)
  unit?: string;

  @IsOptionalNotNull()
  @Transform(trim)
  @IsString()
  @MaxLength(L.roomMax)
  room?: string;

  /** One answer per question, in the survey's order (checked against the survey by the service). */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(L.questionsMax)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => SurveyAnswerDto)
  answers: SurveyAnswerDto[];

  @IsDateTimeWithOffset()
  interviewedAt: string;

  /** The phone's key for this entry: 8–64 of A–Z a–z 0–9 _ -. */
  @IsString()
  @Matches(CLIENT_KEY_PATTERN)
  clientKey: string;
}

export class SurveyResultsQueryDto implements SurveyResultsQuery {
  @IsOptionalNotNull()
  @Transform(queryInteger)
  @IsId()
  communityId?: number;

  /** The target margin in percentage points, 1–20 (default 5). */
  @IsOptionalNotNull()
  @Transform(queryInteger)
  @IsInt()
  @Min(1)
  @Max(20)
  marginPoints?: number;
}
