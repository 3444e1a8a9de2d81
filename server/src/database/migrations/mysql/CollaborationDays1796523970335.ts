import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CollaborationDays1796523970335 implements MigrationInterface {
  name = 'CollaborationDays1796523970335';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `collaboration_days` (`communityId` int NOT NULL, `day` datetime(3) NOT NULL, `departmentId` int NOT NULL, `whistles` int NOT NULL DEFAULT '0', `dispatched` int NOT NULL DEFAULT '0', PRIMARY KEY (`communityId`, `day`, `departmentId`)) ENGINE=InnoDB");
    // Backfill (derived data, evaluation/collaboration-days.ts): one grouped pass over the whistle targets
    // and the dispatch assignments, each joined by primary key; a Beijing day starts at 16:00 UTC.
    await queryRunner.query(
      [
        "INSERT INTO `collaboration_days` (`communityId`, `day`, `departmentId`, `whistles`, `dispatched`)",
        "SELECT c, d, dep, SUM(nw), SUM(nd) FROM (",
        "SELECT wh.`communityId` AS c, (TIMESTAMP(DATE(wh.`createdAt` + INTERVAL 8 HOUR)) - INTERVAL 8 HOUR) AS d, t.`departmentId` AS dep, COUNT(*) AS nw, 0 AS nd",
        "FROM `whistle_targets` t JOIN `whistles` wh ON wh.`id` = t.`whistleId`",
        "GROUP BY wh.`communityId`, (TIMESTAMP(DATE(wh.`createdAt` + INTERVAL 8 HOUR)) - INTERVAL 8 HOUR), t.`departmentId`",
        "UNION ALL",
        "SELECT a.`communityId`, (TIMESTAMP(DATE(o.`dispatchedAt` + INTERVAL 8 HOUR)) - INTERVAL 8 HOUR), s.`departmentId`, 0, COUNT(*)",
        "FROM `dispatch_assignments` s",
        "JOIN `dispatch_orders` o ON o.`id` = s.`orderId`",
        "JOIN `appeals` a ON a.`id` = s.`appealId`",
        "WHERE o.`dispatchedAt` IS NOT NULL",
        "GROUP BY a.`communityId`, (TIMESTAMP(DATE(o.`dispatchedAt` + INTERVAL 8 HOUR)) - INTERVAL 8 HOUR), s.`departmentId`",
        ") x GROUP BY c, d, dep",
      ].join(' '),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `collaboration_days`");
  }
}
