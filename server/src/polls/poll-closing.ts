import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventBus } from '../events/event-bus';
import { PollAudience } from './poll-audience';
import { PollParticipation } from './poll-participation.entity';
import { Poll } from './poll.entity';

/**
 * Closing a poll, the same whether its time came (the timer) or staff closed it early: the audience is
 * counted once, so the turnout stays what it was when the poll closed, and the results are announced.
 */
@Injectable()
export class PollClosing {
  constructor(
    private readonly audience: PollAudience,
    private readonly events: EventBus,
  ) {}

  /** `poll` must be locked by the caller. `at`: when it closed; `byId`: who closed it early (null: its time came). */
  async close(em: EntityManager, poll: Poll, { at, byId, now }: { at: Date; byId: number | null; now: Date }): Promise<void> {
    const eligible = await this.audience.countEligible(em, poll);
    const participants = await em.countBy(PollParticipation, { pollId: poll.id });
    await em.update(Poll, { id: poll.id }, { closedAt: at, closedById: byId, eligibleAtClose: eligible });
    Object.assign(poll, { closedAt: at, closedById: byId, eligibleAtClose: eligible });
    await this.events.publish(em, { type: 'PollClosed', poll, participants, eligible, at: now });
  }
}
