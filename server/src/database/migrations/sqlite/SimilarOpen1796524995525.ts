import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SimilarOpen1796524995525 implements MigrationInterface {
  name = 'SimilarOpen1796524995525';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"IDX_appeals_building_open\" ON \"appeals\" (\"buildingId\", \"category\", \"isOpen\", \"receivedAt\", \"id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_appeals_building_open\"");
  }
}
