import { AppealEvent } from '../appeals/entities/appeal-event.entity';
import { AppealFeedback } from '../appeals/entities/appeal-feedback.entity';
import { AppealRating } from '../appeals/entities/appeal-rating.entity';
import { AppealSupporter } from '../appeals/entities/appeal-supporter.entity';
import { Appeal } from '../appeals/entities/appeal.entity';
import { DispatchAssignment } from '../appeals/entities/dispatch-assignment.entity';
import { DispatchOrder } from '../appeals/entities/dispatch-order.entity';
import { SupervisionFlag } from '../appeals/entities/supervision-flag.entity';
import { InboxMessage } from '../notifications/inbox-message.entity';
import { NotificationOutbox } from '../notifications/notification-outbox.entity';
import { Building } from '../organisation/building.entity';
import { Community } from '../organisation/community.entity';
import { Department } from '../organisation/department.entity';
import { Grid } from '../organisation/grid.entity';
import { AppealTimer } from '../timers/appeal-timer.entity';
import { Attachment } from '../uploads/attachment.entity';
import { User } from '../users/user.entity';

/** Every entity, in one list for the data source and the migration generator. */
export const ENTITIES = [
  Grid,
  Community,
  Building,
  Department,
  User,
  Appeal,
  AppealEvent,
  AppealFeedback,
  AppealRating,
  AppealSupporter,
  DispatchOrder,
  DispatchAssignment,
  Attachment,
  AppealTimer,
  SupervisionFlag,
  NotificationOutbox,
  InboxMessage,
];
