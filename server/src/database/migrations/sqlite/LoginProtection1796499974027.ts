import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LoginProtection1796499974027 implements MigrationInterface {
  name = 'LoginProtection1796499974027';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"rate_limit_counters\" (\"key\" varchar(100) PRIMARY KEY NOT NULL, \"hits\" integer NOT NULL, \"windowEndsAt\" datetime(3) NOT NULL, \"blockedUntil\" datetime(3))");
    await queryRunner.query("DROP INDEX \"IDX_0996312a839272736be74c6161\"");
    await queryRunner.query("DROP INDEX \"IDX_ace513fa30d485cfd25c11a9e4\"");
    await queryRunner.query("CREATE TABLE \"temporary_users\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"role\" varchar(32) NOT NULL, \"displayName\" varchar(50) NOT NULL, \"title\" varchar(50) NOT NULL DEFAULT (''), \"username\" varchar(50), \"passwordHash\" varchar(200), \"wechatOpenId\" varchar(64), \"phoneEncrypted\" varchar(255), \"communityId\" integer, \"gridId\" integer, \"departmentId\" integer, \"active\" boolean NOT NULL DEFAULT (1), \"createdAt\" datetime(3) NOT NULL, \"failedLogins\" integer NOT NULL DEFAULT (0), \"loginRetryAt\" datetime(3), \"lockedAt\" datetime(3), CONSTRAINT \"UQ_ad7b25d304f187d8518942b1da1\" UNIQUE (\"wechatOpenId\"), CONSTRAINT \"UQ_fe0bb3f6520ee0469504521e710\" UNIQUE (\"username\"), CONSTRAINT \"FK_554d853741f2083faaa5794d2ae\" FOREIGN KEY (\"departmentId\") REFERENCES \"departments\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_34ab5ea66ed0e24ae510781e1b9\" FOREIGN KEY (\"gridId\") REFERENCES \"grids\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_0996312a839272736be74c6161e\" FOREIGN KEY (\"communityId\") REFERENCES \"communities\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_users\"(\"id\", \"role\", \"displayName\", \"title\", \"username\", \"passwordHash\", \"wechatOpenId\", \"phoneEncrypted\", \"communityId\", \"gridId\", \"departmentId\", \"active\", \"createdAt\") SELECT \"id\", \"role\", \"displayName\", \"title\", \"username\", \"passwordHash\", \"wechatOpenId\", \"phoneEncrypted\", \"communityId\", \"gridId\", \"departmentId\", \"active\", \"createdAt\" FROM \"users\"");
    await queryRunner.query("DROP TABLE \"users\"");
    await queryRunner.query("ALTER TABLE \"temporary_users\" RENAME TO \"users\"");
    await queryRunner.query("CREATE INDEX \"IDX_0996312a839272736be74c6161\" ON \"users\" (\"communityId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_ace513fa30d485cfd25c11a9e4\" ON \"users\" (\"role\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_ace513fa30d485cfd25c11a9e4\"");
    await queryRunner.query("DROP INDEX \"IDX_0996312a839272736be74c6161\"");
    await queryRunner.query("ALTER TABLE \"users\" RENAME TO \"temporary_users\"");
    await queryRunner.query("CREATE TABLE \"users\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"role\" varchar(32) NOT NULL, \"displayName\" varchar(50) NOT NULL, \"title\" varchar(50) NOT NULL DEFAULT (''), \"username\" varchar(50), \"passwordHash\" varchar(200), \"wechatOpenId\" varchar(64), \"phoneEncrypted\" varchar(255), \"communityId\" integer, \"gridId\" integer, \"departmentId\" integer, \"active\" boolean NOT NULL DEFAULT (1), \"createdAt\" datetime(3) NOT NULL, CONSTRAINT \"UQ_ad7b25d304f187d8518942b1da1\" UNIQUE (\"wechatOpenId\"), CONSTRAINT \"UQ_fe0bb3f6520ee0469504521e710\" UNIQUE (\"username\"), CONSTRAINT \"FK_554d853741f2083faaa5794d2ae\" FOREIGN KEY (\"departmentId\") REFERENCES \"departments\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_34ab5ea66ed0e24ae510781e1b9\" FOREIGN KEY (\"gridId\") REFERENCES \"grids\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_0996312a839272736be74c6161e\" FOREIGN KEY (\"communityId\") REFERENCES \"communities\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"users\"(\"id\", \"role\", \"displayName\", \"title\", \"username\", \"passwordHash\", \"wechatOpenId\", \"phoneEncrypted\", \"communityId\", \"gridId\", \"departmentId\", \"active\", \"createdAt\") SELECT \"id\", \"role\", \"displayName\", \"title\", \"username\", \"passwordHash\", \"wechatOpenId\", \"phoneEncrypted\", \"communityId\", \"gridId\", \"departmentId\", \"active\", \"createdAt\" FROM \"temporary_users\"");
    await queryRunner.query("DROP TABLE \"temporary_users\"");
    await queryRunner.query("CREATE INDEX \"IDX_ace513fa30d485cfd25c11a9e4\" ON \"users\" (\"role\") ");
    await queryRunner.query("CREATE INDEX \"IDX_0996312a839272736be74c6161\" ON \"users\" (\"communityId\") ");
    await queryRunner.query("DROP TABLE \"rate_limit_counters\"");
  }
}
