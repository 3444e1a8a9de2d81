import type { EntityManager } from 'typeorm';
import { syncInvolvements } from './appeal-involvements';
import { syncDispatchOrder } from './dispatch-order-keys';
import { Appeal } from './entities/appeal.entity';

/**
 * Writes an appeal already loaded (and locked) in this transaction back as one UPDATE of its
 * columns (TypeORM's `save` would first read the row again to work out what changed), and the
 * copies of its status and deadline that departments' queues and the pending dispatch orders are read by.
 */
export async function writeAppeal(em: EntityManager, appeal: Appeal): Promise<void> {
  const { id, ...values } = Object.fromEntries(em.getRepository(Appeal).metadata.columns.map((c) => [c.propertyName, appeal[c.propertyName as keyof Appeal]]));
  await em.update(Appeal, { id }, values);
  await syncInvolvements(em, appeal);
  await syncDispatchOrder(em, appeal);
}
