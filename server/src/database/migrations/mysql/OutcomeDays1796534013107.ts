import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The settled outcomes rollup for the department ranking (evaluation/outcome-days.ts), the copies a
 * dispatched part and a whistled part keep of their order's time, their appeal's end and their whistle's
 * status and time, and a department's whistle list read from its own parts (docs/architecture.md).
 */
export class OutcomeDays1796534013107 implements MigrationInterface {
  name = 'OutcomeDays1796534013107';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `outcome_days` (`day` datetime(3) NOT NULL, `departmentId` int NOT NULL, `reportIns` int NOT NULL DEFAULT '0', `reportInsOnTime` int NOT NULL DEFAULT '0', `dispatched` int NOT NULL DEFAULT '0', `dispatchedOnTime` int NOT NULL DEFAULT '0', PRIMARY KEY (`day`, `departmentId`)) ENGINE=InnoDB",
    );
    await queryRunner.query('ALTER TABLE `dispatch_assignments` ADD `dispatchedAt` datetime(3) NOT NULL, ADD `appealEndedAt` datetime(3) NULL');
    await queryRunner.query('ALTER TABLE `whistle_targets` ADD `whistleStatus` varchar(32) NOT NULL, ADD `whistleCreatedAt` datetime(3) NOT NULL');
    // Backfill the copies: an appeal's closedAt is set exactly when it ends (withdrawn, rejected, closed).
    await queryRunner.query(
      'UPDATE `dispatch_assignments` s JOIN `dispatch_orders` o ON o.`id` = s.`orderId` JOIN `appeals` a ON a.`id` = s.`appealId` SET s.`dispatchedAt` = o.`dispatchedAt`, s.`appealEndedAt` = a.`closedAt`',
    );
    await queryRunner.query(
      'UPDATE `whistle_targets` t JOIN `whistles` w ON w.`id` = t.`whistleId` SET t.`whistleStatus` = w.`status`, t.`whistleCreatedAt` = w.`createdAt`',
    );
    await queryRunner.query('CREATE INDEX `IDX_dispatch_assignments_dispatched` ON `dispatch_assignments` (`dispatchedAt`)');
    await queryRunner.query('CREATE INDEX `IDX_dispatch_assignments_running` ON `dispatch_assignments` (`appealEndedAt`, `dispatchedAt`)');
    await queryRunner.query(
      'CREATE INDEX `IDX_whistle_targets_department_status_recent` ON `whistle_targets` (`departmentId`, `whistleStatus`, `whistleCreatedAt`, `whistleId`)',
    );
    await queryRunner.query('CREATE INDEX `IDX_whistle_targets_department_recent` ON `whistle_targets` (`departmentId`, `whistleCreatedAt`, `whistleId`)');
    // After its replacement, which also leads with departmentId and so keeps the foreign key's index.
    await queryRunner.query('DROP INDEX `IDX_whistle_targets_department` ON `whistle_targets`');
    // Backfill (derived data, evaluation/outcome-days.ts): the settled report-ins and dispatched parts by day.
    await queryRunner.query(
      [
        'INSERT INTO `outcome_days` (`day`, `departmentId`, `reportIns`, `reportInsOnTime`, `dispatched`, `dispatchedOnTime`)',
        'SELECT d, dep, SUM(ri), SUM(rio), SUM(di), SUM(dio) FROM (',
        'SELECT (TIMESTAMP(DATE(w.`createdAt` + INTERVAL 8 HOUR)) - INTERVAL 8 HOUR) AS d, t.`departmentId` AS dep, COUNT(*) AS ri,',
        'SUM(CASE WHEN t.`reportInMissedAt` IS NULL AND t.`reportedInAt` <= w.`reportInDueAt` THEN 1 ELSE 0 END) AS rio, 0 AS di, 0 AS dio',
        'FROM `whistle_targets` t JOIN `whistles` w ON w.`id` = t.`whistleId`',
        "WHERE t.`reportInMissedAt` IS NOT NULL OR t.`reportedInAt` IS NOT NULL OR (w.`status` = 'cancelled' AND w.`closedAt` > w.`reportInDueAt`)",
        'GROUP BY (TIMESTAMP(DATE(w.`createdAt` + INTERVAL 8 HOUR)) - INTERVAL 8 HOUR), t.`departmentId`',
        'UNION ALL',
        'SELECT (TIMESTAMP(DATE(s.`dispatchedAt` + INTERVAL 8 HOUR)) - INTERVAL 8 HOUR), s.`departmentId`, 0, 0, COUNT(*), SUM(CASE WHEN s.`completedAt` <= a.`dueAt` THEN 1 ELSE 0 END)',
        'FROM `dispatch_assignments` s JOIN `appeals` a ON a.`id` = s.`appealId`',
        'WHERE s.`appealEndedAt` IS NOT NULL AND (s.`completedAt` IS NOT NULL OR s.`appealEndedAt` > a.`dueAt`)',
        'GROUP BY (TIMESTAMP(DATE(s.`dispatchedAt` + INTERVAL 8 HOUR)) - INTERVAL 8 HOUR), s.`departmentId`',
        ') x GROUP BY d, dep',
      ].join(' '),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX `IDX_whistle_targets_department` ON `whistle_targets` (`departmentId`, `status`)');
    await queryRunner.query('DROP INDEX `IDX_whistle_targets_department_recent` ON `whistle_targets`');
    await queryRunner.query('DROP INDEX `IDX_whistle_targets_department_status_recent` ON `whistle_targets`');
    await queryRunner.query('DROP INDEX `IDX_dispatch_assignments_running` ON `dispatch_assignments`');
    await queryRunner.query('DROP INDEX `IDX_dispatch_assignments_dispatched` ON `dispatch_assignments`');
    await queryRunner.query('ALTER TABLE `whistle_targets` DROP COLUMN `whistleCreatedAt`, DROP COLUMN `whistleStatus`');
    await queryRunner.query('ALTER TABLE `dispatch_assignments` DROP COLUMN `appealEndedAt`, DROP COLUMN `dispatchedAt`');
    await queryRunner.query('DROP TABLE `outcome_days`');
  }
}
