import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NoticeSubjects1796558438986 implements MigrationInterface {
  name = 'NoticeSubjects1796558438986';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_inbox_messages_unread\"");
    await queryRunner.query("DROP INDEX \"IDX_inbox_messages_recipient\"");
    await queryRunner.query("CREATE TABLE \"temporary_inbox_messages\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"outboxId\" integer NOT NULL, \"recipientId\" integer NOT NULL, \"kind\" varchar(32) NOT NULL, \"title\" varchar(100) NOT NULL, \"body\" varchar(500) NOT NULL, \"appealId\" integer, \"createdAt\" datetime(3) NOT NULL, \"readAt\" datetime(3), \"subjectType\" varchar(20), \"subjectId\" integer, CONSTRAINT \"UQ_c78bcf549b369cc0f6d30dbcb78\" UNIQUE (\"outboxId\"))");
    await queryRunner.query("INSERT INTO \"temporary_inbox_messages\"(\"id\", \"outboxId\", \"recipientId\", \"kind\", \"title\", \"body\", \"appealId\", \"createdAt\", \"readAt\") SELECT \"id\", \"outboxId\", \"recipientId\", \"kind\", \"title\", \"body\", \"appealId\", \"createdAt\", \"readAt\" FROM \"inbox_messages\"");
    await queryRunner.query("DROP TABLE \"inbox_messages\"");
    await queryRunner.query("ALTER TABLE \"temporary_inbox_messages\" RENAME TO \"inbox_messages\"");
    await queryRunner.query("CREATE INDEX \"IDX_inbox_messages_unread\" ON \"inbox_messages\" (\"recipientId\", \"readAt\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_inbox_messages_recipient\" ON \"inbox_messages\" (\"recipientId\", \"id\") ");
    await queryRunner.query("DROP INDEX \"IDX_notification_outbox_pending\"");
    await queryRunner.query("CREATE TABLE \"temporary_notification_outbox\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"dedupeKey\" varchar(150) NOT NULL, \"recipientId\" integer NOT NULL, \"kind\" varchar(32) NOT NULL, \"title\" varchar(100) NOT NULL, \"body\" varchar(500) NOT NULL, \"appealId\" integer, \"createdAt\" datetime(3) NOT NULL, \"deliveredAt\" datetime(3), \"attempts\" integer NOT NULL DEFAULT (0), \"subjectType\" varchar(20), \"subjectId\" integer, CONSTRAINT \"UQ_34c39c9e7fef8c917f1ad128683\" UNIQUE (\"dedupeKey\"))");
    await queryRunner.query("INSERT INTO \"temporary_notification_outbox\"(\"id\", \"dedupeKey\", \"recipientId\", \"kind\", \"title\", \"body\", \"appealId\", \"createdAt\", \"deliveredAt\", \"attempts\") SELECT \"id\", \"dedupeKey\", \"recipientId\", \"kind\", \"title\", \"body\", \"appealId\", \"createdAt\", \"deliveredAt\", \"attempts\" FROM \"notification_outbox\"");
    await queryRunner.query("DROP TABLE \"notification_outbox\"");
    await queryRunner.query("ALTER TABLE \"temporary_notification_outbox\" RENAME TO \"notification_outbox\"");
    await queryRunner.query("CREATE INDEX \"IDX_notification_outbox_pending\" ON \"notification_outbox\" (\"deliveredAt\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_notification_outbox_pending\"");
    await queryRunner.query("ALTER TABLE \"notification_outbox\" RENAME TO \"temporary_notification_outbox\"");
    await queryRunner.query("CREATE TABLE \"notification_outbox\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"dedupeKey\" varchar(150) NOT NULL, \"recipientId\" integer NOT NULL, \"kind\" varchar(32) NOT NULL, \"title\" varchar(100) NOT NULL, \"body\" varchar(500) NOT NULL, \"appealId\" integer, \"createdAt\" datetime(3) NOT NULL, \"deliveredAt\" datetime(3), \"attempts\" integer NOT NULL DEFAULT (0), CONSTRAINT \"UQ_34c39c9e7fef8c917f1ad128683\" UNIQUE (\"dedupeKey\"))");
    await queryRunner.query("INSERT INTO \"notification_outbox\"(\"id\", \"dedupeKey\", \"recipientId\", \"kind\", \"title\", \"body\", \"appealId\", \"createdAt\", \"deliveredAt\", \"attempts\") SELECT \"id\", \"dedupeKey\", \"recipientId\", \"kind\", \"title\", \"body\", \"appealId\", \"createdAt\", \"deliveredAt\", \"attempts\" FROM \"temporary_notification_outbox\"");
    await queryRunner.query("DROP TABLE \"temporary_notification_outbox\"");
    await queryRunner.query("CREATE INDEX \"IDX_notification_outbox_pending\" ON \"notification_outbox\" (\"deliveredAt\") ");
    await queryRunner.query("DROP INDEX \"IDX_inbox_messages_recipient\"");
    await queryRunner.query("DROP INDEX \"IDX_inbox_messages_unread\"");
    await queryRunner.query("ALTER TABLE \"inbox_messages\" RENAME TO \"temporary_inbox_messages\"");
    await queryRunner.query("CREATE TABLE \"inbox_messages\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"outboxId\" integer NOT NULL, \"recipientId\" integer NOT NULL, \"kind\" varchar(32) NOT NULL, \"title\" varchar(100) NOT NULL, \"body\" varchar(500) NOT NULL, \"appealId\" integer, \"createdAt\" datetime(3) NOT NULL, \"readAt\" datetime(3), CONSTRAINT \"UQ_c78bcf549b369cc0f6d30dbcb78\" UNIQUE (\"outboxId\"))");
    await queryRunner.query("INSERT INTO \"inbox_messages\"(\"id\", \"outboxId\", \"recipientId\", \"kind\", \"title\", \"body\", \"appealId\", \"createdAt\", \"readAt\") SELECT \"id\", \"outboxId\", \"recipientId\", \"kind\", \"title\", \"body\", \"appealId\", \"createdAt\", \"readAt\" FROM \"temporary_inbox_messages\"");
    await queryRunner.query("DROP TABLE \"temporary_inbox_messages\"");
    await queryRunner.query("CREATE INDEX \"IDX_inbox_messages_recipient\" ON \"inbox_messages\" (\"recipientId\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_inbox_messages_unread\" ON \"inbox_messages\" (\"recipientId\", \"readAt\", \"id\") ");
  }
}
