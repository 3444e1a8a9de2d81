import type { MigrationInterface, QueryRunner } from 'typeorm';

/** See the MySQL migration of the same name; the copies are filled as the tables are rebuilt. */
export class OutcomeDays1796534013107 implements MigrationInterface {
  name = 'OutcomeDays1796534013107';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_whistle_targets_department"');
    await queryRunner.query(
      'CREATE TABLE "outcome_days" ("day" datetime(3) NOT NULL, "departmentId" integer NOT NULL, "reportIns" integer NOT NULL DEFAULT (0), "reportInsOnTime" integer NOT NULL DEFAULT (0), "dispatched" integer NOT NULL DEFAULT (0), "dispatchedOnTime" integer NOT NULL DEFAULT (0), PRIMARY KEY ("day", "departmentId"))',
    );
    await queryRunner.query('DROP INDEX "IDX_dispatch_assignments_scope"');
    await queryRunner.query(
      'CREATE TABLE "temporary_dispatch_assignments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "orderId" integer NOT NULL, "appealId" integer NOT NULL, "departmentId" integer NOT NULL, "role" varchar(32) NOT NULL, "completedAt" datetime(3), "completedById" integer, "note" text, "dispatchedAt" datetime(3) NOT NULL, "appealEndedAt" datetime(3), CONSTRAINT "UQ_dispatch_assignments_department" UNIQUE ("orderId", "departmentId"), CONSTRAINT "FK_751c371998a1d7d55f8b28ef759" FOREIGN KEY ("completedById") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_593bbca436d583446364052e65a" FOREIGN KEY ("departmentId") REFERENCES "departments" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_e7d1844a86c52ea03a57cc3f0cc" FOREIGN KEY ("appealId") REFERENCES "appeals" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_ae5994323c6284d62433e21a131" FOREIGN KEY ("orderId") REFERENCES "dispatch_orders" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_dispatch_assignments"("id", "orderId", "appealId", "departmentId", "role", "completedAt", "completedById", "note", "dispatchedAt", "appealEndedAt") SELECT s."id", s."orderId", s."appealId", s."departmentId", s."role", s."completedAt", s."completedById", s."note", o."dispatchedAt", a."closedAt" FROM "dispatch_assignments" s JOIN "dispatch_orders" o ON o."id" = s."orderId" JOIN "appeals" a ON a."id" = s."appealId"',
    );
    await queryRunner.query('DROP TABLE "dispatch_assignments"');
    await queryRunner.query('ALTER TABLE "temporary_dispatch_assignments" RENAME TO "dispatch_assignments"');
    await queryRunner.query('CREATE INDEX "IDX_dispatch_assignments_scope" ON "dispatch_assignments" ("departmentId", "appealId") ');
    await queryRunner.query(
      'CREATE TABLE "temporary_whistle_targets" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "whistleId" integer NOT NULL, "departmentId" integer NOT NULL, "status" varchar(32) NOT NULL, "reportedInAt" datetime(3), "reportedInById" integer, "reportInMissedAt" datetime(3), "completedAt" datetime(3), "completedById" integer, "completionNote" text, "rating" varchar(32), "ratingComment" text, "whistleStatus" varchar(32) NOT NULL, "whistleCreatedAt" datetime(3) NOT NULL, CONSTRAINT "UQ_whistle_targets_department" UNIQUE ("whistleId", "departmentId"), CONSTRAINT "FK_dfe598b24bb7f5339f016425529" FOREIGN KEY ("reportedInById") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_f5d603fd1e69a7acb9aef8f4304" FOREIGN KEY ("departmentId") REFERENCES "departments" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_ccae5db9e52a2ae4963f9af04b7" FOREIGN KEY ("whistleId") REFERENCES "whistles" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_whistle_targets"("id", "whistleId", "departmentId", "status", "reportedInAt", "reportedInById", "reportInMissedAt", "completedAt", "completedById", "completionNote", "rating", "ratingComment", "whistleStatus", "whistleCreatedAt") SELECT t."id", t."whistleId", t."departmentId", t."status", t."reportedInAt", t."reportedInById", t."reportInMissedAt", t."completedAt", t."completedById", t."completionNote", t."rating", t."ratingComment", w."status", w."createdAt" FROM "whistle_targets" t JOIN "whistles" w ON w."id" = t."whistleId"',
    );
    await queryRunner.query('DROP TABLE "whistle_targets"');
    await queryRunner.query('ALTER TABLE "temporary_whistle_targets" RENAME TO "whistle_targets"');
    await queryRunner.query('CREATE INDEX "IDX_dispatch_assignments_dispatched" ON "dispatch_assignments" ("dispatchedAt") ');
    await queryRunner.query('CREATE INDEX "IDX_dispatch_assignments_running" ON "dispatch_assignments" ("appealEndedAt", "dispatchedAt") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_whistle_targets_department_status_recent" ON "whistle_targets" ("departmentId", "whistleStatus", "whistleCreatedAt", "whistleId") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_whistle_targets_department_recent" ON "whistle_targets" ("departmentId", "whistleCreatedAt", "whistleId") ');
    // Backfill (derived data, evaluation/outcome-days.ts): the settled report-ins and dispatched parts by day.
    await queryRunner.query(
      [
        'INSERT INTO "outcome_days" ("day", "departmentId", "reportIns", "reportInsOnTime", "dispatched", "dispatchedOnTime")',
        'SELECT d, dep, SUM(ri), SUM(rio), SUM(di), SUM(dio) FROM (',
        "SELECT strftime('%Y-%m-%d %H:%M:%f', date(w.\"createdAt\", '+8 hours'), '-8 hours') AS d, t.\"departmentId\" AS dep, COUNT(*) AS ri,",
        'SUM(CASE WHEN t."reportInMissedAt" IS NULL AND t."reportedInAt" <= w."reportInDueAt" THEN 1 ELSE 0 END) AS rio, 0 AS di, 0 AS dio',
        'FROM "whistle_targets" t JOIN "whistles" w ON w."id" = t."whistleId"',
        'WHERE t."reportInMissedAt" IS NOT NULL OR t."reportedInAt" IS NOT NULL OR (w."status" = \'cancelled\' AND w."closedAt" > w."reportInDueAt")',
        "GROUP BY strftime('%Y-%m-%d %H:%M:%f', date(w.\"createdAt\", '+8 hours'), '-8 hours'), t.\"departmentId\"",
        'UNION ALL',
        'SELECT strftime(\'%Y-%m-%d %H:%M:%f\', date(s."dispatchedAt", \'+8 hours\'), \'-8 hours\'), s."departmentId", 0, 0, COUNT(*), SUM(CASE WHEN s."completedAt" <= a."dueAt" THEN 1 ELSE 0 END)',
        'FROM "dispatch_assignments" s JOIN "appeals" a ON a."id" = s."appealId"',
        'WHERE s."appealEndedAt" IS NOT NULL AND (s."completedAt" IS NOT NULL OR s."appealEndedAt" > a."dueAt")',
        "GROUP BY strftime('%Y-%m-%d %H:%M:%f', date(s.\"dispatchedAt\", '+8 hours'), '-8 hours'), s.\"departmentId\"",
        ') x GROUP BY d, dep',
      ].join(' '),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_whistle_targets_department_recent"');
    await queryRunner.query('DROP INDEX "IDX_whistle_targets_department_status_recent"');
    await queryRunner.query('DROP INDEX "IDX_dispatch_assignments_running"');
    await queryRunner.query('DROP INDEX "IDX_dispatch_assignments_dispatched"');
    await queryRunner.query('ALTER TABLE "whistle_targets" RENAME TO "temporary_whistle_targets"');
    await queryRunner.query(
      'CREATE TABLE "whistle_targets" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "whistleId" integer NOT NULL, "departmentId" integer NOT NULL, "status" varchar(32) NOT NULL, "reportedInAt" datetime(3), "reportedInById" integer, "reportInMissedAt" datetime(3), "completedAt" datetime(3), "completedById" integer, "completionNote" text, "rating" varchar(32), "ratingComment" text, CONSTRAINT "UQ_whistle_targets_department" UNIQUE ("whistleId", "departmentId"), CONSTRAINT "FK_dfe598b24bb7f5339f016425529" FOREIGN KEY ("reportedInById") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_f5d603fd1e69a7acb9aef8f4304" FOREIGN KEY ("departmentId") REFERENCES "departments" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_ccae5db9e52a2ae4963f9af04b7" FOREIGN KEY ("whistleId") REFERENCES "whistles" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "whistle_targets"("id", "whistleId", "departmentId", "status", "reportedInAt", "reportedInById", "reportInMissedAt", "completedAt", "completedById", "completionNote", "rating", "ratingComment") SELECT "id", "whistleId", "departmentId", "status", "reportedInAt", "reportedInById", "reportInMissedAt", "completedAt", "completedById", "completionNote", "rating", "ratingComment" FROM "temporary_whistle_targets"',
    );
    await queryRunner.query('DROP TABLE "temporary_whistle_targets"');
    await queryRunner.query('DROP INDEX "IDX_dispatch_assignments_scope"');
    await queryRunner.query('ALTER TABLE "dispatch_assignments" RENAME TO "temporary_dispatch_assignments"');
    await queryRunner.query(
      'CREATE TABLE "dispatch_assignments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "orderId" integer NOT NULL, "appealId" integer NOT NULL, "departmentId" integer NOT NULL, "role" varchar(32) NOT NULL, "completedAt" datetime(3), "completedById" integer, "note" text, CONSTRAINT "UQ_dispatch_assignments_department" UNIQUE ("orderId", "departmentId"), CONSTRAINT "FK_751c371998a1d7d55f8b28ef759" FOREIGN KEY ("completedById") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_593bbca436d583446364052e65a" FOREIGN KEY ("departmentId") REFERENCES "departments" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_e7d1844a86c52ea03a57cc3f0cc" FOREIGN KEY ("appealId") REFERENCES "appeals" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_ae5994323c6284d62433e21a131" FOREIGN KEY ("orderId") REFERENCES "dispatch_orders" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "dispatch_assignments"("id", "orderId", "appealId", "departmentId", "role", "completedAt", "completedById", "note") SELECT "id", "orderId", "appealId", "departmentId", "role", "completedAt", "completedById", "note" FROM "temporary_dispatch_assignments"',
    );
    await queryRunner.query('DROP TABLE "temporary_dispatch_assignments"');
    await queryRunner.query('CREATE INDEX "IDX_dispatch_assignments_scope" ON "dispatch_assignments" ("departmentId", "appealId") ');
    await queryRunner.query('DROP TABLE "outcome_days"');
    await queryRunner.query('CREATE INDEX "IDX_whistle_targets_department" ON "whistle_targets" ("departmentId", "status") ');
  }
}
