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
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn } from 'class-validator';
import { IsDateTimeWithOffset } from '../../common/validation/dates';
import { AttachmentIds, IsId } from '../../common/validation/ids';
import { IsOptionalNotNull } from '../../common/validation/presence';
import { RequiredText } from '../../common/validation/text';

/** The same, optional. */
function OptionalText(): PropertyDecorator {
  return (target, key) => {
    IsOptionalNotNull()(target, key);
    RequiredText(2000)(target, key);
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
  @RequiredText(2000)
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
  @RequiredText(2000)
  content: string;

  /** `public` notes are shown to the resident; complex appeals need one every 72 hours. */
  @IsIn(NOTE_VISIBILITIES)
  visibility: NoteVisibility;

  @AttachmentIds(9)
  attachmentIds?: number[];
}

export class FeedbackDto implements FeedbackRequest {
  @IsIn(FEEDBACK_METHODS)
  method: FeedbackMethod;

  @RequiredText(2000)
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
  @RequiredText(2000)
  note: string;

  /** For an emergency handed to 110/119/120. */
  @IsOptionalNotNull()
  @IsIn(EMERGENCY_SERVICES)
  handedTo?: EmergencyService;

  @AttachmentIds(9)
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

  @RequiredText(2000)
  note: string;
}

export class WithdrawDto implements WithdrawRequest {
  @OptionalText()
  reason?: string;
}

export class RejectDto implements RejectRequest {
  @RequiredText(2000)
  reason: string;
}

export class EscalateDto implements EscalateRequest {
  @RequiredText(2000)
  reason: string;

  /** The grid secretary consulted (docs/domain.md §6.2). */
  @IsId()
  consultedWithId: number;

  @RequiredText(2000)
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
  @RequiredText(2000)
  note: string;
}
