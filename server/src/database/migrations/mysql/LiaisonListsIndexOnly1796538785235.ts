import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A liaison's two lists end with the other list's column, so her scope (filed by her or assigned to
 * her) is answered from the index alone. One ALTER: the liaison index is its foreign key's only index.
 */
export class LiaisonListsIndexOnly1796538785235 implements MigrationInterface {
  name = 'LiaisonListsIndexOnly1796538785235';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "ALTER TABLE `appeals` DROP INDEX `IDX_appeals_liaison_recent`, ADD INDEX `IDX_appeals_liaison_recent` (`assignedLiaisonId`, `isOpen`, `receivedAt`, `id`, `filedById`), DROP INDEX `IDX_appeals_filer_recent`, ADD INDEX `IDX_appeals_filer_recent` (`filedById`, `isOpen`, `receivedAt`, `id`, `assignedLiaisonId`)",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "ALTER TABLE `appeals` DROP INDEX `IDX_appeals_filer_recent`, ADD INDEX `IDX_appeals_filer_recent` (`filedById`, `isOpen`, `receivedAt`, `id`), DROP INDEX `IDX_appeals_liaison_recent`, ADD INDEX `IDX_appeals_liaison_recent` (`assignedLiaisonId`, `isOpen`, `receivedAt`, `id`)",
    );
  }
}
