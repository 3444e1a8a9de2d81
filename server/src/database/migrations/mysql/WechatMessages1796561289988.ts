import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WechatMessages1796561289988 implements MigrationInterface {
  name = 'WechatMessages1796561289988';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `wechat_messages` (`id` int NOT NULL AUTO_INCREMENT, `outboxId` int NOT NULL, `userId` int NOT NULL, `topic` varchar(32) NOT NULL, `templateId` varchar(64) NOT NULL, `openId` varchar(64) NOT NULL, `page` varchar(200) NOT NULL, `data` varchar(2000) NOT NULL, `status` varchar(32) NOT NULL, `attempts` int NOT NULL DEFAULT '0', `nextAttemptAt` datetime(3) NOT NULL, `lastError` varchar(300) NULL, `createdAt` datetime(3) NOT NULL, `sentAt` datetime(3) NULL, INDEX `IDX_wechat_messages_due` (`status`, `nextAttemptAt`), UNIQUE INDEX `IDX_7eafe6d7c73d68494aad9722d4` (`outboxId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `wechat_subscriptions` (`userId` int NOT NULL, `templateId` varchar(64) NOT NULL, `credits` int NOT NULL DEFAULT '0', PRIMARY KEY (`userId`, `templateId`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `notification_outbox` ADD `details` varchar(400) NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `notification_outbox` DROP COLUMN `details`");
    await queryRunner.query("DROP TABLE `wechat_subscriptions`");
    await queryRunner.query("DROP INDEX `IDX_7eafe6d7c73d68494aad9722d4` ON `wechat_messages`");
    await queryRunner.query("DROP INDEX `IDX_wechat_messages_due` ON `wechat_messages`");
    await queryRunner.query("DROP TABLE `wechat_messages`");
  }
}
