import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The public timeline lines by time, which the Open311 API's status updates read (docs/integration.md). */
export class Open311Updates1796582606163 implements MigrationInterface {
  name = 'Open311Updates1796582606163';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `IDX_appeal_events_public_time` ON `appeal_events` (`visibility`, `at`, `id`, `appealId`, `type`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_appeal_events_public_time` ON `appeal_events`");
  }
}
