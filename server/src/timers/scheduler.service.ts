import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { OutboxDispatcher } from '../notifications/outbox-dispatcher.service';
import { TimerDrain } from './timer-drain.service';

/**
 * The heartbeat in every server process: each tick drains due timers, then delivers pending
 * notifications. It holds no timers in memory; the rows in the database are the schedule.
 */
@Injectable()
export class Scheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(Scheduler.name);
  private interval: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly drain: TimerDrain,
    private readonly outbox: OutboxDispatcher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.scheduler.enabled) return;
    this.interval = setInterval(() => void this.tick(), this.config.scheduler.tickMs);
    void this.tick(); // after downtime, the backlog clears at once
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.interval) clearInterval(this.interval);
    await this.running;
  }

  /** One pass; a tick that finds the previous one still running does nothing. */
  tick(): Promise<void> {
    this.running ??= this.pass().finally(() => (this.running = null));
    return this.running;
  }

  private async pass(): Promise<void> {
    try {
      const timers = await this.drain.drain();
      const delivered = await this.outbox.deliverPending();
      if (timers.fired || timers.failed || delivered) {
        this.logger.log({ event: 'schedulerPass', ...timers, delivered });
      }
    } catch (error) {
      this.logger.error(`Scheduler pass failed: ${(error as Error).message}`);
    }
  }
}
