import { Injectable } from '@nestjs/common';
import type { AppealEndedData, AppealStatus } from '@lingjuli/shared';
import { IsNull, type EntityManager } from 'typeorm';
import { DispatchAssignment } from './entities/dispatch-assignment.entity';
import { DispatchOrder } from './entities/dispatch-order.entity';
import type { Appeal } from './entities/appeal.entity';

/** An appeal that has just reached a final status (withdrawn, rejected, closed), in the transaction that put it there. */
export interface AppealEnding {
  appeal: Appeal;
  status: AppealStatus;
  at: Date;
}

/** What a handler ended, for the line on the appeal's timeline (merged into its `data`); null for nothing. */
export type EndedParts = AppealEndedData | null;

export type AppealEndingHandler = (em: EntityManager, ending: AppealEnding) => Promise<EndedParts>;

/**
 * What happens when an appeal ends, however it ends (an action, or the system's auto-close). The
 * appeal's own pending dispatch order is cancelled and its departments' parts marked ended here;
 * features that hang work on an appeal (whistles, the evaluation's outcomes) register a handler at
 * start-up, so this module need not know them. Everything runs in
 * the caller's transaction, with the appeal locked. (The appeal's timers go with the timer sync of
 * that same write: a final appeal plans none.)
 */
@Injectable()
export class AppealEndings {
  private readonly handlers: AppealEndingHandler[] = [];

  register(handler: AppealEndingHandler): void {
    this.handlers.push(handler);
  }

  async end(em: EntityManager, ending: AppealEnding): Promise<EndedParts> {
    const ended: AppealEndedData = {};
    for (const handler of [cancelPendingDispatchOrder, settleAssignments, ...this.handlers]) Object.assign(ended, await handler(em, ending));
    return Object.keys(ended).length ? ended : null;
  }
}

/** A dispatch order the command centre has not dispatched yet has nothing left to dispatch. */
async function cancelPendingDispatchOrder(em: EntityManager, { appeal }: AppealEnding): Promise<EndedParts> {
  const order = await em.findOneBy(DispatchOrder, { appealId: appeal.id, status: 'pending' });
  if (!order) return null;
  await em.update(DispatchOrder, { id: order.id }, { status: 'cancelled' });
  return { cancelledDispatchOrderId: order.id };
}

/** The departments' parts in the appeal are over: their outcomes are final from now (see DispatchAssignment.appealEndedAt). */
async function settleAssignments(em: EntityManager, { appeal, at }: AppealEnding): Promise<EndedParts> {
  await em.update(DispatchAssignment, { appealId: appeal.id, appealEndedAt: IsNull() }, { appealEndedAt: at });
  return null;
}
