import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { OutboxDispatcher } from '../notifications/outbox-dispatcher.service';
import { TimerDrain } from './timer-drain.service';

/** Work a feature hands the scheduler (e.g. content checks WeChat could not do at once): run on every pass, after the outbox. */
export interface ScheduledWork {
  readonly name: string;
  /** Does what is due, outside any transaction of the pass; how many things it did. */
  run(): Promise<number>;
}

/**
 * The heartbeat in every server process: each tick drains due timers, then delivers pending
 * notifications, then runs the work features registered. It holds no timers in memory; the rows in
 * the database are the schedule.
 */
@Injectable()
export class Scheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(Scheduler.name);
  private interval: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private readonly work: ScheduledWork[] = [];

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

  /** Features register their work in `onModuleInit`. */
  register(work: ScheduledWork): void {
    if (this.work.some((w) => w.name === work.name)) throw new Error(`Scheduled work ${work.name} is registered twice`);
    this.work.push(work);
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
      const done: Record<string, number> = {};
      for (const work of this.work) {
        const count = await work.run().catch((error: Error) => {
          this.logger.error(`Scheduled work ${work.name} failed: ${error.message}`);
          return 0;
        });
        if (count) done[work.name] = count;
      }
      if (timers.fired || timers.failed || delivered || Object.keys(done).length) {
        this.logger.log({ event: 'schedulerPass', ...timers, delivered, ...done });
      }
    } catch (error) {
      this.logger.error(`Scheduler pass failed: ${(error as Error).message}`);
    }
  }
}
