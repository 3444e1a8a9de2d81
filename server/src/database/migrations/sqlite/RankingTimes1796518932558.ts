import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RankingTimes1796518932558 implements MigrationInterface {
  name = 'RankingTimes1796518932558';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"IDX_appeal_ratings_at\" ON \"appeal_ratings\" (\"at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_dispatch_orders_dispatched\" ON \"dispatch_orders\" (\"dispatchedAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_whistles_created\" ON \"whistles\" (\"createdAt\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_whistles_created\"");
    await queryRunner.query("DROP INDEX \"IDX_dispatch_orders_dispatched\"");
    await queryRunner.query("DROP INDEX \"IDX_appeal_ratings_at\"");
  }
}
