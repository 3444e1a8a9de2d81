import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each liaison's counts kept as the work happens (liaisons/liaison-counters.ts), backfilled from the ledger; indexes for her latest visits and the registry's liaisons by community. */
export class LiaisonCounts1796523964919 implements MigrationInterface {
  name = 'LiaisonCounts1796523964919';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "liaison_counts" ("userId" integer PRIMARY KEY NOT NULL, "reports" integer NOT NULL DEFAULT (0), "proactiveReports" integer NOT NULL DEFAULT (0), "visits" integer NOT NULL DEFAULT (0), "participations" integer NOT NULL DEFAULT (0), CONSTRAINT "FK_fcb8b6918968ea6445539a75d86" FOREIGN KEY ("userId") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(`
      INSERT INTO liaison_counts (userId, reports, proactiveReports, visits, participations)
      SELECT userId, SUM(reports), SUM(proactiveReports), SUM(visits), SUM(participations)
      FROM (
        SELECT filedById AS userId, COUNT(*) AS reports, SUM(CASE WHEN proactive THEN 1 ELSE 0 END) AS proactiveReports, 0 AS visits, 0 AS participations
          FROM appeals WHERE channel = 'liaison' GROUP BY filedById
        UNION ALL
        SELECT byId, 0, 0, COUNT(*), 0 FROM appeal_feedbacks GROUP BY byId
        UNION ALL
        SELECT assignedLiaisonId, 0, 0, 0, COUNT(*) FROM appeals WHERE assignedLiaisonId IS NOT NULL GROUP BY assignedLiaisonId
      ) counted
      GROUP BY userId`);
    await queryRunner.query('CREATE INDEX "IDX_appeal_feedbacks_by_recent" ON "appeal_feedbacks" ("byId", "at", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_users_role_community" ON "users" ("role", "communityId", "id") ');
    await queryRunner.query('DROP INDEX "IDX_ace513fa30d485cfd25c11a9e4"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "IDX_ace513fa30d485cfd25c11a9e4" ON "users" ("role") ');
    await queryRunner.query('DROP INDEX "IDX_users_role_community"');
    await queryRunner.query('DROP INDEX "IDX_appeal_feedbacks_by_recent"');
    await queryRunner.query('DROP TABLE "liaison_counts"');
  }
}
