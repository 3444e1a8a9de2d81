import { SUBSCRIPTION_ANSWERS, type SubscriptionAnswer, type SubscriptionAnswersRequest } from '@lingjuli/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsObject, IsString, MaxLength, ValidateNested } from 'class-validator';

export class SubscriptionAnswerDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  templateId: string;

  @IsIn(SUBSCRIPTION_ANSWERS)
  answer: SubscriptionAnswer;
}

export class SubscriptionAnswersDto implements SubscriptionAnswersRequest {
  /** WeChat asks for at most three templates at a time. */
  @IsArray()
  @ArrayMaxSize(3)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => SubscriptionAnswerDto)
  answers: SubscriptionAnswerDto[];
}
