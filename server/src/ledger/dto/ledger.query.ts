import type { LedgerQuery } from '@lingjuli/shared';
import { Transform } from 'class-transformer';
import { IsCalendarDate } from '../../common/validation/dates';
import { IsId } from '../../common/validation/ids';
import { IsOptionalNotNull } from '../../common/validation/presence';
import { queryInteger } from '../../common/validation/transforms';

export class LedgerQueryDto implements LedgerQuery {
  /** One community of the caller's scope; without it, the whole scope. */
  @IsOptionalNotNull()
  @Transform(queryInteger)
  @IsId()
  communityId?: number;

  /** The first day (Beijing time). */
  @IsCalendarDate()
  from: string;

  /** The last day, included (Beijing time). */
  @IsCalendarDate()
  to: string;
}
