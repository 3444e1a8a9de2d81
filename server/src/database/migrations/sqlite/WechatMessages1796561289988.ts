import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WechatMessages1796561289988 implements MigrationInterface {
  name = 'WechatMessages1796561289988';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"wechat_messages\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"outboxId\" integer NOT NULL, \"userId\" integer NOT NULL, \"topic\" varchar(32) NOT NULL, \"templateId\" varchar(64) NOT NULL, \"openId\" varchar(64) NOT NULL, \"page\" varchar(200) NOT NULL, \"data\" varchar(2000) NOT NULL, \"status\" varchar(32) NOT NULL, \"attempts\" integer NOT NULL DEFAULT (0), \"nextAttemptAt\" datetime(3) NOT NULL, \"lastError\" varchar(300), \"createdAt\" datetime(3) NOT NULL, \"sentAt\" datetime(3), CONSTRAINT \"UQ_7eafe6d7c73d68494aad9722d44\" UNIQUE (\"outboxId\"))");
    await queryRunner.query("CREATE INDEX \"IDX_wechat_messages_due\" ON \"wechat_messages\" (\"status\", \"nextAttemptAt\") ");
    await queryRunner.query("CREATE TABLE \"wechat_subscriptions\" (\"userId\" integer NOT NULL, \"templateId\" varchar(64) NOT NULL, \"credits\" integer NOT NULL DEFAULT (0), PRIMARY KEY (\"userId\", \"templateId\"))");
    await queryRunner.query("DROP INDEX \"IDX_notification_outbox_pending\"");
    await queryRunner.query("CREATE TABLE \"temporary_notification_outbox\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"dedupeKey\" varchar(150) NOT NULL, \"recipientId\" integer NOT NULL, \"kind\" varchar(32) NOT NULL, \"title\" varchar(100) NOT NULL, \"body\" varchar(500) NOT NULL, \"appealId\" integer, \"createdAt\" datetime(3) NOT NULL, \"deliveredAt\" datetime(3), \"attempts\" integer NOT NULL DEFAULT (0), \"subjectType\" varchar(20), \"subjectId\" integer, \"details\" varchar(400), CONSTRAINT \"UQ_34c39c9e7fef8c917f1ad128683\" UNIQUE (\"dedupeKey\"))");
    await queryRunner.query("INSERT INTO \"temporary_notification_outbox\"(\"id\", \"dedupeKey\", \"recipientId\", \"kind\", \"title\", \"body\", \"appealId\", \"createdAt\", \"deliveredAt\", \"attempts\", \"subjectType\", \"subjectId\") SELECT \"id\", \"dedupeKey\", \"recipientId\", \"kind\", \"title\", \"body\", \"appealId\", \"createdAt\", \"deliveredAt\", \"attempts\", \"subjectType\", \"subjectId\" FROM \"notification_outbox\"");
    await queryRunner.query("DROP TABLE \"notification_outbox\"");
    await queryRunner.query("ALTER TABLE \"temporary_notification_outbox\" RENAME TO \"notification_outbox\"");
    await queryRunner.query("CREATE INDEX \"IDX_notification_outbox_pending\" ON \"notification_outbox\" (\"deliveredAt\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_notification_outbox_pending\"");
    await queryRunner.query("ALTER TABLE \"notification_outbox\" RENAME TO \"temporary_notification_outbox\"");
    await queryRunner.query("CREATE TABLE \"notification_outbox\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"dedupeKey\" varchar(150) NOT NULL, \"recipientId\" integer NOT NULL, \"kind\" varchar(32) NOT NULL, \"title\" varchar(100) NOT NULL, \"body\" varchar(500) NOT NULL, \"appealId\" integer, \"createdAt\" datetime(3) NOT NULL, \"deliveredAt\" datetime(3), \"attempts\" integer NOT NULL DEFAULT (0), \"subjectType\" varchar(20), \"subjectId\" integer, CONSTRAINT \"UQ_34c39c9e7fef8c917f1ad128683\" UNIQUE (\"dedupeKey\"))");
    await queryRunner.query("INSERT INTO \"notification_outbox\"(\"id\", \"dedupeKey\", \"recipientId\", \"kind\", \"title\", \"body\", \"appealId\", \"createdAt\", \"deliveredAt\", \"attempts\", \"subjectType\", \"subjectId\") SELECT \"id\", \"dedupeKey\", \"recipientId\", \"kind\", \"title\", \"body\", \"appealId\", \"createdAt\", \"deliveredAt\", \"attempts\", \"subjectType\", \"subjectId\" FROM \"temporary_notification_outbox\"");
    await queryRunner.query("DROP TABLE \"temporary_notification_outbox\"");
    await queryRunner.query("CREATE INDEX \"IDX_notification_outbox_pending\" ON \"notification_outbox\" (\"deliveredAt\") ");
    await queryRunner.query("DROP TABLE \"wechat_subscriptions\"");
    await queryRunner.query("DROP INDEX \"IDX_wechat_messages_due\"");
    await queryRunner.query("DROP TABLE \"wechat_messages\"");
  }
}
