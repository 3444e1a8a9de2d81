import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NoticeSubjects1796558438986 implements MigrationInterface {
  name = 'NoticeSubjects1796558438986';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `inbox_messages` ADD `subjectType` varchar(20) NULL");
    await queryRunner.query("ALTER TABLE `inbox_messages` ADD `subjectId` int NULL");
    await queryRunner.query("ALTER TABLE `notification_outbox` ADD `subjectType` varchar(20) NULL");
    await queryRunner.query("ALTER TABLE `notification_outbox` ADD `subjectId` int NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `notification_outbox` DROP COLUMN `subjectId`");
    await queryRunner.query("ALTER TABLE `notification_outbox` DROP COLUMN `subjectType`");
    await queryRunner.query("ALTER TABLE `inbox_messages` DROP COLUMN `subjectId`");
    await queryRunner.query("ALTER TABLE `inbox_messages` DROP COLUMN `subjectType`");
  }
}
