import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The pending dispatch orders overdue first, then by deadline, from their own indexes (docs/architecture.md, "Lists that grow"). */
export class PendingOrdersByDue1796544493899 implements MigrationInterface {
  name = 'PendingOrdersByDue1796544493899';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The orders' copies of their appeal's deadline and whether it was met (as rebuildDispatchOrderKeys does), then required.
    await queryRunner.query("ALTER TABLE `dispatch_orders` ADD `appealDueAt` datetime(3) NULL");
    await queryRunner.query("ALTER TABLE `dispatch_orders` ADD `appealResponded` tinyint NOT NULL DEFAULT 0");
    await queryRunner.query(
      "UPDATE `dispatch_orders` o JOIN `appeals` a ON a.`id` = o.`appealId` SET o.`appealDueAt` = a.`dueAt`, o.`appealResponded` = (a.`respondedAt` IS NOT NULL)",
    );
    await queryRunner.query("ALTER TABLE `dispatch_orders` MODIFY `appealDueAt` datetime(3) NOT NULL");
    await queryRunner.query("CREATE INDEX `IDX_dispatch_orders_status_due` ON `dispatch_orders` (`status`, `appealDueAt`, `id`)");
    await queryRunner.query("CREATE INDEX `IDX_dispatch_orders_status_responded_due` ON `dispatch_orders` (`status`, `appealResponded`, `appealDueAt`, `id`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_dispatch_orders_status_responded_due` ON `dispatch_orders`");
    await queryRunner.query("DROP INDEX `IDX_dispatch_orders_status_due` ON `dispatch_orders`");
    await queryRunner.query("ALTER TABLE `dispatch_orders` DROP COLUMN `appealResponded`");
    await queryRunner.query("ALTER TABLE `dispatch_orders` DROP COLUMN `appealDueAt`");
  }
}
