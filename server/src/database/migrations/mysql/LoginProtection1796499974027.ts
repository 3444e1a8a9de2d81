import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LoginProtection1796499974027 implements MigrationInterface {
  name = 'LoginProtection1796499974027';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `rate_limit_counters` (`key` varchar(100) NOT NULL, `hits` int NOT NULL, `windowEndsAt` datetime(3) NOT NULL, `blockedUntil` datetime(3) NULL, PRIMARY KEY (`key`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `users` ADD `failedLogins` int NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `users` ADD `loginRetryAt` datetime(3) NULL");
    await queryRunner.query("ALTER TABLE `users` ADD `lockedAt` datetime(3) NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `users` DROP COLUMN `lockedAt`");
    await queryRunner.query("ALTER TABLE `users` DROP COLUMN `loginRetryAt`");
    await queryRunner.query("ALTER TABLE `users` DROP COLUMN `failedLogins`");
    await queryRunner.query("DROP TABLE `rate_limit_counters`");
  }
}
