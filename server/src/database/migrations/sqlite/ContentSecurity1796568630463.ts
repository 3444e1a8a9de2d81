import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ContentSecurity1796568630463 implements MigrationInterface {
  name = 'ContentSecurity1796568630463';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"content_checks\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"subjectType\" varchar(32) NOT NULL, \"subjectId\" integer NOT NULL, \"openId\" varchar(64) NOT NULL, \"state\" varchar(32) NOT NULL, \"text\" text, \"traceId\" varchar(64), \"label\" integer, \"attempts\" integer NOT NULL DEFAULT (0), \"nextAttemptAt\" datetime(3), \"lastError\" varchar(300), \"createdAt\" datetime(3) NOT NULL, \"checkedAt\" datetime(3), CONSTRAINT \"UQ_4fc37fe06c2d32627fabe56c155\" UNIQUE (\"traceId\"), CONSTRAINT \"UQ_content_checks_subject\" UNIQUE (\"subjectType\", \"subjectId\"))");
    await queryRunner.query("CREATE INDEX \"IDX_content_checks_due\" ON \"content_checks\" (\"state\", \"nextAttemptAt\") ");
    await queryRunner.query("DROP INDEX \"IDX_users_role_community\"");
    await queryRunner.query("DROP INDEX \"IDX_0996312a839272736be74c6161\"");
    await queryRunner.query("CREATE TABLE \"temporary_users\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"role\" varchar(32) NOT NULL, \"displayName\" varchar(50) NOT NULL, \"title\" varchar(50) NOT NULL DEFAULT (''), \"username\" varchar(50), \"passwordHash\" varchar(200), \"wechatOpenId\" varchar(64), \"phoneEncrypted\" varchar(255), \"communityId\" integer, \"gridId\" integer, \"departmentId\" integer, \"active\" boolean NOT NULL DEFAULT (1), \"createdAt\" datetime(3) NOT NULL, \"failedLogins\" integer NOT NULL DEFAULT (0), \"loginRetryAt\" datetime(3), \"lockedAt\" datetime(3), \"noticeOpenId\" varchar(64), CONSTRAINT \"UQ_fe0bb3f6520ee0469504521e710\" UNIQUE (\"username\"), CONSTRAINT \"UQ_ad7b25d304f187d8518942b1da1\" UNIQUE (\"wechatOpenId\"), CONSTRAINT \"FK_0996312a839272736be74c6161e\" FOREIGN KEY (\"communityId\") REFERENCES \"communities\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_34ab5ea66ed0e24ae510781e1b9\" FOREIGN KEY (\"gridId\") REFERENCES \"grids\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_554d853741f2083faaa5794d2ae\" FOREIGN KEY (\"departmentId\") REFERENCES \"departments\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_users\"(\"id\", \"role\", \"displayName\", \"title\", \"username\", \"passwordHash\", \"wechatOpenId\", \"phoneEncrypted\", \"communityId\", \"gridId\", \"departmentId\", \"active\", \"createdAt\", \"failedLogins\", \"loginRetryAt\", \"lockedAt\") SELECT \"id\", \"role\", \"displayName\", \"title\", \"username\", \"passwordHash\", \"wechatOpenId\", \"phoneEncrypted\", \"communityId\", \"gridId\", \"departmentId\", \"active\", \"createdAt\", \"failedLogins\", \"loginRetryAt\", \"lockedAt\" FROM \"users\"");
    await queryRunner.query("DROP TABLE \"users\"");
    await queryRunner.query("ALTER TABLE \"temporary_users\" RENAME TO \"users\"");
    await queryRunner.query("CREATE INDEX \"IDX_users_role_community\" ON \"users\" (\"role\", \"communityId\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_0996312a839272736be74c6161\" ON \"users\" (\"communityId\") ");
    await queryRunner.query("DROP INDEX \"IDX_beb2ffd5b00778443f934f063f\"");
    await queryRunner.query("DROP INDEX \"IDX_552baf644946e7551730c7f20b\"");
    await queryRunner.query("CREATE TABLE \"temporary_attachments\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"ownerId\" integer NOT NULL, \"appealId\" integer, \"eventId\" integer, \"storageKey\" varchar(200) NOT NULL, \"mimeType\" varchar(50) NOT NULL, \"size\" integer NOT NULL, \"createdAt\" datetime(3) NOT NULL, \"contentCheck\" varchar(32), CONSTRAINT \"FK_beb2ffd5b00778443f934f063fc\" FOREIGN KEY (\"appealId\") REFERENCES \"appeals\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_552baf644946e7551730c7f20b4\" FOREIGN KEY (\"ownerId\") REFERENCES \"users\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_attachments\"(\"id\", \"ownerId\", \"appealId\", \"eventId\", \"storageKey\", \"mimeType\", \"size\", \"createdAt\") SELECT \"id\", \"ownerId\", \"appealId\", \"eventId\", \"storageKey\", \"mimeType\", \"size\", \"createdAt\" FROM \"attachments\"");
    await queryRunner.query("DROP TABLE \"attachments\"");
    await queryRunner.query("ALTER TABLE \"temporary_attachments\" RENAME TO \"attachments\"");
    await queryRunner.query("CREATE INDEX \"IDX_beb2ffd5b00778443f934f063f\" ON \"attachments\" (\"appealId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_552baf644946e7551730c7f20b\" ON \"attachments\" (\"ownerId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_552baf644946e7551730c7f20b\"");
    await queryRunner.query("DROP INDEX \"IDX_beb2ffd5b00778443f934f063f\"");
    await queryRunner.query("ALTER TABLE \"attachments\" RENAME TO \"temporary_attachments\"");
    await queryRunner.query("CREATE TABLE \"attachments\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"ownerId\" integer NOT NULL, \"appealId\" integer, \"eventId\" integer, \"storageKey\" varchar(200) NOT NULL, \"mimeType\" varchar(50) NOT NULL, \"size\" integer NOT NULL, \"createdAt\" datetime(3) NOT NULL, CONSTRAINT \"FK_beb2ffd5b00778443f934f063fc\" FOREIGN KEY (\"appealId\") REFERENCES \"appeals\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_552baf644946e7551730c7f20b4\" FOREIGN KEY (\"ownerId\") REFERENCES \"users\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"attachments\"(\"id\", \"ownerId\", \"appealId\", \"eventId\", \"storageKey\", \"mimeType\", \"size\", \"createdAt\") SELECT \"id\", \"ownerId\", \"appealId\", \"eventId\", \"storageKey\", \"mimeType\", \"size\", \"createdAt\" FROM \"temporary_attachments\"");
    await queryRunner.query("DROP TABLE \"temporary_attachments\"");
    await queryRunner.query("CREATE INDEX \"IDX_552baf644946e7551730c7f20b\" ON \"attachments\" (\"ownerId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_beb2ffd5b00778443f934f063f\" ON \"attachments\" (\"appealId\") ");
    await queryRunner.query("DROP INDEX \"IDX_0996312a839272736be74c6161\"");
    await queryRunner.query("DROP INDEX \"IDX_users_role_community\"");
    await queryRunner.query("ALTER TABLE \"users\" RENAME TO \"temporary_users\"");
    await queryRunner.query("CREATE TABLE \"users\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"role\" varchar(32) NOT NULL, \"displayName\" varchar(50) NOT NULL, \"title\" varchar(50) NOT NULL DEFAULT (''), \"username\" varchar(50), \"passwordHash\" varchar(200), \"wechatOpenId\" varchar(64), \"phoneEncrypted\" varchar(255), \"communityId\" integer, \"gridId\" integer, \"departmentId\" integer, \"active\" boolean NOT NULL DEFAULT (1), \"createdAt\" datetime(3) NOT NULL, \"failedLogins\" integer NOT NULL DEFAULT (0), \"loginRetryAt\" datetime(3), \"lockedAt\" datetime(3), CONSTRAINT \"UQ_fe0bb3f6520ee0469504521e710\" UNIQUE (\"username\"), CONSTRAINT \"UQ_ad7b25d304f187d8518942b1da1\" UNIQUE (\"wechatOpenId\"), CONSTRAINT \"FK_0996312a839272736be74c6161e\" FOREIGN KEY (\"communityId\") REFERENCES \"communities\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_34ab5ea66ed0e24ae510781e1b9\" FOREIGN KEY (\"gridId\") REFERENCES \"grids\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_554d853741f2083faaa5794d2ae\" FOREIGN KEY (\"departmentId\") REFERENCES \"departments\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"users\"(\"id\", \"role\", \"displayName\", \"title\", \"username\", \"passwordHash\", \"wechatOpenId\", \"phoneEncrypted\", \"communityId\", \"gridId\", \"departmentId\", \"active\", \"createdAt\", \"failedLogins\", \"loginRetryAt\", \"lockedAt\") SELECT \"id\", \"role\", \"displayName\", \"title\", \"username\", \"passwordHash\", \"wechatOpenId\", \"phoneEncrypted\", \"communityId\", \"gridId\", \"departmentId\", \"active\", \"createdAt\", \"failedLogins\", \"loginRetryAt\", \"lockedAt\" FROM \"temporary_users\"");
    await queryRunner.query("DROP TABLE \"temporary_users\"");
    await queryRunner.query("CREATE INDEX \"IDX_0996312a839272736be74c6161\" ON \"users\" (\"communityId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_users_role_community\" ON \"users\" (\"role\", \"communityId\", \"id\") ");
    await queryRunner.query("DROP INDEX \"IDX_content_checks_due\"");
    await queryRunner.query("DROP TABLE \"content_checks\"");
  }
}
