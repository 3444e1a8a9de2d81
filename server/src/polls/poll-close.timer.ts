import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { claimRow, OWNER_GONE, TimerRegistry } from '../timers/timer-registry';
import type { Timer } from '../timers/timer.entity';
import { TimerService, sameInstant } from '../timers/timer.service';
import { PollClosing } from './poll-closing';
import { Poll } from './poll.entity';

/** The timer kind of a poll's closing time, and its owner type. */
export const POLL_CLOSE = 'pollClose';
export const POLL_OWNER = 'poll';

/**
 * A poll's closing time (docs/architecture.md, "Timers"). Scheduled when staff create the poll, moved
 * when they edit it, cancelled when they close it early. It fires at the closing instant itself — a poll
 * takes answers up to, not at, `closesAt` — and closes the poll as of that instant: the audience is
 * counted for the turnout, the results are out, and the community's staff (and, if the poll says so,
 * those who took part) are told. A poll already closed, or whose closing time moved, is left alone.
 */
@Injectable()
export class PollCloseTimer implements OnModuleInit {
  readonly kind = POLL_CLOSE;
  readonly ownerType = POLL_OWNER;

  constructor(
    private readonly registry: TimerRegistry,
    private readonly timers: TimerService,
    private readonly closing: PollClosing,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  /** The poll's one timer, at its closing time (a moved time rewrites it, so the old one cannot fire). */
  plan(em: EntityManager, poll: Poll): Promise<void> {
    return this.timers.reconcile(em, { type: POLL_OWNER, id: poll.id }, [{ kind: POLL_CLOSE, fireAt: poll.closesAt, deadline: poll.closesAt }]);
  }

  cancel(em: EntityManager, pollId: number): Promise<void> {
    return this.timers.cancelPending(em, POLL_OWNER, [pollId], POLL_CLOSE);
  }

  /** The poll row, skipped while a writer (an edit, an early close) holds it. */
  claim(em: EntityManager, timer: Timer): Promise<Poll | null | typeof OWNER_GONE> {
    return claimRow(em, Poll, timer.ownerId);
  }

  async fire(em: EntityManager, timer: Timer, poll: Poll, now: Date): Promise<void> {
    if (poll.closedAt !== null || !sameInstant(poll.closesAt, timer.deadline)) return;
    await this.closing.close(em, poll, { at: poll.closesAt, byId: null, now });
  }
}
