import type { WorkOrderRepliesQuery } from '@lingjuli/shared';
import { IsCalendarDate } from '../../common/validation/dates';

export class WorkOrderRepliesQueryDto implements WorkOrderRepliesQuery {
  /** The first day (Beijing time) of the work orders taken in. */
  @IsCalendarDate()
  from: string;

  /** The last day, included. */
  @IsCalendarDate()
  to: string;
}
