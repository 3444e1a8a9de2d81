import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { invalidField } from '../errors/app-error';

/**
 * Keyset (cursor) pagination (docs/performance.md, "Reads as the ledger grows"): a page is the rows
 * after the last one shown, in the list's order of (key, id), read from an index that has that order,
 * so page 500 costs what page 1 costs. The cursor is opaque to clients: the order's name, the last
 * row's key and id, in base64url.
 */
export interface KeysetOrder {
  /** Names the order, so a cursor of one order is refused by another. */
  name: string;
  /** The key column, e.g. `appeal.dueAt` (a time); ties are broken by `idColumn` in the same direction. */
  column: string;
  /** The tie-breaker (default `<alias>.id`): a column an index holds in (key, id) order, e.g. a joined table's. */
  idColumn?: string;
  direction: 'ASC' | 'DESC';
}

interface Position {
  key: Date;
  id: number;
}

const INVALID = '列表位置无效，请从第一页重新加载';

export function encodeCursor(order: KeysetOrder, last: Position): string {
  return Buffer.from(JSON.stringify([order.name, last.key.toISOString(), last.id])).toString('base64url');
}

/** The position a cursor names; 400 on the `cursor` field for anything else (never a 500). */
export function decodeCursor(order: KeysetOrder, cursor: string): Position {
  return decodeCursorOf([order], cursor).position;
}

/**
 * For a list read in several ranges one after another, each in its own order: which of `orders` the
 * cursor belongs to (its index) and the position in it; 400 on the `cursor` field for anything else.
 */
export function decodeCursorOf(orders: readonly KeysetOrder[], cursor: string): { order: number; position: Position } {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidField('cursor', INVALID);
  }
  if (!Array.isArray(decoded) || decoded.length !== 3) throw invalidField('cursor', INVALID);
  const [name, key, id] = decoded as unknown[];
  const at = typeof key === 'string' ? new Date(key) : null;
  const index = orders.findIndex((o) => o.name === name);
  if (index < 0 || !at || Number.isNaN(at.getTime()) || !Number.isSafeInteger(id) || (id as number) < 1) {
    throw invalidField('cursor', INVALID);
  }
  return { order: index, position: { key: at, id: id as number } };
}

/** Orders `qb` by the order's key and id, starting after `after` when given. */
export function orderFrom<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, order: KeysetOrder, after: Position | null): SelectQueryBuilder<T> {
  const id = order.idColumn ?? `${qb.alias}.id`;
  if (after) {
    const beyond = order.direction === 'ASC' ? '>' : '<';
    qb.andWhere(`(${order.column} ${beyond} :keysetKey OR (${order.column} = :keysetKey AND ${id} ${beyond} :keysetId))`, {
      keysetKey: after.key,
      keysetId: after.id,
    });
  }
  return qb.orderBy(order.column, order.direction).addOrderBy(id, order.direction);
}
