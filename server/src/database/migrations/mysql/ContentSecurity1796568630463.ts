import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ContentSecurity1796568630463 implements MigrationInterface {
  name = 'ContentSecurity1796568630463';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `content_checks` (`id` int NOT NULL AUTO_INCREMENT, `subjectType` varchar(32) NOT NULL, `subjectId` int NOT NULL, `openId` varchar(64) NOT NULL, `state` varchar(32) NOT NULL, `text` text NULL, `traceId` varchar(64) NULL, `label` int NULL, `attempts` int NOT NULL DEFAULT '0', `nextAttemptAt` datetime(3) NULL, `lastError` varchar(300) NULL, `createdAt` datetime(3) NOT NULL, `checkedAt` datetime(3) NULL, INDEX `IDX_content_checks_due` (`state`, `nextAttemptAt`), UNIQUE INDEX `IDX_4fc37fe06c2d32627fabe56c15` (`traceId`), UNIQUE INDEX `UQ_content_checks_subject` (`subjectType`, `subjectId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `users` ADD `noticeOpenId` varchar(64) NULL");
    await queryRunner.query("ALTER TABLE `attachments` ADD `contentCheck` varchar(32) NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `attachments` DROP COLUMN `contentCheck`");
    await queryRunner.query("ALTER TABLE `users` DROP COLUMN `noticeOpenId`");
    await queryRunner.query("DROP INDEX `UQ_content_checks_subject` ON `content_checks`");
    await queryRunner.query("DROP INDEX `IDX_4fc37fe06c2d32627fabe56c15` ON `content_checks`");
    await queryRunner.query("DROP INDEX `IDX_content_checks_due` ON `content_checks`");
    await queryRunner.query("DROP TABLE `content_checks`");
  }
}
