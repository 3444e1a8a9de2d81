import type { MigrationInterface, QueryRunner } from 'typeorm';

export class JointFeedback1796500854853 implements MigrationInterface {
  name = 'JointFeedback1796500854853';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `appeal_feedback_departments` (`feedbackId` int NOT NULL, `departmentId` int NOT NULL, INDEX `IDX_4900a58247f333f8b417dbd710` (`feedbackId`), INDEX `IDX_18cea7a8abee698e0ed6b6247a` (`departmentId`), PRIMARY KEY (`feedbackId`, `departmentId`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `appeal_feedbacks` ADD `communityPartyId` int NULL");
    await queryRunner.query("ALTER TABLE `appeal_feedbacks` ADD CONSTRAINT `FK_7090ecfdfe71bdf8f32e6f85c87` FOREIGN KEY (`communityPartyId`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `appeal_feedback_departments` ADD CONSTRAINT `FK_4900a58247f333f8b417dbd710f` FOREIGN KEY (`feedbackId`) REFERENCES `appeal_feedbacks`(`id`) ON DELETE CASCADE ON UPDATE CASCADE");
    await queryRunner.query("ALTER TABLE `appeal_feedback_departments` ADD CONSTRAINT `FK_18cea7a8abee698e0ed6b6247a0` FOREIGN KEY (`departmentId`) REFERENCES `departments`(`id`) ON DELETE CASCADE ON UPDATE CASCADE");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `appeal_feedback_departments` DROP FOREIGN KEY `FK_18cea7a8abee698e0ed6b6247a0`");
    await queryRunner.query("ALTER TABLE `appeal_feedback_departments` DROP FOREIGN KEY `FK_4900a58247f333f8b417dbd710f`");
    await queryRunner.query("ALTER TABLE `appeal_feedbacks` DROP FOREIGN KEY `FK_7090ecfdfe71bdf8f32e6f85c87`");
    await queryRunner.query("ALTER TABLE `appeal_feedbacks` DROP COLUMN `communityPartyId`");
    await queryRunner.query("DROP INDEX `IDX_18cea7a8abee698e0ed6b6247a` ON `appeal_feedback_departments`");
    await queryRunner.query("DROP INDEX `IDX_4900a58247f333f8b417dbd710` ON `appeal_feedback_departments`");
    await queryRunner.query("DROP TABLE `appeal_feedback_departments`");
  }
}
