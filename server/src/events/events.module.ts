import { Global, Module } from '@nestjs/common';
import { EventBus } from './event-bus';

/** The one domain event bus, for every module that publishes or handles events. */
@Global()
@Module({
  providers: [EventBus],
  exports: [EventBus],
})
export class EventsModule {}
