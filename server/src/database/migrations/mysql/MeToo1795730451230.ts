import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MeToo1795730451230 implements MigrationInterface {
  name = 'MeToo1795730451230';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `appeal_supporters` (`id` int NOT NULL AUTO_INCREMENT, `appealId` int NOT NULL, `userId` int NOT NULL, `createdAt` datetime(3) NOT NULL, INDEX `IDX_c47a4b9b1ebf806e826233eafa` (`userId`), UNIQUE INDEX `UQ_appeal_supporters_once` (`appealId`, `userId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `appeals` ADD `supporters` int NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `appeal_supporters` ADD CONSTRAINT `FK_50ace5e30021746f4f0297c4fd7` FOREIGN KEY (`appealId`) REFERENCES `appeals`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `appeal_supporters` ADD CONSTRAINT `FK_c47a4b9b1ebf806e826233eafa9` FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `appeal_supporters` DROP FOREIGN KEY `FK_c47a4b9b1ebf806e826233eafa9`");
    await queryRunner.query("ALTER TABLE `appeal_supporters` DROP FOREIGN KEY `FK_50ace5e30021746f4f0297c4fd7`");
    await queryRunner.query("ALTER TABLE `appeals` DROP COLUMN `supporters`");
    await queryRunner.query("DROP INDEX `UQ_appeal_supporters_once` ON `appeal_supporters`");
    await queryRunner.query("DROP INDEX `IDX_c47a4b9b1ebf806e826233eafa` ON `appeal_supporters`");
    await queryRunner.query("DROP TABLE `appeal_supporters`");
  }
}
