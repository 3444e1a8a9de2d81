import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The deadline alone is not an index: a short page of the grid's open queue walked it through every closed appeal (docs/performance.md). */
export class NoBareDueIndex1796537320573 implements MigrationInterface {
  name = 'NoBareDueIndex1796537320573';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_fd5dea30dcd6e7a9bcd8184ab3` ON `appeals`");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `IDX_fd5dea30dcd6e7a9bcd8184ab3` ON `appeals` (`dueAt`)");
  }
}
