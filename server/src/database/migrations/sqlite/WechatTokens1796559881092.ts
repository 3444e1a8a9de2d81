import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WechatTokens1796559881092 implements MigrationInterface {
  name = 'WechatTokens1796559881092';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"wechat_tokens\" (\"appId\" varchar(64) PRIMARY KEY NOT NULL, \"token\" varchar(1024) NOT NULL, \"expiresAt\" datetime(3) NOT NULL)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"wechat_tokens\"");
  }
}
