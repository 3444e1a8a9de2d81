import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationModule } from '../organisation/organisation.module';
import { WechatChannel } from '../wechat/wechat.channel';
import { WechatModule } from '../wechat/wechat.module';
import { AccountNotices } from './account-notices';
import { AppealNotices } from './appeal-notices';
import { DeadlineNotices } from './deadline-notices';
import { InboxChannel } from './inbox.channel';
import { InboxMessage } from './inbox-message.entity';
import { NOTIFICATION_CHANNELS } from './notification-channel';
import { NotificationsController } from './notifications.controller';
import { VisitTaskNotices } from './visit-task-notices';
import { VolunteerNotices } from './volunteer-notices';
import { MeetingNotices } from './meeting-notices';
import { NotificationsService } from './notifications.service';
import { Notifier } from './notifier.service';
import { OutboxDispatcher } from './outbox-dispatcher.service';
import { PollNotices } from './poll-notices';
import { ProjectNotices } from './project-notices';
import { RewardNotices } from './reward-notices';
import { WhistleNotices } from './whistle-notices';

/**
 * Notices: the handlers of the domain events that tell people (each registers with the event bus at
 * start-up and writes the outbox in the event's transaction, in the catalogue's words), the outbox's
 * delivery, and the caller's inbox. Nothing outside writes a notice: it publishes an event.
 */
@Module({
  imports: [TypeOrmModule.forFeature([InboxMessage]), OrganisationModule, WechatModule],
  controllers: [NotificationsController],
  providers: [
    Notifier,
    AppealNotices,
    DeadlineNotices,
    WhistleNotices,
    ProjectNotices,
    PollNotices,
    RewardNotices,
    AccountNotices,
    VisitTaskNotices,
    VolunteerNotices,
    MeetingNotices,
    OutboxDispatcher,
    NotificationsService,
    InboxChannel,
    { provide: NOTIFICATION_CHANNELS, inject: [InboxChannel, WechatChannel], useFactory: (inbox: InboxChannel, wechat: WechatChannel) => [inbox, wechat] },
  ],
  exports: [OutboxDispatcher],
})
export class NotificationsModule {}
