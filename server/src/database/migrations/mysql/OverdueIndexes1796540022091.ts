import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The overdue queues read in due order from their own range (docs/performance.md, "Reads as the ledger grows"); one ALTER reads the table once. */
export class OverdueIndexes1796540022091 implements MigrationInterface {
  name = 'OverdueIndexes1796540022091';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "ALTER TABLE `appeals` ADD INDEX `IDX_appeals_street_overdue` (`respondedAt`, `isOpen`, `dueAt`, `id`), ADD INDEX `IDX_appeals_overdue` (`respondedAt`, `communityId`, `isOpen`, `dueAt`, `id`)",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `appeals` DROP INDEX `IDX_appeals_overdue`, DROP INDEX `IDX_appeals_street_overdue`");
  }
}
