import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RatingDays1796525233768 implements MigrationInterface {
  name = 'RatingDays1796525233768';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"rating_days\" (\"day\" datetime(3) NOT NULL, \"departmentId\" integer NOT NULL, \"rated\" integer NOT NULL DEFAULT (0), \"satisfied\" integer NOT NULL DEFAULT (0), PRIMARY KEY (\"day\", \"departmentId\"))");
    // Backfill (derived data, evaluation/rating-days.ts): each dispatch assignment meets its appeal's ratings
    // given since the dispatch (one order an appeal), grouped by the rating's Beijing day and the department.
    await queryRunner.query(
      [
        "INSERT INTO \"rating_days\" (\"day\", \"departmentId\", \"rated\", \"satisfied\")",
        "SELECT strftime('%Y-%m-%d %H:%M:%f', date(r.\"at\", '+8 hours'), '-8 hours'), s.\"departmentId\", COUNT(*), SUM(CASE WHEN r.\"satisfaction\" IN ('satisfied', 'basicallySatisfied') THEN 1 ELSE 0 END)",
        "FROM \"dispatch_assignments\" s",
        "JOIN \"dispatch_orders\" o ON o.\"id\" = s.\"orderId\"",
        "JOIN \"appeal_ratings\" r ON r.\"appealId\" = s.\"appealId\" AND o.\"dispatchedAt\" <= r.\"at\"",
        "GROUP BY strftime('%Y-%m-%d %H:%M:%f', date(r.\"at\", '+8 hours'), '-8 hours'), s.\"departmentId\"",
      ].join(' '),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"rating_days\"");
  }
}
