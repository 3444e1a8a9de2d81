import { Global, Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { Scheduler } from './scheduler.service';
import { TimerDrain } from './timer-drain.service';
import { TimerRegistry } from './timer-registry';
import { TimerService } from './timer.service';

/**
 * Global so every feature can write its timers in its own transactions and register what its kinds
 * do. It knows no feature: each registers its handlers with the TimerRegistry at start-up.
 */
@Global()
@Module({
  imports: [NotificationsModule],
  providers: [TimerRegistry, TimerService, TimerDrain, Scheduler],
  exports: [TimerRegistry, TimerService, TimerDrain, Scheduler],
})
export class TimersModule {}
