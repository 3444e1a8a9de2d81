import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LiaisonListsIndexOnly1796538785235 implements MigrationInterface {
  name = 'LiaisonListsIndexOnly1796538785235';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_appeals_filer_recent\"");
    await queryRunner.query("DROP INDEX \"IDX_appeals_liaison_recent\"");
    await queryRunner.query("CREATE INDEX \"IDX_appeals_liaison_recent\" ON \"appeals\" (\"assignedLiaisonId\", \"isOpen\", \"receivedAt\", \"id\", \"filedById\") ");
    await queryRunner.query("CREATE INDEX \"IDX_appeals_filer_recent\" ON \"appeals\" (\"filedById\", \"isOpen\", \"receivedAt\", \"id\", \"assignedLiaisonId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_appeals_filer_recent\"");
    await queryRunner.query("DROP INDEX \"IDX_appeals_liaison_recent\"");
    await queryRunner.query("CREATE INDEX \"IDX_appeals_liaison_recent\" ON \"appeals\" (\"assignedLiaisonId\", \"isOpen\", \"receivedAt\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_appeals_filer_recent\" ON \"appeals\" (\"filedById\", \"isOpen\", \"receivedAt\", \"id\") ");
  }
}
