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
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, Max, Min } from 'class-validator';
import { IsDateTimeWithOffset } from '../../common/validation/dates';
import { IsId } from '../../common/validation/ids';
import { IsOptionalNotNull } from '../../common/validation/presence';
import { RequiredText } from '../../common/validation/text';

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
  @RequiredText(50)
  periodLabel?: string;

  @RequiredText(200)
  reward: string;

  /** Whole yuan. */
  @IsOptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(100000)
  amount?: number;

  @RequiredText(2000)
  reason: string;
}

export class MeetingRecordDto implements MeetingRecord {
  @IsDateTimeWithOffset()
  date: string;

  @RequiredText(500)
  attendees: string;

  @RequiredText(1000)
  decision: string;

  @RequiredText(5000)
  minutes: string;
}

export class ReturnRewardDto implements ReturnRewardRequest {
  @RequiredText(500)
  reason: string;
}

export class ApproveRewardDto implements ApproveRewardRequest {
  /** Her comment on the decision, kept on the request's timeline. */
  @IsOptionalNotNull()
  @RequiredText(500)
  comment?: string;
}

export class ListRewardsQuery {
  @IsOptionalNotNull()
  @IsIn(REWARD_STATUSES)
  status?: RewardStatus;
}
