import { Global, Module } from '@nestjs/common';
import { AppealsModule } from '../appeals/appeals.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { Scheduler } from './scheduler.service';
import { TimerDrain } from './timer-drain.service';
import { TimerEffects } from './timer-effects.service';
import { TimerService } from './timer.service';

/** Global so the appeal services can reschedule timers in their own transactions. */
@Global()
@Module({
  imports: [NotificationsModule, OrganisationModule, AppealsModule],
  providers: [TimerService, TimerEffects, TimerDrain, Scheduler],
  exports: [TimerService, TimerDrain, Scheduler],
})
export class TimersModule {}
