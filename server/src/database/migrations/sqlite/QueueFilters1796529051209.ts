import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QueueFilters1796529051209 implements MigrationInterface {
  name = 'QueueFilters1796529051209';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_appeals_street_open_due"');
    await queryRunner.query('DROP INDEX "IDX_appeals_open_due"');
    await queryRunner.query('CREATE INDEX "IDX_appeals_street_open_due" ON "appeals" ("isOpen", "dueAt", "id", "supervised", "respondedAt") ');
    await queryRunner.query('CREATE INDEX "IDX_appeals_open_due" ON "appeals" ("communityId", "isOpen", "dueAt", "id", "supervised", "respondedAt") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_appeals_open_due"');
    await queryRunner.query('DROP INDEX "IDX_appeals_street_open_due"');
    await queryRunner.query('CREATE INDEX "IDX_appeals_open_due" ON "appeals" ("communityId", "isOpen", "dueAt", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_appeals_street_open_due" ON "appeals" ("isOpen", "dueAt", "id") ');
  }
}
