import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The report-ins still running, which the department ranking reads live, by their own index (evaluation/outcome-days.ts). */
export class RunningReportIns1796537405625 implements MigrationInterface {
  name = 'RunningReportIns1796537405625';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `IDX_whistle_targets_running` ON `whistle_targets` (`whistleStatus`, `reportedInAt`, `reportInMissedAt`, `whistleCreatedAt`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_whistle_targets_running` ON `whistle_targets`");
  }
}
