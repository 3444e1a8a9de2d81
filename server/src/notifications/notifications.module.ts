import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InboxChannel } from './inbox.channel';
import { InboxMessage } from './inbox-message.entity';
import { NOTIFICATION_CHANNELS } from './notification-channel';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { Notifier } from './notifier.service';
import { OutboxDispatcher } from './outbox-dispatcher.service';

@Module({
  imports: [TypeOrmModule.forFeature([InboxMessage])],
  controllers: [NotificationsController],
  providers: [
    Notifier,
    OutboxDispatcher,
    NotificationsService,
    InboxChannel,
    { provide: NOTIFICATION_CHANNELS, inject: [InboxChannel], useFactory: (inbox: InboxChannel) => [inbox] },
  ],
  exports: [Notifier, OutboxDispatcher],
})
export class NotificationsModule {}
