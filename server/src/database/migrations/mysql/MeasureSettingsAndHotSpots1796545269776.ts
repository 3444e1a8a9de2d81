import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MeasureSettingsAndHotSpots1796545269776 implements MigrationInterface {
  name = 'MeasureSettingsAndHotSpots1796545269776';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One statement: the index is rebuilt in place, and the lists that read it never find it missing.
    await queryRunner.query(
      "ALTER TABLE `appeals` DROP INDEX `IDX_appeals_community_recent`, ADD INDEX `IDX_appeals_community_recent` (`communityId`, `receivedAt`, `id`, `buildingId`, `category`, `status`)",
    );
    await queryRunner.query("CREATE TABLE `measure_settings` (`id` int NOT NULL, `basicallySatisfiedWeight` double NOT NULL, `responseWeight` double NOT NULL, `resolutionWeight` double NOT NULL, `satisfactionWeight` double NOT NULL, `updatedById` int NOT NULL, `updatedAt` datetime(3) NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `measure_settings`");
    await queryRunner.query(
      "ALTER TABLE `appeals` DROP INDEX `IDX_appeals_community_recent`, ADD INDEX `IDX_appeals_community_recent` (`communityId`, `receivedAt`, `id`)",
    );
  }
}
