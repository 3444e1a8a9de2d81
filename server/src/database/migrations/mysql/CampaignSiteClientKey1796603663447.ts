import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CampaignSiteClientKey1796603663447 implements MigrationInterface {
  name = 'CampaignSiteClientKey1796603663447';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `campaign_sites` ADD `clientKey` varchar(64) NULL");
    await queryRunner.query("CREATE UNIQUE INDEX `UQ_campaign_sites_client_key` ON `campaign_sites` (`campaignId`, `clientKey`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `UQ_campaign_sites_client_key` ON `campaign_sites`");
    await queryRunner.query("ALTER TABLE `campaign_sites` DROP COLUMN `clientKey`");
  }
}
