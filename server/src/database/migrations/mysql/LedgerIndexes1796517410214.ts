import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An appeal is open while its status is not final (the entity's `isOpen`). */
const OPEN = "status NOT IN ('closed', 'withdrawn', 'rejected')";

export class LedgerIndexes1796517410214 implements MigrationInterface {
  name = 'LedgerIndexes1796517410214';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`appeals\` ADD \`isOpen\` tinyint AS (${OPEN}) VIRTUAL`);
    // TypeORM compares a generated column's expression with the one it recorded here.
    await queryRunner.query(
      "CREATE TABLE IF NOT EXISTS `typeorm_metadata` (`type` varchar(255) NOT NULL, `database` varchar(255) NULL, `schema` varchar(255) NULL, `table` varchar(255) NULL, `name` varchar(255) NULL, `value` text NULL) ENGINE=InnoDB",
    );
    await queryRunner.query("INSERT INTO `typeorm_metadata`(`database`, `schema`, `table`, `type`, `name`, `value`) VALUES (DEFAULT, DATABASE(), 'appeals', 'GENERATED_COLUMN', 'isOpen', ?)", [OPEN]);
    await queryRunner.query("CREATE INDEX `IDX_appeals_liaison_recent` ON `appeals` (`assignedLiaisonId`, `isOpen`, `receivedAt`, `id`)");
    await queryRunner.query("CREATE INDEX `IDX_appeals_filer_recent` ON `appeals` (`filedById`, `isOpen`, `receivedAt`, `id`)");
    await queryRunner.query("CREATE INDEX `IDX_appeals_reporter_recent` ON `appeals` (`reporterId`, `receivedAt`, `id`)");
    await queryRunner.query("CREATE INDEX `IDX_appeals_recent` ON `appeals` (`receivedAt`, `id`)");
    await queryRunner.query("CREATE INDEX `IDX_appeals_community_recent` ON `appeals` (`communityId`, `receivedAt`, `id`)");
    await queryRunner.query("CREATE INDEX `IDX_appeals_street_open_due` ON `appeals` (`isOpen`, `dueAt`, `id`)");
    await queryRunner.query("CREATE INDEX `IDX_appeals_open_due` ON `appeals` (`communityId`, `isOpen`, `dueAt`, `id`)");
    // The foreign keys of reporterId and assignedLiaisonId now use the new indexes that lead with them.
    await queryRunner.query("DROP INDEX `IDX_800acf0fc6dfb20c405d586fa1` ON `appeals`");
    await queryRunner.query("DROP INDEX `IDX_4bfe5102bfd3bc733a65a8585d` ON `appeals`");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `IDX_4bfe5102bfd3bc733a65a8585d` ON `appeals` (`assignedLiaisonId`)");
    await queryRunner.query("CREATE INDEX `IDX_800acf0fc6dfb20c405d586fa1` ON `appeals` (`reporterId`)");
    await queryRunner.query("DROP INDEX `IDX_appeals_open_due` ON `appeals`");
    await queryRunner.query("DROP INDEX `IDX_appeals_street_open_due` ON `appeals`");
    await queryRunner.query("DROP INDEX `IDX_appeals_community_recent` ON `appeals`");
    await queryRunner.query("DROP INDEX `IDX_appeals_recent` ON `appeals`");
    await queryRunner.query("DROP INDEX `IDX_appeals_reporter_recent` ON `appeals`");
    await queryRunner.query("DROP INDEX `IDX_appeals_filer_recent` ON `appeals`");
    await queryRunner.query("DROP INDEX `IDX_appeals_liaison_recent` ON `appeals`");
    await queryRunner.query("DELETE FROM `typeorm_metadata` WHERE `type` = 'GENERATED_COLUMN' AND `name` = 'isOpen' AND `schema` = DATABASE() AND `table` = 'appeals'");
    await queryRunner.query("ALTER TABLE `appeals` DROP COLUMN `isOpen`");
  }
}
