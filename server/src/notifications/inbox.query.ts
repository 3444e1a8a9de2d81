import { Transform } from 'class-transformer';
import { IsBoolean } from 'class-validator';
import { IsOptionalNotNull } from '../common/validation/presence';
import { queryBoolean } from '../common/validation/transforms';

export class InboxQuery {
  /** Only unread messages. */
  @IsOptionalNotNull()
  @Transform(queryBoolean)
  @IsBoolean()
  unread?: boolean;
}
