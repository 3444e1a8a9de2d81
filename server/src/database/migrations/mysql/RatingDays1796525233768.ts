import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RatingDays1796525233768 implements MigrationInterface {
  name = 'RatingDays1796525233768';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `rating_days` (`day` datetime(3) NOT NULL, `departmentId` int NOT NULL, `rated` int NOT NULL DEFAULT '0', `satisfied` int NOT NULL DEFAULT '0', PRIMARY KEY (`day`, `departmentId`)) ENGINE=InnoDB");
    // Backfill (derived data, evaluation/rating-days.ts): each dispatch assignment meets its appeal's ratings
    // given since the dispatch (one order an appeal), grouped by the rating's Beijing day and the department.
    await queryRunner.query(
      [
        "INSERT INTO `rating_days` (`day`, `departmentId`, `rated`, `satisfied`)",
        "SELECT (TIMESTAMP(DATE(r.`at` + INTERVAL 8 HOUR)) - INTERVAL 8 HOUR), s.`departmentId`, COUNT(*), SUM(CASE WHEN r.`satisfaction` IN ('satisfied', 'basicallySatisfied') THEN 1 ELSE 0 END)",
        "FROM `dispatch_assignments` s",
        "JOIN `dispatch_orders` o ON o.`id` = s.`orderId`",
        "JOIN `appeal_ratings` r ON r.`appealId` = s.`appealId` AND o.`dispatchedAt` <= r.`at`",
        "GROUP BY (TIMESTAMP(DATE(r.`at` + INTERVAL 8 HOUR)) - INTERVAL 8 HOUR), s.`departmentId`",
      ].join(' '),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `rating_days`");
  }
}
