import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 12345 work orders on the appeal (工单编号, unique in the street; the city's dispatch time and deadline), and
 * the Open311 clients (docs/integration.md) with the appeals they filed.
 */
export class WorkOrdersAndOpen311Clients1796581334599 implements MigrationInterface {
  name = 'WorkOrdersAndOpen311Clients1796581334599';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `open311_clients` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(100) NOT NULL, `keyHash` varchar(64) NOT NULL, `keyPrefix` varchar(12) NOT NULL, `communityIds` text NOT NULL, `canWrite` tinyint NOT NULL DEFAULT 0, `createdById` int NOT NULL, `createdAt` datetime(3) NOT NULL, `revokedAt` datetime(3) NULL, `lastUsedAt` datetime(3) NULL, UNIQUE INDEX `UQ_open311_clients_key` (`keyHash`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `appeals` ADD `workOrderNo` varchar(40) NULL");
    await queryRunner.query("ALTER TABLE `appeals` ADD `cityDispatchedAt` datetime(3) NULL");
    await queryRunner.query("ALTER TABLE `appeals` ADD `cityDueAt` datetime(3) NULL");
    await queryRunner.query("ALTER TABLE `appeals` ADD `open311ClientId` int NULL");
    await queryRunner.query("CREATE UNIQUE INDEX `UQ_appeals_work_order` ON `appeals` (`workOrderNo`)");
    await queryRunner.query("ALTER TABLE `open311_clients` ADD CONSTRAINT `FK_c7a35d5492d25396a77b3e2ff74` FOREIGN KEY (`createdById`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `open311_clients` DROP FOREIGN KEY `FK_c7a35d5492d25396a77b3e2ff74`");
    await queryRunner.query("DROP INDEX `UQ_appeals_work_order` ON `appeals`");
    await queryRunner.query("ALTER TABLE `appeals` DROP COLUMN `open311ClientId`");
    await queryRunner.query("ALTER TABLE `appeals` DROP COLUMN `cityDueAt`");
    await queryRunner.query("ALTER TABLE `appeals` DROP COLUMN `cityDispatchedAt`");
    await queryRunner.query("ALTER TABLE `appeals` DROP COLUMN `workOrderNo`");
    await queryRunner.query("DROP INDEX `UQ_open311_clients_key` ON `open311_clients`");
    await queryRunner.query("DROP TABLE `open311_clients`");
  }
}
