import type { MigrationInterface, QueryRunner } from 'typeorm';

// Edited after generation: the two new columns are added and dropped in place (SQLite ≥ 3.35) instead of
// rebuilding "users" and "attachments" — a rebuild's rename points other tables' foreign keys at the
// temporary table when it is reverted.
export class ContentSecurity1796568630463 implements MigrationInterface {
  name = 'ContentSecurity1796568630463';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"content_checks\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"subjectType\" varchar(32) NOT NULL, \"subjectId\" integer NOT NULL, \"openId\" varchar(64) NOT NULL, \"state\" varchar(32) NOT NULL, \"text\" text, \"traceId\" varchar(64), \"label\" integer, \"attempts\" integer NOT NULL DEFAULT (0), \"nextAttemptAt\" datetime(3), \"lastError\" varchar(300), \"createdAt\" datetime(3) NOT NULL, \"checkedAt\" datetime(3), CONSTRAINT \"UQ_4fc37fe06c2d32627fabe56c155\" UNIQUE (\"traceId\"), CONSTRAINT \"UQ_content_checks_subject\" UNIQUE (\"subjectType\", \"subjectId\"))");
    await queryRunner.query("CREATE INDEX \"IDX_content_checks_due\" ON \"content_checks\" (\"state\", \"nextAttemptAt\") ");
    await queryRunner.query("ALTER TABLE \"users\" ADD COLUMN \"noticeOpenId\" varchar(64)");
    await queryRunner.query("ALTER TABLE \"attachments\" ADD COLUMN \"contentCheck\" varchar(32)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"attachments\" DROP COLUMN \"contentCheck\"");
    await queryRunner.query("ALTER TABLE \"users\" DROP COLUMN \"noticeOpenId\"");
    await queryRunner.query("DROP INDEX \"IDX_content_checks_due\"");
    await queryRunner.query("DROP TABLE \"content_checks\"");
  }
}
