import {
  CATEGORIES,
  EMERGENCY_SERVICES,
  FEEDBACK_METHODS,
  NOTE_VISIBILITIES,
  SATISFACTIONS,
  TIERS,
  type AcceptRequest,
  type AddNoteRequest,
  type AssignRequest,
  type CallbackRequest,
  type Category,
  type CompleteAssignmentRequest,
  type DispatchRequest,
  type EmergencyService,
  type EscalateRequest,
  type FeedbackMethod,
  type FeedbackRequest,
  type NoteVisibility,
  type RateRequest,
  type RejectRequest,
  type ResolveRequest,
  type RetriageRequest,
  type Satisfaction,
  type SecretaryReviewRequest,
  type Tier,
  type WithdrawRequest,
} from '@lingjuli/shared';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsDateTimeWithOffset } from '../../common/validation/dates';
import { IsId } from '../../common/validation/ids';
import { IsOptionalNotNull } from '../../common/validation/presence';
import { trim } from '../../common/validation/transforms';

/** A required free-text field (note, reason, content) of at most 2000 characters. */
function Text(): PropertyDecorator {
  return (target, key) => {
    Transform(trim)(target, key);
    IsString()(target, key);
    IsNotEmpty()(target, key);
    MaxLength(2000)(target, key);
  };
}

/** The same, optional. */
function OptionalText(): PropertyDecorator {
  return (target, key) => {
    IsOptionalNotNull()(target, key);
    Text()(target, key);
  };
}

function AttachmentIds(): PropertyDecorator {
  return (target, key) => {
    IsOptionalNotNull()(target, key);
    IsArray()(target, key);
    ArrayMaxSize(9)(target, key);
    ArrayUnique()(target, key);
    IsId({ each: true })(target, key);
  };
}

export class AcceptDto implements AcceptRequest {
  @IsOptionalNotNull()
  @IsIn(TIERS)
  tier?: Tier;

  @IsOptionalNotNull()
  @IsIn(CATEGORIES)
  category?: Category;

  @OptionalText()
  note?: string;
}

export class RetriageDto implements RetriageRequest {
  @IsOptionalNotNull()
  @IsIn(TIERS)
  tier?: Tier;

  @IsOptionalNotNull()
  @IsIn(CATEGORIES)
  category?: Category;

  /** Why the tier or category changed; kept on the timeline. */
  @Text()
  note: string;
}

export class AssignDto implements AssignRequest {
  @IsOptionalNotNull()
  @IsId()
  handlerId?: number;

  @IsOptionalNotNull()
  @IsId()
  liaisonId?: number;

  @OptionalText()
  note?: string;
}

export class AddNoteDto implements AddNoteRequest {
  @Text()
  content: string;

  /** `public` notes are shown to the resident; complex appeals need one every 72 hours. */
  @IsIn(NOTE_VISIBILITIES)
  visibility: NoteVisibility;

  @AttachmentIds()
  attachmentIds?: number[];
}

export class FeedbackDto implements FeedbackRequest {
  @IsIn(FEEDBACK_METHODS)
  method: FeedbackMethod;

  @Text()
  content: string;

  @OptionalText()
  residentOpinion?: string;

  /** The departments that gave it together with the community (each working on the appeal). */
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsId({ each: true })
  departmentIds?: number[];

  /** When a department records it: the community's staff member or liaison who took part. */
  @IsOptionalNotNull()
  @IsId()
  communityPartyId?: number;
}

export class ResolveDto implements ResolveRequest {
  @Text()
  note: string;

  /** For an emergency handed to 110/119/120. */
  @IsOptionalNotNull()
  @IsIn(EMERGENCY_SERVICES)
  handedTo?: EmergencyService;

  @AttachmentIds()
  attachmentIds?: number[];
}

export class RateDto implements RateRequest {
  @IsBoolean()
  solved: boolean;

  @IsIn(SATISFACTIONS)
  satisfaction: Satisfaction;

  @OptionalText()
  comment?: string;
}

/** The caller's answer on the phone is a rating, with when she was called. */
export class CallbackDto extends RateDto implements CallbackRequest {
  /** When the caller was called back (default now): not in the future, not before the final feedback. */
  @IsOptionalNotNull()
  @IsDateTimeWithOffset()
  calledAt?: string;
}

export class SecretaryReviewDto implements SecretaryReviewRequest {
  @IsIn(['close', 'reopen'])
  decision: 'close' | 'reopen';

  @Text()
  note: string;
}

export class WithdrawDto implements WithdrawRequest {
  @OptionalText()
  reason?: string;
}

export class RejectDto implements RejectRequest {
  @Text()
  reason: string;
}

export class EscalateDto implements EscalateRequest {
  @Text()
  reason: string;

  /** The grid secretary consulted (docs/domain.md §6.2). */
  @IsId()
  consultedWithId: number;

  @Text()
  consultationNote: string;
}

export class DispatchDto implements DispatchRequest {
  @IsId()
  leadDepartmentId: number;

  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsId({ each: true })
  assistingDepartmentIds?: number[];

  @OptionalText()
  note?: string;
}

export class CompleteAssignmentDto implements CompleteAssignmentRequest {
  @Text()
  note: string;
}
