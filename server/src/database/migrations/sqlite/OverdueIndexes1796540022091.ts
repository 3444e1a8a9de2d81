import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The overdue queues read in due order from their own range (docs/performance.md, "Reads as the ledger grows"). */
export class OverdueIndexes1796540022091 implements MigrationInterface {
  name = 'OverdueIndexes1796540022091';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"IDX_appeals_street_overdue\" ON \"appeals\" (\"respondedAt\", \"isOpen\", \"dueAt\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_appeals_overdue\" ON \"appeals\" (\"respondedAt\", \"communityId\", \"isOpen\", \"dueAt\", \"id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_appeals_overdue\"");
    await queryRunner.query("DROP INDEX \"IDX_appeals_street_overdue\"");
  }
}
