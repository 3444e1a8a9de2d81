import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RatingSources1796500523508 implements MigrationInterface {
  name = 'RatingSources1796500523508';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `appeal_ratings` ADD `source` varchar(32) NOT NULL DEFAULT 'resident'");
    await queryRunner.query("ALTER TABLE `appeal_ratings` ADD `recordedById` int NULL");
    await queryRunner.query("ALTER TABLE `appeal_ratings` DROP FOREIGN KEY `FK_29650cac6e2c996e778b6e1d203`");
    await queryRunner.query("ALTER TABLE `appeal_ratings` CHANGE `raterId` `raterId` int NULL");
    await queryRunner.query("ALTER TABLE `appeal_ratings` ADD CONSTRAINT `FK_29650cac6e2c996e778b6e1d203` FOREIGN KEY (`raterId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `appeal_ratings` ADD CONSTRAINT `FK_63b1c67388ec4a4ad6bfdaaab9e` FOREIGN KEY (`recordedById`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `appeal_ratings` DROP FOREIGN KEY `FK_63b1c67388ec4a4ad6bfdaaab9e`");
    await queryRunner.query("ALTER TABLE `appeal_ratings` DROP FOREIGN KEY `FK_29650cac6e2c996e778b6e1d203`");
    await queryRunner.query("ALTER TABLE `appeal_ratings` CHANGE `raterId` `raterId` int NOT NULL");
    await queryRunner.query("ALTER TABLE `appeal_ratings` ADD CONSTRAINT `FK_29650cac6e2c996e778b6e1d203` FOREIGN KEY (`raterId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `appeal_ratings` DROP COLUMN `recordedById`");
    await queryRunner.query("ALTER TABLE `appeal_ratings` DROP COLUMN `source`");
  }
}
