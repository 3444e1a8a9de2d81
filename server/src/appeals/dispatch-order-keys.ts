import type { EntityManager } from 'typeorm';
import type { Appeal } from './entities/appeal.entity';
import { DispatchOrder } from './entities/dispatch-order.entity';

/**
 * What a dispatch order copies from its appeal — the deadline and whether it was met — so the pending
 * orders are read overdue first, then by deadline, from the orders' own indexes (`sort: 'overdue'`,
 * docs/architecture.md, "Lists that grow").
 */
export function dispatchOrderKeys(appeal: Pick<Appeal, 'dueAt' | 'respondedAt'>): Pick<DispatchOrder, 'appealDueAt' | 'appealResponded'> {
  return { appealDueAt: appeal.dueAt, appealResponded: appeal.respondedAt !== null };
}

/** Keeps the appeal's dispatch order (if it has one) in step with the appeal just written (`writeAppeal`). */
export async function syncDispatchOrder(em: EntityManager, appeal: Pick<Appeal, 'id' | 'dueAt' | 'respondedAt'>): Promise<void> {
  await em.update(DispatchOrder, { appealId: appeal.id }, dispatchOrderKeys(appeal));
}

/** Every order's copies, again, from its appeal: for a ledger written in bulk, past the services. */
export async function rebuildDispatchOrderKeys(db: { query(sql: string): Promise<unknown> }): Promise<void> {
  await db.query(`
  UPDATE dispatch_orders SET
    appealDueAt = (SELECT a.dueAt FROM appeals a WHERE a.id = dispatch_orders.appealId),
    appealResponded = (SELECT CASE WHEN a.respondedAt IS NULL THEN 0 ELSE 1 END FROM appeals a WHERE a.id = dispatch_orders.appealId)`);
}
