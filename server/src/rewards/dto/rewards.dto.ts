import {
  REWARD_BASES,
  REWARD_STATUSES,
  type ApproveRewardRequest,
  type CreateRewardRequest,
  type MeetingRecord,
  type ReturnRewardRequest,
  type RewardBasis,
  type RewardStatus,
} from '@lingjuli/shared';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsDateTimeWithOffset } from '../../common/validation/dates';
import { IsId } from '../../common/validation/ids';
import { IsOptionalNotNull } from '../../common/validation/presence';
import { trim } from '../../common/validation/transforms';

/** A required, trimmed text of at most `max` characters. */
function Text(max: number): PropertyDecorator {
  return (target, key) => {
    Transform(trim)(target, key);
    IsString()(target, key);
    IsNotEmpty()(target, key);
    MaxLength(max)(target, key);
  };
}

export class CreateRewardDto implements CreateRewardRequest {
  @IsId()
  liaisonUserId: number;

  @IsIn(REWARD_BASES)
  basis: RewardBasis;

  /** 一事一议: the appeals of the community the reward is for (checked by the service). */
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsId({ each: true })
  appealIds?: number[];

  /** 综合考评: which evaluation, e.g. 2026年第1季度. */
  @IsOptionalNotNull()
  @Text(50)
  periodLabel?: string;

  @Text(200)
  reward: string;

  /** Whole yuan. */
  @IsOptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(100000)
  amount?: number;

  @Text(2000)
  reason: string;
}

export class MeetingRecordDto implements MeetingRecord {
  @IsDateTimeWithOffset()
  date: string;

  @Text(500)
  attendees: string;

  @Text(1000)
  decision: string;

  @Text(5000)
  minutes: string;
}

export class ReturnRewardDto implements ReturnRewardRequest {
  @Text(500)
  reason: string;
}

export class ApproveRewardDto implements ApproveRewardRequest {
  /** Her comment on the decision, kept on the request's timeline. */
  @IsOptionalNotNull()
  @Text(500)
  comment?: string;
}

export class ListRewardsQuery {
  @IsOptionalNotNull()
  @IsIn(REWARD_STATUSES)
  status?: RewardStatus;
}
