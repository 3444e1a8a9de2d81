import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QueueFilters1796529051209 implements MigrationInterface {
  name = 'QueueFilters1796529051209';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One statement: the queues keep an index at every moment, and the table is read once for both.
    await queryRunner.query(
      "ALTER TABLE `appeals` DROP INDEX `IDX_appeals_street_open_due`, DROP INDEX `IDX_appeals_open_due`, ADD INDEX `IDX_appeals_street_open_due` (`isOpen`, `dueAt`, `id`, `supervised`, `respondedAt`), ADD INDEX `IDX_appeals_open_due` (`communityId`, `isOpen`, `dueAt`, `id`, `supervised`, `respondedAt`)",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "ALTER TABLE `appeals` DROP INDEX `IDX_appeals_open_due`, DROP INDEX `IDX_appeals_street_open_due`, ADD INDEX `IDX_appeals_open_due` (`communityId`, `isOpen`, `dueAt`, `id`), ADD INDEX `IDX_appeals_street_open_due` (`isOpen`, `dueAt`, `id`)",
    );
  }
}
