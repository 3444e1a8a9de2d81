import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LevelQueue1796525853413 implements MigrationInterface {
  name = 'LevelQueue1796525853413';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `IDX_appeals_level_open_due` ON `appeals` (`level`, `isOpen`, `dueAt`, `id`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_appeals_level_open_due` ON `appeals`");
  }
}
