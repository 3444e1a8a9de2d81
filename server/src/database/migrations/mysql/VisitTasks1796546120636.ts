import type { MigrationInterface, QueryRunner } from 'typeorm';

export class VisitTasks1796546120636 implements MigrationInterface {
  name = 'VisitTasks1796546120636';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `visit_tasks` (`id` int NOT NULL AUTO_INCREMENT, `communityId` int NOT NULL, `buildingId` int NOT NULL, `category` varchar(32) NOT NULL, `reason` varchar(300) NOT NULL, `liaisonId` int NULL, `status` varchar(32) NOT NULL, `openSlot` int NULL, `createdById` int NOT NULL, `createdAt` datetime(3) NOT NULL, `doneById` int NULL, `doneAt` datetime(3) NULL, `doneNote` text NULL, INDEX `IDX_visit_tasks_community` (`communityId`, `status`, `createdAt`, `id`), UNIQUE INDEX `UQ_visit_tasks_open` (`buildingId`, `category`, `openSlot`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `visit_tasks` ADD CONSTRAINT `FK_c561b781735ab01bb0afdb764a4` FOREIGN KEY (`communityId`) REFERENCES `communities`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `visit_tasks` ADD CONSTRAINT `FK_0af5e0fd9c5f98926fbb87729b1` FOREIGN KEY (`buildingId`) REFERENCES `buildings`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `visit_tasks` ADD CONSTRAINT `FK_82e5ab98e213dd4d96c4c7c6629` FOREIGN KEY (`liaisonId`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `visit_tasks` ADD CONSTRAINT `FK_7b034ddfa9e99cc91ecd03bcb12` FOREIGN KEY (`createdById`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `visit_tasks` ADD CONSTRAINT `FK_555721704036d58acc1bc525b5b` FOREIGN KEY (`doneById`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `visit_tasks` DROP FOREIGN KEY `FK_555721704036d58acc1bc525b5b`");
    await queryRunner.query("ALTER TABLE `visit_tasks` DROP FOREIGN KEY `FK_7b034ddfa9e99cc91ecd03bcb12`");
    await queryRunner.query("ALTER TABLE `visit_tasks` DROP FOREIGN KEY `FK_82e5ab98e213dd4d96c4c7c6629`");
    await queryRunner.query("ALTER TABLE `visit_tasks` DROP FOREIGN KEY `FK_0af5e0fd9c5f98926fbb87729b1`");
    await queryRunner.query("ALTER TABLE `visit_tasks` DROP FOREIGN KEY `FK_c561b781735ab01bb0afdb764a4`");
    await queryRunner.query("DROP INDEX `UQ_visit_tasks_open` ON `visit_tasks`");
    await queryRunner.query("DROP INDEX `IDX_visit_tasks_community` ON `visit_tasks`");
    await queryRunner.query("DROP TABLE `visit_tasks`");
  }
}
