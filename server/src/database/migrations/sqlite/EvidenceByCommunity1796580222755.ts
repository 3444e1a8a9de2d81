import type { MigrationInterface, QueryRunner } from 'typeorm';

/** See the MySQL migration of the same name. */
export class EvidenceByCommunity1796580222755 implements MigrationInterface {
  name = 'EvidenceByCommunity1796580222755';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "outcome_days"');
    await queryRunner.query('DROP TABLE "rating_days"');
    await queryRunner.query(
      'CREATE TABLE "outcome_days" ("communityId" integer NOT NULL, "day" datetime(3) NOT NULL, "departmentId" integer NOT NULL, "reportIns" integer NOT NULL DEFAULT (0), "reportInsOnTime" integer NOT NULL DEFAULT (0), "dispatched" integer NOT NULL DEFAULT (0), "dispatchedOnTime" integer NOT NULL DEFAULT (0), PRIMARY KEY ("communityId", "day", "departmentId"))',
    );
    await queryRunner.query(
      'CREATE TABLE "rating_days" ("communityId" integer NOT NULL, "day" datetime(3) NOT NULL, "departmentId" integer NOT NULL, "rated" integer NOT NULL DEFAULT (0), "satisfied" integer NOT NULL DEFAULT (0), PRIMARY KEY ("communityId", "day", "departmentId"))',
    );
    await queryRunner.query(
      "INSERT INTO \"outcome_days\" (\"communityId\", \"day\", \"departmentId\", \"reportIns\", \"reportInsOnTime\", \"dispatched\", \"dispatchedOnTime\") SELECT c, d, dep, SUM(ri), SUM(rio), SUM(di), SUM(dio) FROM (SELECT w.\"communityId\" AS c, strftime('%Y-%m-%d %H:%M:%f', date(w.\"createdAt\", '+8 hours'), '-8 hours') AS d, t.\"departmentId\" AS dep, COUNT(*) AS ri, SUM(CASE WHEN t.\"reportInMissedAt\" IS NULL AND t.\"reportedInAt\" <= w.\"reportInDueAt\" THEN 1 ELSE 0 END) AS rio, 0 AS di, 0 AS dio FROM \"whistle_targets\" t JOIN \"whistles\" w ON w.\"id\" = t.\"whistleId\" WHERE t.\"reportInMissedAt\" IS NOT NULL OR t.\"reportedInAt\" IS NOT NULL OR (w.\"status\" = 'cancelled' AND w.\"closedAt\" > w.\"reportInDueAt\") GROUP BY w.\"communityId\", strftime('%Y-%m-%d %H:%M:%f', date(w.\"createdAt\", '+8 hours'), '-8 hours'), t.\"departmentId\" UNION ALL SELECT a.\"communityId\", strftime('%Y-%m-%d %H:%M:%f', date(s.\"dispatchedAt\", '+8 hours'), '-8 hours'), s.\"departmentId\", 0, 0, COUNT(*), SUM(CASE WHEN s.\"completedAt\" <= a.\"dueAt\" THEN 1 ELSE 0 END) FROM \"dispatch_assignments\" s JOIN \"appeals\" a ON a.\"id\" = s.\"appealId\" WHERE s.\"appealEndedAt\" IS NOT NULL AND (s.\"completedAt\" IS NOT NULL OR s.\"appealEndedAt\" > a.\"dueAt\") GROUP BY a.\"communityId\", strftime('%Y-%m-%d %H:%M:%f', date(s.\"dispatchedAt\", '+8 hours'), '-8 hours'), s.\"departmentId\") x GROUP BY c, d, dep",
    );
    await queryRunner.query(
      "INSERT INTO \"rating_days\" (\"communityId\", \"day\", \"departmentId\", \"rated\", \"satisfied\") SELECT a.\"communityId\", strftime('%Y-%m-%d %H:%M:%f', date(r.\"at\", '+8 hours'), '-8 hours'), s.\"departmentId\", COUNT(*), SUM(CASE WHEN r.\"satisfaction\" IN ('satisfied', 'basicallySatisfied') THEN 1 ELSE 0 END) FROM \"dispatch_assignments\" s JOIN \"appeal_ratings\" r ON r.\"appealId\" = s.\"appealId\" AND s.\"dispatchedAt\" <= r.\"at\" JOIN \"appeals\" a ON a.\"id\" = s.\"appealId\" GROUP BY a.\"communityId\", strftime('%Y-%m-%d %H:%M:%f', date(r.\"at\", '+8 hours'), '-8 hours'), s.\"departmentId\"",
    );
    await queryRunner.query(
      "INSERT INTO \"outcome_days\" (\"communityId\", \"day\", \"departmentId\", \"reportIns\", \"reportInsOnTime\", \"dispatched\", \"dispatchedOnTime\") SELECT 0, \"day\", \"departmentId\", SUM(\"reportIns\"), SUM(\"reportInsOnTime\"), SUM(\"dispatched\"), SUM(\"dispatchedOnTime\") FROM \"outcome_days\" WHERE \"communityId\" <> 0 GROUP BY \"day\", \"departmentId\"",
    );
    await queryRunner.query(
      "INSERT INTO \"rating_days\" (\"communityId\", \"day\", \"departmentId\", \"rated\", \"satisfied\") SELECT 0, \"day\", \"departmentId\", SUM(\"rated\"), SUM(\"satisfied\") FROM \"rating_days\" WHERE \"communityId\" <> 0 GROUP BY \"day\", \"departmentId\"",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "outcome_days" RENAME TO "outcome_days_by_community"');
    await queryRunner.query('ALTER TABLE "rating_days" RENAME TO "rating_days_by_community"');
    await queryRunner.query(
      'CREATE TABLE "outcome_days" ("day" datetime(3) NOT NULL, "departmentId" integer NOT NULL, "reportIns" integer NOT NULL DEFAULT (0), "reportInsOnTime" integer NOT NULL DEFAULT (0), "dispatched" integer NOT NULL DEFAULT (0), "dispatchedOnTime" integer NOT NULL DEFAULT (0), PRIMARY KEY ("day", "departmentId"))',
    );
    await queryRunner.query(
      'CREATE TABLE "rating_days" ("day" datetime(3) NOT NULL, "departmentId" integer NOT NULL, "rated" integer NOT NULL DEFAULT (0), "satisfied" integer NOT NULL DEFAULT (0), PRIMARY KEY ("day", "departmentId"))',
    );
    await queryRunner.query(
      'INSERT INTO "outcome_days" SELECT "day", "departmentId", "reportIns", "reportInsOnTime", "dispatched", "dispatchedOnTime" FROM "outcome_days_by_community" WHERE "communityId" = 0',
    );
    await queryRunner.query('INSERT INTO "rating_days" SELECT "day", "departmentId", "rated", "satisfied" FROM "rating_days_by_community" WHERE "communityId" = 0');
    await queryRunner.query('DROP TABLE "outcome_days_by_community"');
    await queryRunner.query('DROP TABLE "rating_days_by_community"');
  }
}
