import type { DispatchOrderInfo } from '@lingjuli/shared';

/** Each appeal's dispatch order by appeal id: null when it has none; absent until read (or if that failed). */
export type OrdersById = Record<number, DispatchOrderInfo | null>;

/**
 * The appeals whose detail is still to be read: those not read (or being read) for this very row.
 * A further page appended to a list keeps the rows already there, so only the new ones are read; a
 * reload brings new rows, so all are read again.
 */
export function rowsToRead<T extends { id: number }>(items: readonly T[], readFor: ReadonlyMap<number, T>): T[] {
  return items.filter((a) => readFor.get(a.id) !== a);
}

/**
 * The orders after reading `read` (each with its detail's order, or undefined if the read failed).
 * A read is taken only if it is still the latest one asked for that appeal; a failed one drops what
 * was known, as before a reload.
 */
export function withReadOrders<T extends { id: number }>(
  orders: OrdersById,
  read: readonly T[],
  found: readonly ({ dispatchOrder: DispatchOrderInfo | null } | undefined)[],
  readFor: ReadonlyMap<number, T>,
): OrdersById {
  const next = { ...orders };
  read.forEach((appeal, i) => {
    if (readFor.get(appeal.id) !== appeal) return;
    const detail = found[i];
    if (detail) next[appeal.id] = detail.dispatchOrder;
    else delete next[appeal.id];
  });
  return next;
}
