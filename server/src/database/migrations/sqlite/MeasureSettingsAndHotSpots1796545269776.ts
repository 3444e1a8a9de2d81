import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MeasureSettingsAndHotSpots1796545269776 implements MigrationInterface {
  name = 'MeasureSettingsAndHotSpots1796545269776';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_appeals_community_recent\"");
    await queryRunner.query("CREATE TABLE \"measure_settings\" (\"id\" integer PRIMARY KEY NOT NULL, \"basicallySatisfiedWeight\" double NOT NULL, \"responseWeight\" double NOT NULL, \"resolutionWeight\" double NOT NULL, \"satisfactionWeight\" double NOT NULL, \"updatedById\" integer NOT NULL, \"updatedAt\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_appeals_community_recent\" ON \"appeals\" (\"communityId\", \"receivedAt\", \"id\", \"buildingId\", \"category\", \"status\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_appeals_community_recent\"");
    await queryRunner.query("DROP TABLE \"measure_settings\"");
    await queryRunner.query("CREATE INDEX \"IDX_appeals_community_recent\" ON \"appeals\" (\"communityId\", \"receivedAt\", \"id\") ");
  }
}
