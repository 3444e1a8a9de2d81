import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InboxUnread1796518567048 implements MigrationInterface {
  name = 'InboxUnread1796518567048';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"IDX_inbox_messages_unread\" ON \"inbox_messages\" (\"recipientId\", \"readAt\", \"id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_inbox_messages_unread\"");
  }
}
