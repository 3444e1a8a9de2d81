import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CollaborationDays1796523970335 implements MigrationInterface {
  name = 'CollaborationDays1796523970335';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"collaboration_days\" (\"communityId\" integer NOT NULL, \"day\" datetime(3) NOT NULL, \"departmentId\" integer NOT NULL, \"whistles\" integer NOT NULL DEFAULT (0), \"dispatched\" integer NOT NULL DEFAULT (0), PRIMARY KEY (\"communityId\", \"day\", \"departmentId\"))");
    // Backfill (derived data, evaluation/collaboration-days.ts): one grouped pass over the whistle targets
    // and the dispatch assignments, each joined by primary key; a Beijing day starts at 16:00 UTC.
    await queryRunner.query(
      [
        "INSERT INTO \"collaboration_days\" (\"communityId\", \"day\", \"departmentId\", \"whistles\", \"dispatched\")",
        "SELECT c, d, dep, SUM(nw), SUM(nd) FROM (",
        "SELECT wh.\"communityId\" AS c, strftime('%Y-%m-%d %H:%M:%f', date(wh.\"createdAt\", '+8 hours'), '-8 hours') AS d, t.\"departmentId\" AS dep, COUNT(*) AS nw, 0 AS nd",
        "FROM \"whistle_targets\" t JOIN \"whistles\" wh ON wh.\"id\" = t.\"whistleId\"",
        "GROUP BY wh.\"communityId\", strftime('%Y-%m-%d %H:%M:%f', date(wh.\"createdAt\", '+8 hours'), '-8 hours'), t.\"departmentId\"",
        "UNION ALL",
        "SELECT a.\"communityId\", strftime('%Y-%m-%d %H:%M:%f', date(o.\"dispatchedAt\", '+8 hours'), '-8 hours'), s.\"departmentId\", 0, COUNT(*)",
        "FROM \"dispatch_assignments\" s",
        "JOIN \"dispatch_orders\" o ON o.\"id\" = s.\"orderId\"",
        "JOIN \"appeals\" a ON a.\"id\" = s.\"appealId\"",
        "WHERE o.\"dispatchedAt\" IS NOT NULL",
        "GROUP BY a.\"communityId\", strftime('%Y-%m-%d %H:%M:%f', date(o.\"dispatchedAt\", '+8 hours'), '-8 hours'), s.\"departmentId\"",
        ") x GROUP BY c, d, dep",
      ].join(' '),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"collaboration_days\"");
  }
}
