import type { EntityManager } from 'typeorm';
import { Appeal } from './entities/appeal.entity';

/**
 * Writes an appeal already loaded (and locked) in this transaction back as one UPDATE of its
 * columns. TypeORM's `save` would first read the row again to work out what changed.
 */
export async function writeAppeal(em: EntityManager, appeal: Appeal): Promise<void> {
  const { id, ...values } = Object.fromEntries(em.getRepository(Appeal).metadata.columns.map((c) => [c.propertyName, appeal[c.propertyName as keyof Appeal]]));
  await em.update(Appeal, { id }, values);
}
