import type { QueryRunner } from 'typeorm';

/**
 * Whether MariaDB has an index of this name on the table. A foreign key's own index is made by MariaDB
 * and dropped by it when a new index leads with the key's column, but one made by hand (a bulk load
 * that set the keys aside and rebuilt them) stays: migrations that add or remove such an index ask.
 */
export async function hasIndex(queryRunner: QueryRunner, table: string, index: string): Promise<boolean> {
  const [row] = (await queryRunner.query(
    'SELECT COUNT(*) AS n FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND INDEX_NAME = ?',
    [table, index],
  )) as { n: number | string }[];
  return Number(row.n) > 0;
}
