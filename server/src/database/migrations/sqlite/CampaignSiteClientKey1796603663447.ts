import type { MigrationInterface, QueryRunner } from 'typeorm';

/** See the MySQL migration of the same name; the column is added in place (no rebuild of a table others refer to). */
export class CampaignSiteClientKey1796603663447 implements MigrationInterface {
  name = 'CampaignSiteClientKey1796603663447';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"campaign_sites\" ADD COLUMN \"clientKey\" varchar(64)");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_campaign_sites_client_key\" ON \"campaign_sites\" (\"campaignId\", \"clientKey\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"UQ_campaign_sites_client_key\"");
    await queryRunner.query("ALTER TABLE \"campaign_sites\" DROP COLUMN \"clientKey\"");
  }
}
