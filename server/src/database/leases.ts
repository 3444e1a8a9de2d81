import { In, LessThanOrEqual, type EntityTarget, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';
import type { UnitOfWork } from './unit-of-work';

/** A row of work done outside any transaction (a call to WeChat): due at `nextAttemptAt`, which a claim moves past its lease. */
export interface LeasedRow extends ObjectLiteral {
  id: number;
  nextAttemptAt: Date | null;
}

/**
 * Claims up to `batch` due rows, oldest due first, in a short transaction: on MySQL/MariaDB with
 * FOR UPDATE SKIP LOCKED, so every server process can take its share; each is leased until `now + leaseMs`
 * (a process that dies leaves it to be claimed again then), with `set` written too (e.g. `status: 'sending'`).
 */
export function claimDue<T extends LeasedRow>(
  uow: UnitOfWork,
  entity: EntityTarget<T>,
  due: FindOptionsWhere<T>,
  options: { now: Date; leaseMs: number; batch: number; set?: Partial<T> },
): Promise<T[]> {
  const { now, leaseMs, batch, set } = options;
  return uow.run(
    async (em) => {
      const qb = em
        .createQueryBuilder(entity, 'row')
        .where({ ...due, nextAttemptAt: LessThanOrEqual(now) })
        .orderBy('row.nextAttemptAt')
        .addOrderBy('row.id')
        .limit(batch);
      if (!uow.isSqlite) qb.setLock('pessimistic_write').setOnLocked('skip_locked');
      const rows = await qb.getMany();
      if (rows.length) {
        const lease = { ...set, nextAttemptAt: new Date(now.getTime() + leaseMs) } as Partial<T>;
        await em.update(entity, { id: In(rows.map((r) => r.id)) }, lease);
      }
      return rows;
    },
    { readCommitted: true },
  );
}
