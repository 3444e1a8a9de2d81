import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The whistle lists and the pending dispatch orders read a page from an index in their order (docs/architecture.md, "Lists that grow"). */
export class WhistleDispatchLists1796519600000 implements MigrationInterface {
  name = 'WhistleDispatchLists1796519600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `IDX_whistles_community_recent` ON `whistles` (`communityId`, `createdAt`, `id`)");
    await queryRunner.query("CREATE INDEX `IDX_whistles_community_status_recent` ON `whistles` (`communityId`, `status`, `createdAt`, `id`)");
    await queryRunner.query("CREATE INDEX `IDX_whistles_status_recent` ON `whistles` (`status`, `createdAt`, `id`)");
    // Both new community indexes lead with communityId, so its foreign key keeps an index.
    await queryRunner.query("DROP INDEX `IDX_whistles_community` ON `whistles`");
    await queryRunner.query("CREATE INDEX `IDX_dispatch_orders_status_requested` ON `dispatch_orders` (`status`, `requestedAt`, `id`)");
    await queryRunner.query("DROP INDEX `IDX_d0608d82f2483d88089251f546` ON `dispatch_orders`");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `IDX_d0608d82f2483d88089251f546` ON `dispatch_orders` (`status`)");
    await queryRunner.query("DROP INDEX `IDX_dispatch_orders_status_requested` ON `dispatch_orders`");
    await queryRunner.query("CREATE INDEX `IDX_whistles_community` ON `whistles` (`communityId`, `status`)");
    await queryRunner.query("DROP INDEX `IDX_whistles_status_recent` ON `whistles`");
    await queryRunner.query("DROP INDEX `IDX_whistles_community_status_recent` ON `whistles`");
    await queryRunner.query("DROP INDEX `IDX_whistles_community_recent` ON `whistles`");
  }
}
