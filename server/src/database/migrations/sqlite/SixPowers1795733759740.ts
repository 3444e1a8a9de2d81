import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SixPowers1795733759740 implements MigrationInterface {
  name = 'SixPowers1795733759740';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "whistles" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "communityId" integer NOT NULL, "appealId" integer, "subject" varchar(100) NOT NULL, "description" text NOT NULL, "tier" varchar(32) NOT NULL, "status" varchar(32) NOT NULL, "createdById" integer NOT NULL, "createdAt" datetime(3) NOT NULL, "reportInDueAt" datetime(3) NOT NULL, "closedAt" datetime(3), "closedById" integer)',
    );
    await queryRunner.query('CREATE INDEX "IDX_3b12f4c2b674ccd18eaed02cd9" ON "whistles" ("appealId") ');
    await queryRunner.query('CREATE INDEX "IDX_whistles_community" ON "whistles" ("communityId", "status") ');
    await queryRunner.query(
      'CREATE TABLE "whistle_targets" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "whistleId" integer NOT NULL, "departmentId" integer NOT NULL, "status" varchar(32) NOT NULL, "reportedInAt" datetime(3), "reportedInById" integer, "reportInMissedAt" datetime(3), "completedAt" datetime(3), "completedById" integer, "completionNote" text, "rating" varchar(32), "ratingComment" text, CONSTRAINT "UQ_whistle_targets_department" UNIQUE ("whistleId", "departmentId"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_whistle_targets_department" ON "whistle_targets" ("departmentId", "status") ');
    await queryRunner.query(
      'CREATE TABLE "evaluation_periods" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(50) NOT NULL, "startsAt" datetime(3) NOT NULL, "endsAt" datetime(3) NOT NULL, CONSTRAINT "UQ_fa28f52d4090c1cb23bec2dd233" UNIQUE ("name"))',
    );
    await queryRunner.query(
      'CREATE TABLE "department_scores" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "periodId" integer NOT NULL, "communityId" integer NOT NULL, "departmentId" integer NOT NULL, "score" integer NOT NULL, "comment" text, "byId" integer NOT NULL, "at" datetime(3) NOT NULL, CONSTRAINT "UQ_department_scores_once" UNIQUE ("periodId", "communityId", "departmentId"))',
    );
    await queryRunner.query(
      'CREATE TABLE "liaison_profiles" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "communityId" integer NOT NULL, "duties" text NOT NULL, "joinedAt" datetime(3) NOT NULL, "active" boolean NOT NULL DEFAULT (1), CONSTRAINT "UQ_b95effa9b0e9751938090e10bd7" UNIQUE ("userId"), CONSTRAINT "REL_b95effa9b0e9751938090e10bd" UNIQUE ("userId"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_liaison_profiles_community" ON "liaison_profiles" ("communityId", "active") ');
    await queryRunner.query(
      'CREATE TABLE "training_records" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "liaisonUserId" integer NOT NULL, "title" varchar(100) NOT NULL, "date" datetime(3) NOT NULL, "hours" double NOT NULL, "recordedById" integer NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_training_records_liaison" ON "training_records" ("liaisonUserId") ');
    await queryRunner.query(
      'CREATE TABLE "management_items" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "communityId" integer NOT NULL, "kind" varchar(32) NOT NULL, "title" varchar(100) NOT NULL, "description" text NOT NULL, "position" integer NOT NULL, "updatedById" integer NOT NULL, "updatedAt" datetime(3) NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_management_items_community" ON "management_items" ("communityId", "position") ');
    await queryRunner.query(
      'CREATE TABLE "projects" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "communityId" integer NOT NULL, "title" varchar(100) NOT NULL, "description" text NOT NULL, "kind" varchar(32) NOT NULL, "status" varchar(32) NOT NULL, "registeredById" integer NOT NULL, "registeredAt" datetime(3) NOT NULL, "opinionDueAt" datetime(3) NOT NULL, "startedAt" datetime(3), "startedById" integer)',
    );
    await queryRunner.query('CREATE INDEX "IDX_59e3b67cef804cba399eb67fff" ON "projects" ("opinionDueAt") ');
    await queryRunner.query('CREATE INDEX "IDX_projects_community" ON "projects" ("communityId", "status") ');
    await queryRunner.query(
      'CREATE TABLE "project_opinions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "projectId" integer NOT NULL, "opinion" varchar(32) NOT NULL, "text" text NOT NULL, "byId" integer NOT NULL, "at" datetime(3) NOT NULL, CONSTRAINT "UQ_d0e11f149dfb99d85415f630223" UNIQUE ("projectId"))',
    );
    await queryRunner.query(
      'CREATE TABLE "reward_requests" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "communityId" integer NOT NULL, "liaisonUserId" integer NOT NULL, "basis" varchar(32) NOT NULL, "appealIds" text NOT NULL, "periodLabel" varchar(50), "reward" varchar(200) NOT NULL, "amount" integer, "reason" text NOT NULL, "status" varchar(32) NOT NULL, "meetingDate" datetime(3), "meetingAttendees" text, "meetingDecision" text, "meetingMinutes" text, "proposedById" integer NOT NULL, "proposedAt" datetime(3) NOT NULL, "returnedReason" text, "updatedAt" datetime(3) NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_reward_requests_community" ON "reward_requests" ("communityId", "status") ');
    await queryRunner.query(
      'CREATE TABLE "reward_events" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "requestId" integer NOT NULL, "type" varchar(32) NOT NULL, "actorId" integer NOT NULL, "actorRole" varchar(32) NOT NULL, "at" datetime(3) NOT NULL, "note" text)',
    );
    await queryRunner.query('CREATE INDEX "IDX_reward_events_request" ON "reward_events" ("requestId", "id") ');
    await queryRunner.query(
      'CREATE TABLE "task_forces" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "name" varchar(100) NOT NULL, "leadDepartmentId" integer NOT NULL, "formedById" integer NOT NULL, "formedAt" datetime(3) NOT NULL, CONSTRAINT "UQ_62d7bb1d94be9b684645c5eea09" UNIQUE ("appealId"))',
    );
    await queryRunner.query(
      'CREATE TABLE "task_force_members" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "taskForceId" integer NOT NULL, "kind" varchar(32) NOT NULL, "departmentId" integer, "communityId" integer, "name" varchar(100), "lead" boolean NOT NULL DEFAULT (0))',
    );
    await queryRunner.query('CREATE INDEX "IDX_task_force_members_department" ON "task_force_members" ("departmentId") ');
    await queryRunner.query(
      'CREATE TABLE "task_force_notes" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "taskForceId" integer NOT NULL, "authorId" integer NOT NULL, "content" text NOT NULL, "visibility" varchar(32) NOT NULL, "at" datetime(3) NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_task_force_notes_task_force" ON "task_force_notes" ("taskForceId", "id") ');
    await queryRunner.query(
      'CREATE TABLE "whistle_events" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "whistleId" integer NOT NULL, "type" varchar(32) NOT NULL, "actorId" integer, "actorRole" varchar(32) NOT NULL, "departmentId" integer, "note" text, "at" datetime(3) NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_whistle_events_whistle" ON "whistle_events" ("whistleId", "id") ');
    await queryRunner.query('DROP INDEX "IDX_appeal_timers_fire"');
    await queryRunner.query(
      'CREATE TABLE "temporary_appeal_timers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "kind" varchar(32) NOT NULL, "fireAt" datetime(3), "deadline" datetime(3) NOT NULL, "firedAt" datetime(3), "version" integer NOT NULL DEFAULT (1), "attempts" integer NOT NULL DEFAULT (0), "lastError" varchar(500), "whistleTargetId" integer, CONSTRAINT "UQ_appeal_timers_kind" UNIQUE ("appealId", "kind"), CONSTRAINT "FK_30a2db8318e42b01a7389aa12f8" FOREIGN KEY ("appealId") REFERENCES "appeals" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_appeal_timers"("id", "appealId", "kind", "fireAt", "deadline", "firedAt", "version", "attempts", "lastError") SELECT "id", "appealId", "kind", "fireAt", "deadline", "firedAt", "version", "attempts", "lastError" FROM "appeal_timers"',
    );
    await queryRunner.query('DROP TABLE "appeal_timers"');
    await queryRunner.query('ALTER TABLE "temporary_appeal_timers" RENAME TO "appeal_timers"');
    await queryRunner.query('CREATE INDEX "IDX_appeal_timers_fire" ON "appeal_timers" ("fireAt") ');
    await queryRunner.query('DROP INDEX "IDX_appeal_timers_fire"');
    await queryRunner.query(
      'CREATE TABLE "temporary_appeal_timers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "kind" varchar(32) NOT NULL, "fireAt" datetime(3), "deadline" datetime(3) NOT NULL, "firedAt" datetime(3), "version" integer NOT NULL DEFAULT (1), "attempts" integer NOT NULL DEFAULT (0), "lastError" varchar(500), "whistleTargetId" integer, CONSTRAINT "UQ_appeal_timers_kind" UNIQUE ("appealId", "kind"))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_appeal_timers"("id", "appealId", "kind", "fireAt", "deadline", "firedAt", "version", "attempts", "lastError", "whistleTargetId") SELECT "id", "appealId", "kind", "fireAt", "deadline", "firedAt", "version", "attempts", "lastError", "whistleTargetId" FROM "appeal_timers"',
    );
    await queryRunner.query('DROP TABLE "appeal_timers"');
    await queryRunner.query('ALTER TABLE "temporary_appeal_timers" RENAME TO "appeal_timers"');
    await queryRunner.query('CREATE INDEX "IDX_appeal_timers_fire" ON "appeal_timers" ("fireAt") ');
    await queryRunner.query('DROP INDEX "IDX_appeal_timers_fire"');
    await queryRunner.query(
      'CREATE TABLE "temporary_appeal_timers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "kind" varchar(32) NOT NULL, "fireAt" datetime(3), "deadline" datetime(3) NOT NULL, "firedAt" datetime(3), "version" integer NOT NULL DEFAULT (1), "attempts" integer NOT NULL DEFAULT (0), "lastError" varchar(500), "whistleTargetId" integer)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_appeal_timers"("id", "appealId", "kind", "fireAt", "deadline", "firedAt", "version", "attempts", "lastError", "whistleTargetId") SELECT "id", "appealId", "kind", "fireAt", "deadline", "firedAt", "version", "attempts", "lastError", "whistleTargetId" FROM "appeal_timers"',
    );
    await queryRunner.query('DROP TABLE "appeal_timers"');
    await queryRunner.query('ALTER TABLE "temporary_appeal_timers" RENAME TO "appeal_timers"');
    await queryRunner.query('CREATE INDEX "IDX_appeal_timers_fire" ON "appeal_timers" ("fireAt") ');
    await queryRunner.query('DROP INDEX "IDX_appeal_timers_fire"');
    await queryRunner.query(
      'CREATE TABLE "temporary_appeal_timers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer, "kind" varchar(32) NOT NULL, "fireAt" datetime(3), "deadline" datetime(3) NOT NULL, "firedAt" datetime(3), "version" integer NOT NULL DEFAULT (1), "attempts" integer NOT NULL DEFAULT (0), "lastError" varchar(500), "whistleTargetId" integer)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_appeal_timers"("id", "appealId", "kind", "fireAt", "deadline", "firedAt", "version", "attempts", "lastError", "whistleTargetId") SELECT "id", "appealId", "kind", "fireAt", "deadline", "firedAt", "version", "attempts", "lastError", "whistleTargetId" FROM "appeal_timers"',
    );
    await queryRunner.query('DROP TABLE "appeal_timers"');
    await queryRunner.query('ALTER TABLE "temporary_appeal_timers" RENAME TO "appeal_timers"');
    await queryRunner.query('CREATE INDEX "IDX_appeal_timers_fire" ON "appeal_timers" ("fireAt") ');
    await queryRunner.query('DROP INDEX "IDX_appeal_timers_fire"');
    await queryRunner.query(
      'CREATE TABLE "temporary_appeal_timers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer, "kind" varchar(32) NOT NULL, "fireAt" datetime(3), "deadline" datetime(3) NOT NULL, "firedAt" datetime(3), "version" integer NOT NULL DEFAULT (1), "attempts" integer NOT NULL DEFAULT (0), "lastError" varchar(500), "whistleTargetId" integer, CONSTRAINT "UQ_appeal_timers_whistle_target_kind" UNIQUE ("whistleTargetId", "kind"), CONSTRAINT "UQ_appeal_timers_kind" UNIQUE ("appealId", "kind"))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_appeal_timers"("id", "appealId", "kind", "fireAt", "deadline", "firedAt", "version", "attempts", "lastError", "whistleTargetId") SELECT "id", "appealId", "kind", "fireAt", "deadline", "firedAt", "version", "attempts", "lastError", "whistleTargetId" FROM "appeal_timers"',
    );
    await queryRunner.query('DROP TABLE "appeal_timers"');
    await queryRunner.query('ALTER TABLE "temporary_appeal_timers" RENAME TO "appeal_timers"');
    await queryRunner.query('CREATE INDEX "IDX_appeal_timers_fire" ON "appeal_timers" ("fireAt") ');
    await queryRunner.query('DROP INDEX "IDX_3b12f4c2b674ccd18eaed02cd9"');
    await queryRunner.query('DROP INDEX "IDX_whistles_community"');
    await queryRunner.query(
      'CREATE TABLE "temporary_whistles" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "communityId" integer NOT NULL, "appealId" integer, "subject" varchar(100) NOT NULL, "description" text NOT NULL, "tier" varchar(32) NOT NULL, "status" varchar(32) NOT NULL, "createdById" integer NOT NULL, "createdAt" datetime(3) NOT NULL, "reportInDueAt" datetime(3) NOT NULL, "closedAt" datetime(3), "closedById" integer, CONSTRAINT "FK_11e6ac1646f1321394a9b622baf" FOREIGN KEY ("communityId") REFERENCES "communities" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_3b12f4c2b674ccd18eaed02cd9c" FOREIGN KEY ("appealId") REFERENCES "appeals" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_7d8973a1e43fcb57beeb2aa114a" FOREIGN KEY ("createdById") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_whistles"("id", "communityId", "appealId", "subject", "description", "tier", "status", "createdById", "createdAt", "reportInDueAt", "closedAt", "closedById") SELECT "id", "communityId", "appealId", "subject", "description", "tier", "status", "createdById", "createdAt", "reportInDueAt", "closedAt", "closedById" FROM "whistles"',
    );
    await queryRunner.query('DROP TABLE "whistles"');
    await queryRunner.query('ALTER TABLE "temporary_whistles" RENAME TO "whistles"');
    await queryRunner.query('CREATE INDEX "IDX_3b12f4c2b674ccd18eaed02cd9" ON "whistles" ("appealId") ');
    await queryRunner.query('CREATE INDEX "IDX_whistles_community" ON "whistles" ("communityId", "status") ');
    await queryRunner.query('DROP INDEX "IDX_whistle_targets_department"');
    await queryRunner.query(
      'CREATE TABLE "temporary_whistle_targets" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "whistleId" integer NOT NULL, "departmentId" integer NOT NULL, "status" varchar(32) NOT NULL, "reportedInAt" datetime(3), "reportedInById" integer, "reportInMissedAt" datetime(3), "completedAt" datetime(3), "completedById" integer, "completionNote" text, "rating" varchar(32), "ratingComment" text, CONSTRAINT "UQ_whistle_targets_department" UNIQUE ("whistleId", "departmentId"), CONSTRAINT "FK_ccae5db9e52a2ae4963f9af04b7" FOREIGN KEY ("whistleId") REFERENCES "whistles" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_f5d603fd1e69a7acb9aef8f4304" FOREIGN KEY ("departmentId") REFERENCES "departments" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_dfe598b24bb7f5339f016425529" FOREIGN KEY ("reportedInById") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_whistle_targets"("id", "whistleId", "departmentId", "status", "reportedInAt", "reportedInById", "reportInMissedAt", "completedAt", "completedById", "completionNote", "rating", "ratingComment") SELECT "id", "whistleId", "departmentId", "status", "reportedInAt", "reportedInById", "reportInMissedAt", "completedAt", "completedById", "completionNote", "rating", "ratingComment" FROM "whistle_targets"',
    );
    await queryRunner.query('DROP TABLE "whistle_targets"');
    await queryRunner.query('ALTER TABLE "temporary_whistle_targets" RENAME TO "whistle_targets"');
    await queryRunner.query('CREATE INDEX "IDX_whistle_targets_department" ON "whistle_targets" ("departmentId", "status") ');
    await queryRunner.query('DROP INDEX "IDX_appeal_timers_fire"');
    await queryRunner.query(
      'CREATE TABLE "temporary_appeal_timers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer, "kind" varchar(32) NOT NULL, "fireAt" datetime(3), "deadline" datetime(3) NOT NULL, "firedAt" datetime(3), "version" integer NOT NULL DEFAULT (1), "attempts" integer NOT NULL DEFAULT (0), "lastError" varchar(500), "whistleTargetId" integer, CONSTRAINT "UQ_appeal_timers_whistle_target_kind" UNIQUE ("whistleTargetId", "kind"), CONSTRAINT "UQ_appeal_timers_kind" UNIQUE ("appealId", "kind"), CONSTRAINT "FK_30a2db8318e42b01a7389aa12f8" FOREIGN KEY ("appealId") REFERENCES "appeals" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_2e3851480b8a01eb6afd5eeb18d" FOREIGN KEY ("whistleTargetId") REFERENCES "whistle_targets" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_appeal_timers"("id", "appealId", "kind", "fireAt", "deadline", "firedAt", "version", "attempts", "lastError", "whistleTargetId") SELECT "id", "appealId", "kind", "fireAt", "deadline", "firedAt", "version", "attempts", "lastError", "whistleTargetId" FROM "appeal_timers"',
    );
    await queryRunner.query('DROP TABLE "appeal_timers"');
    await queryRunner.query('ALTER TABLE "temporary_appeal_timers" RENAME TO "appeal_timers"');
    await queryRunner.query('CREATE INDEX "IDX_appeal_timers_fire" ON "appeal_timers" ("fireAt") ');
    await queryRunner.query(
      'CREATE TABLE "temporary_department_scores" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "periodId" integer NOT NULL, "communityId" integer NOT NULL, "departmentId" integer NOT NULL, "score" integer NOT NULL, "comment" text, "byId" integer NOT NULL, "at" datetime(3) NOT NULL, CONSTRAINT "UQ_department_scores_once" UNIQUE ("periodId", "communityId", "departmentId"), CONSTRAINT "FK_f2287dbd315dbc4662c7430f9a8" FOREIGN KEY ("periodId") REFERENCES "evaluation_periods" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_e88f0f46e477449545d465a71d6" FOREIGN KEY ("communityId") REFERENCES "communities" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_45c87e4585024d57e96dc673e5c" FOREIGN KEY ("departmentId") REFERENCES "departments" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_7d667630f958144897afc247f70" FOREIGN KEY ("byId") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_department_scores"("id", "periodId", "communityId", "departmentId", "score", "comment", "byId", "at") SELECT "id", "periodId", "communityId", "departmentId", "score", "comment", "byId", "at" FROM "department_scores"',
    );
    await queryRunner.query('DROP TABLE "department_scores"');
    await queryRunner.query('ALTER TABLE "temporary_department_scores" RENAME TO "department_scores"');
    await queryRunner.query('DROP INDEX "IDX_liaison_profiles_community"');
    await queryRunner.query(
      'CREATE TABLE "temporary_liaison_profiles" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "communityId" integer NOT NULL, "duties" text NOT NULL, "joinedAt" datetime(3) NOT NULL, "active" boolean NOT NULL DEFAULT (1), CONSTRAINT "UQ_b95effa9b0e9751938090e10bd7" UNIQUE ("userId"), CONSTRAINT "REL_b95effa9b0e9751938090e10bd" UNIQUE ("userId"), CONSTRAINT "FK_b95effa9b0e9751938090e10bd7" FOREIGN KEY ("userId") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_62be47bf00c56cae0e2cdd59c81" FOREIGN KEY ("communityId") REFERENCES "communities" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_liaison_profiles"("id", "userId", "communityId", "duties", "joinedAt", "active") SELECT "id", "userId", "communityId", "duties", "joinedAt", "active" FROM "liaison_profiles"',
    );
    await queryRunner.query('DROP TABLE "liaison_profiles"');
    await queryRunner.query('ALTER TABLE "temporary_liaison_profiles" RENAME TO "liaison_profiles"');
    await queryRunner.query('CREATE INDEX "IDX_liaison_profiles_community" ON "liaison_profiles" ("communityId", "active") ');
    await queryRunner.query('DROP INDEX "IDX_training_records_liaison"');
    await queryRunner.query(
      'CREATE TABLE "temporary_training_records" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "liaisonUserId" integer NOT NULL, "title" varchar(100) NOT NULL, "date" datetime(3) NOT NULL, "hours" double NOT NULL, "recordedById" integer NOT NULL, CONSTRAINT "FK_37bd499d01093d17d65dedfaeed" FOREIGN KEY ("liaisonUserId") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_training_records"("id", "liaisonUserId", "title", "date", "hours", "recordedById") SELECT "id", "liaisonUserId", "title", "date", "hours", "recordedById" FROM "training_records"',
    );
    await queryRunner.query('DROP TABLE "training_records"');
    await queryRunner.query('ALTER TABLE "temporary_training_records" RENAME TO "training_records"');
    await queryRunner.query('CREATE INDEX "IDX_training_records_liaison" ON "training_records" ("liaisonUserId") ');
    await queryRunner.query('DROP INDEX "IDX_management_items_community"');
    await queryRunner.query(
      'CREATE TABLE "temporary_management_items" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "communityId" integer NOT NULL, "kind" varchar(32) NOT NULL, "title" varchar(100) NOT NULL, "description" text NOT NULL, "position" integer NOT NULL, "updatedById" integer NOT NULL, "updatedAt" datetime(3) NOT NULL, CONSTRAINT "FK_b338bc9b2656941583cf662b78c" FOREIGN KEY ("communityId") REFERENCES "communities" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_0e358690b69d29d591b2f8b2550" FOREIGN KEY ("updatedById") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_management_items"("id", "communityId", "kind", "title", "description", "position", "updatedById", "updatedAt") SELECT "id", "communityId", "kind", "title", "description", "position", "updatedById", "updatedAt" FROM "management_items"',
    );
    await queryRunner.query('DROP TABLE "management_items"');
    await queryRunner.query('ALTER TABLE "temporary_management_items" RENAME TO "management_items"');
    await queryRunner.query('CREATE INDEX "IDX_management_items_community" ON "management_items" ("communityId", "position") ');
    await queryRunner.query('DROP INDEX "IDX_59e3b67cef804cba399eb67fff"');
    await queryRunner.query('DROP INDEX "IDX_projects_community"');
    await queryRunner.query(
      'CREATE TABLE "temporary_projects" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "communityId" integer NOT NULL, "title" varchar(100) NOT NULL, "description" text NOT NULL, "kind" varchar(32) NOT NULL, "status" varchar(32) NOT NULL, "registeredById" integer NOT NULL, "registeredAt" datetime(3) NOT NULL, "opinionDueAt" datetime(3) NOT NULL, "startedAt" datetime(3), "startedById" integer, CONSTRAINT "FK_578a2f452a600bd1f09807853fb" FOREIGN KEY ("communityId") REFERENCES "communities" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_0da5e7e6c058b618f2b92a7e7a4" FOREIGN KEY ("registeredById") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_projects"("id", "communityId", "title", "description", "kind", "status", "registeredById", "registeredAt", "opinionDueAt", "startedAt", "startedById") SELECT "id", "communityId", "title", "description", "kind", "status", "registeredById", "registeredAt", "opinionDueAt", "startedAt", "startedById" FROM "projects"',
    );
    await queryRunner.query('DROP TABLE "projects"');
    await queryRunner.query('ALTER TABLE "temporary_projects" RENAME TO "projects"');
    await queryRunner.query('CREATE INDEX "IDX_59e3b67cef804cba399eb67fff" ON "projects" ("opinionDueAt") ');
    await queryRunner.query('CREATE INDEX "IDX_projects_community" ON "projects" ("communityId", "status") ');
    await queryRunner.query(
      'CREATE TABLE "temporary_project_opinions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "projectId" integer NOT NULL, "opinion" varchar(32) NOT NULL, "text" text NOT NULL, "byId" integer NOT NULL, "at" datetime(3) NOT NULL, CONSTRAINT "UQ_d0e11f149dfb99d85415f630223" UNIQUE ("projectId"), CONSTRAINT "FK_d0e11f149dfb99d85415f630223" FOREIGN KEY ("projectId") REFERENCES "projects" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_06123f7ad65b416f120d05d2f40" FOREIGN KEY ("byId") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_project_opinions"("id", "projectId", "opinion", "text", "byId", "at") SELECT "id", "projectId", "opinion", "text", "byId", "at" FROM "project_opinions"',
    );
    await queryRunner.query('DROP TABLE "project_opinions"');
    await queryRunner.query('ALTER TABLE "temporary_project_opinions" RENAME TO "project_opinions"');
    await queryRunner.query('DROP INDEX "IDX_reward_requests_community"');
    await queryRunner.query(
      'CREATE TABLE "temporary_reward_requests" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "communityId" integer NOT NULL, "liaisonUserId" integer NOT NULL, "basis" varchar(32) NOT NULL, "appealIds" text NOT NULL, "periodLabel" varchar(50), "reward" varchar(200) NOT NULL, "amount" integer, "reason" text NOT NULL, "status" varchar(32) NOT NULL, "meetingDate" datetime(3), "meetingAttendees" text, "meetingDecision" text, "meetingMinutes" text, "proposedById" integer NOT NULL, "proposedAt" datetime(3) NOT NULL, "returnedReason" text, "updatedAt" datetime(3) NOT NULL, CONSTRAINT "FK_aa29af77afdced5e4a0b2d61428" FOREIGN KEY ("communityId") REFERENCES "communities" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_436bb3d539b08cd3bd880cde822" FOREIGN KEY ("liaisonUserId") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_6a267b33c5a5bbd7750a01aadd1" FOREIGN KEY ("proposedById") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_reward_requests"("id", "communityId", "liaisonUserId", "basis", "appealIds", "periodLabel", "reward", "amount", "reason", "status", "meetingDate", "meetingAttendees", "meetingDecision", "meetingMinutes", "proposedById", "proposedAt", "returnedReason", "updatedAt") SELECT "id", "communityId", "liaisonUserId", "basis", "appealIds", "periodLabel", "reward", "amount", "reason", "status", "meetingDate", "meetingAttendees", "meetingDecision", "meetingMinutes", "proposedById", "proposedAt", "returnedReason", "updatedAt" FROM "reward_requests"',
    );
    await queryRunner.query('DROP TABLE "reward_requests"');
    await queryRunner.query('ALTER TABLE "temporary_reward_requests" RENAME TO "reward_requests"');
    await queryRunner.query('CREATE INDEX "IDX_reward_requests_community" ON "reward_requests" ("communityId", "status") ');
    await queryRunner.query('DROP INDEX "IDX_reward_events_request"');
    await queryRunner.query(
      'CREATE TABLE "temporary_reward_events" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "requestId" integer NOT NULL, "type" varchar(32) NOT NULL, "actorId" integer NOT NULL, "actorRole" varchar(32) NOT NULL, "at" datetime(3) NOT NULL, "note" text, CONSTRAINT "FK_088722c0ef93a1965103013a880" FOREIGN KEY ("requestId") REFERENCES "reward_requests" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_54c8b0df7e3c0a2f1fb04039e31" FOREIGN KEY ("actorId") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_reward_events"("id", "requestId", "type", "actorId", "actorRole", "at", "note") SELECT "id", "requestId", "type", "actorId", "actorRole", "at", "note" FROM "reward_events"',
    );
    await queryRunner.query('DROP TABLE "reward_events"');
    await queryRunner.query('ALTER TABLE "temporary_reward_events" RENAME TO "reward_events"');
    await queryRunner.query('CREATE INDEX "IDX_reward_events_request" ON "reward_events" ("requestId", "id") ');
    await queryRunner.query(
      'CREATE TABLE "temporary_task_forces" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "name" varchar(100) NOT NULL, "leadDepartmentId" integer NOT NULL, "formedById" integer NOT NULL, "formedAt" datetime(3) NOT NULL, CONSTRAINT "UQ_62d7bb1d94be9b684645c5eea09" UNIQUE ("appealId"), CONSTRAINT "FK_62d7bb1d94be9b684645c5eea09" FOREIGN KEY ("appealId") REFERENCES "appeals" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_48cfb1c80b6b96818317466144e" FOREIGN KEY ("leadDepartmentId") REFERENCES "departments" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_9582e4feb83fb5927efc546a127" FOREIGN KEY ("formedById") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_task_forces"("id", "appealId", "name", "leadDepartmentId", "formedById", "formedAt") SELECT "id", "appealId", "name", "leadDepartmentId", "formedById", "formedAt" FROM "task_forces"',
    );
    await queryRunner.query('DROP TABLE "task_forces"');
    await queryRunner.query('ALTER TABLE "temporary_task_forces" RENAME TO "task_forces"');
    await queryRunner.query('DROP INDEX "IDX_task_force_members_department"');
    await queryRunner.query(
      'CREATE TABLE "temporary_task_force_members" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "taskForceId" integer NOT NULL, "kind" varchar(32) NOT NULL, "departmentId" integer, "communityId" integer, "name" varchar(100), "lead" boolean NOT NULL DEFAULT (0), CONSTRAINT "FK_7b2e75cf92124a404c0cc04b072" FOREIGN KEY ("taskForceId") REFERENCES "task_forces" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_2ff6cdae4bbff6a4dc5112a58dc" FOREIGN KEY ("departmentId") REFERENCES "departments" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_296ced924096dfb37244ac9f07e" FOREIGN KEY ("communityId") REFERENCES "communities" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_task_force_members"("id", "taskForceId", "kind", "departmentId", "communityId", "name", "lead") SELECT "id", "taskForceId", "kind", "departmentId", "communityId", "name", "lead" FROM "task_force_members"',
    );
    await queryRunner.query('DROP TABLE "task_force_members"');
    await queryRunner.query('ALTER TABLE "temporary_task_force_members" RENAME TO "task_force_members"');
    await queryRunner.query('CREATE INDEX "IDX_task_force_members_department" ON "task_force_members" ("departmentId") ');
    await queryRunner.query('DROP INDEX "IDX_task_force_notes_task_force"');
    await queryRunner.query(
      'CREATE TABLE "temporary_task_force_notes" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "taskForceId" integer NOT NULL, "authorId" integer NOT NULL, "content" text NOT NULL, "visibility" varchar(32) NOT NULL, "at" datetime(3) NOT NULL, CONSTRAINT "FK_9e68e32038a97dcfdc2344e0e4b" FOREIGN KEY ("taskForceId") REFERENCES "task_forces" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_6a25417b6799327d11a134a99f4" FOREIGN KEY ("authorId") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_task_force_notes"("id", "taskForceId", "authorId", "content", "visibility", "at") SELECT "id", "taskForceId", "authorId", "content", "visibility", "at" FROM "task_force_notes"',
    );
    await queryRunner.query('DROP TABLE "task_force_notes"');
    await queryRunner.query('ALTER TABLE "temporary_task_force_notes" RENAME TO "task_force_notes"');
    await queryRunner.query('CREATE INDEX "IDX_task_force_notes_task_force" ON "task_force_notes" ("taskForceId", "id") ');
    await queryRunner.query('DROP INDEX "IDX_whistle_events_whistle"');
    await queryRunner.query(
      'CREATE TABLE "temporary_whistle_events" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "whistleId" integer NOT NULL, "type" varchar(32) NOT NULL, "actorId" integer, "actorRole" varchar(32) NOT NULL, "departmentId" integer, "note" text, "at" datetime(3) NOT NULL, CONSTRAINT "FK_10737b366f2c8c51555370df487" FOREIGN KEY ("whistleId") REFERENCES "whistles" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_5b5c415cae0757d1a03f7004242" FOREIGN KEY ("actorId") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_5ecfe1d9b02bced3fc8fc3c6408" FOREIGN KEY ("departmentId") REFERENCES "departments" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_whistle_events"("id", "whistleId", "type", "actorId", "actorRole", "departmentId", "note", "at") SELECT "id", "whistleId", "type", "actorId", "actorRole", "departmentId", "note", "at" FROM "whistle_events"',
    );
    await queryRunner.query('DROP TABLE "whistle_events"');
    await queryRunner.query('ALTER TABLE "temporary_whistle_events" RENAME TO "whistle_events"');
    await queryRunner.query('CREATE INDEX "IDX_whistle_events_whistle" ON "whistle_events" ("whistleId", "id") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_whistle_events_whistle"');
    await queryRunner.query('ALTER TABLE "whistle_events" RENAME TO "temporary_whistle_events"');
    await queryRunner.query(
      'CREATE TABLE "whistle_events" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "whistleId" integer NOT NULL, "type" varchar(32) NOT NULL, "actorId" integer, "actorRole" varchar(32) NOT NULL, "departmentId" integer, "note" text, "at" datetime(3) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "whistle_events"("id", "whistleId", "type", "actorId", "actorRole", "departmentId", "note", "at") SELECT "id", "whistleId", "type", "actorId", "actorRole", "departmentId", "note", "at" FROM "temporary_whistle_events"',
    );
    await queryRunner.query('DROP TABLE "temporary_whistle_events"');
    await queryRunner.query('CREATE INDEX "IDX_whistle_events_whistle" ON "whistle_events" ("whistleId", "id") ');
    await queryRunner.query('DROP INDEX "IDX_task_force_notes_task_force"');
    await queryRunner.query('ALTER TABLE "task_force_notes" RENAME TO "temporary_task_force_notes"');
    await queryRunner.query(
      'CREATE TABLE "task_force_notes" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "taskForceId" integer NOT NULL, "authorId" integer NOT NULL, "content" text NOT NULL, "visibility" varchar(32) NOT NULL, "at" datetime(3) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "task_force_notes"("id", "taskForceId", "authorId", "content", "visibility", "at") SELECT "id", "taskForceId", "authorId", "content", "visibility", "at" FROM "temporary_task_force_notes"',
    );
    await queryRunner.query('DROP TABLE "temporary_task_force_notes"');
    await queryRunner.query('CREATE INDEX "IDX_task_force_notes_task_force" ON "task_force_notes" ("taskForceId", "id") ');
    await queryRunner.query('DROP INDEX "IDX_task_force_members_department"');
    await queryRunner.query('ALTER TABLE "task_force_members" RENAME TO "temporary_task_force_members"');
    await queryRunner.query(
      'CREATE TABLE "task_force_members" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "taskForceId" integer NOT NULL, "kind" varchar(32) NOT NULL, "departmentId" integer, "communityId" integer, "name" varchar(100), "lead" boolean NOT NULL DEFAULT (0))',
    );
    await queryRunner.query(
      'INSERT INTO "task_force_members"("id", "taskForceId", "kind", "departmentId", "communityId", "name", "lead") SELECT "id", "taskForceId", "kind", "departmentId", "communityId", "name", "lead" FROM "temporary_task_force_members"',
    );
    await queryRunner.query('DROP TABLE "temporary_task_force_members"');
    await queryRunner.query('CREATE INDEX "IDX_task_force_members_department" ON "task_force_members" ("departmentId") ');
    await queryRunner.query('ALTER TABLE "task_forces" RENAME TO "temporary_task_forces"');
    await queryRunner.query(
      'CREATE TABLE "task_forces" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "name" varchar(100) NOT NULL, "leadDepartmentId" integer NOT NULL, "formedById" integer NOT NULL, "formedAt" datetime(3) NOT NULL, CONSTRAINT "UQ_62d7bb1d94be9b684645c5eea09" UNIQUE ("appealId"))',
    );
    await queryRunner.query(
      'INSERT INTO "task_forces"("id", "appealId", "name", "leadDepartmentId", "formedById", "formedAt") SELECT "id", "appealId", "name", "leadDepartmentId", "formedById", "formedAt" FROM "temporary_task_forces"',
    );
    await queryRunner.query('DROP TABLE "temporary_task_forces"');
    await queryRunner.query('DROP INDEX "IDX_reward_events_request"');
    await queryRunner.query('ALTER TABLE "reward_events" RENAME TO "temporary_reward_events"');
    await queryRunner.query(
      'CREATE TABLE "reward_events" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "requestId" integer NOT NULL, "type" varchar(32) NOT NULL, "actorId" integer NOT NULL, "actorRole" varchar(32) NOT NULL, "at" datetime(3) NOT NULL, "note" text)',
    );
    await queryRunner.query(
      'INSERT INTO "reward_events"("id", "requestId", "type", "actorId", "actorRole", "at", "note") SELECT "id", "requestId", "type", "actorId", "actorRole", "at", "note" FROM "temporary_reward_events"',
    );
    await queryRunner.query('DROP TABLE "temporary_reward_events"');
    await queryRunner.query('CREATE INDEX "IDX_reward_events_request" ON "reward_events" ("requestId", "id") ');
    await queryRunner.query('DROP INDEX "IDX_reward_requests_community"');
    await queryRunner.query('ALTER TABLE "reward_requests" RENAME TO "temporary_reward_requests"');
    await queryRunner.query(
      'CREATE TABLE "reward_requests" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "communityId" integer NOT NULL, "liaisonUserId" integer NOT NULL, "basis" varchar(32) NOT NULL, "appealIds" text NOT NULL, "periodLabel" varchar(50), "reward" varchar(200) NOT NULL, "amount" integer, "reason" text NOT NULL, "status" varchar(32) NOT NULL, "meetingDate" datetime(3), "meetingAttendees" text, "meetingDecision" text, "meetingMinutes" text, "proposedById" integer NOT NULL, "proposedAt" datetime(3) NOT NULL, "returnedReason" text, "updatedAt" datetime(3) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "reward_requests"("id", "communityId", "liaisonUserId", "basis", "appealIds", "periodLabel", "reward", "amount", "reason", "status", "meetingDate", "meetingAttendees", "meetingDecision", "meetingMinutes", "proposedById", "proposedAt", "returnedReason", "updatedAt") SELECT "id", "communityId", "liaisonUserId", "basis", "appealIds", "periodLabel", "reward", "amount", "reason", "status", "meetingDate", "meetingAttendees", "meetingDecision", "meetingMinutes", "proposedById", "proposedAt", "returnedReason", "updatedAt" FROM "temporary_reward_requests"',
    );
    await queryRunner.query('DROP TABLE "temporary_reward_requests"');
    await queryRunner.query('CREATE INDEX "IDX_reward_requests_community" ON "reward_requests" ("communityId", "status") ');
    await queryRunner.query('ALTER TABLE "project_opinions" RENAME TO "temporary_project_opinions"');
    await queryRunner.query(
      'CREATE TABLE "project_opinions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "projectId" integer NOT NULL, "opinion" varchar(32) NOT NULL, "text" text NOT NULL, "byId" integer NOT NULL, "at" datetime(3) NOT NULL, CONSTRAINT "UQ_d0e11f149dfb99d85415f630223" UNIQUE ("projectId"))',
    );
    await queryRunner.query(
      'INSERT INTO "project_opinions"("id", "projectId", "opinion", "text", "byId", "at") SELECT "id", "projectId", "opinion", "text", "byId", "at" FROM "temporary_project_opinions"',
    );
    await queryRunner.query('DROP TABLE "temporary_project_opinions"');
    await queryRunner.query('DROP INDEX "IDX_projects_community"');
    await queryRunner.query('DROP INDEX "IDX_59e3b67cef804cba399eb67fff"');
    await queryRunner.query('ALTER TABLE "projects" RENAME TO "temporary_projects"');
    await queryRunner.query(
      'CREATE TABLE "projects" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "communityId" integer NOT NULL, "title" varchar(100) NOT NULL, "description" text NOT NULL, "kind" varchar(32) NOT NULL, "status" varchar(32) NOT NULL, "registeredById" integer NOT NULL, "registeredAt" datetime(3) NOT NULL, "opinionDueAt" datetime(3) NOT NULL, "startedAt" datetime(3), "startedById" integer)',
    );
    await queryRunner.query(
      'INSERT INTO "projects"("id", "communityId", "title", "description", "kind", "status", "registeredById", "registeredAt", "opinionDueAt", "startedAt", "startedById") SELECT "id", "communityId", "title", "description", "kind", "status", "registeredById", "registeredAt", "opinionDueAt", "startedAt", "startedById" FROM "temporary_projects"',
    );
    await queryRunner.query('DROP TABLE "temporary_projects"');
    await queryRunner.query('CREATE INDEX "IDX_projects_community" ON "projects" ("communityId", "status") ');
    await queryRunner.query('CREATE INDEX "IDX_59e3b67cef804cba399eb67fff" ON "projects" ("opinionDueAt") ');
    await queryRunner.query('DROP INDEX "IDX_management_items_community"');
    await queryRunner.query('ALTER TABLE "management_items" RENAME TO "temporary_management_items"');
    await queryRunner.query(
      'CREATE TABLE "management_items" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "communityId" integer NOT NULL, "kind" varchar(32) NOT NULL, "title" varchar(100) NOT NULL, "description" text NOT NULL, "position" integer NOT NULL, "updatedById" integer NOT NULL, "updatedAt" datetime(3) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "management_items"("id", "communityId", "kind", "title", "description", "position", "updatedById", "updatedAt") SELECT "id", "communityId", "kind", "title", "description", "position", "updatedById", "updatedAt" FROM "temporary_management_items"',
    );
    await queryRunner.query('DROP TABLE "temporary_management_items"');
    await queryRunner.query('CREATE INDEX "IDX_management_items_community" ON "management_items" ("communityId", "position") ');
    await queryRunner.query('DROP INDEX "IDX_training_records_liaison"');
    await queryRunner.query('ALTER TABLE "training_records" RENAME TO "temporary_training_records"');
    await queryRunner.query(
      'CREATE TABLE "training_records" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "liaisonUserId" integer NOT NULL, "title" varchar(100) NOT NULL, "date" datetime(3) NOT NULL, "hours" double NOT NULL, "recordedById" integer NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "training_records"("id", "liaisonUserId", "title", "date", "hours", "recordedById") SELECT "id", "liaisonUserId", "title", "date", "hours", "recordedById" FROM "temporary_training_records"',
    );
    await queryRunner.query('DROP TABLE "temporary_training_records"');
    await queryRunner.query('CREATE INDEX "IDX_training_records_liaison" ON "training_records" ("liaisonUserId") ');
    await queryRunner.query('DROP INDEX "IDX_liaison_profiles_community"');
    await queryRunner.query('ALTER TABLE "liaison_profiles" RENAME TO "temporary_liaison_profiles"');
    await queryRunner.query(
      'CREATE TABLE "liaison_profiles" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "communityId" integer NOT NULL, "duties" text NOT NULL, "joinedAt" datetime(3) NOT NULL, "active" boolean NOT NULL DEFAULT (1), CONSTRAINT "UQ_b95effa9b0e9751938090e10bd7" UNIQUE ("userId"), CONSTRAINT "REL_b95effa9b0e9751938090e10bd" UNIQUE ("userId"))',
    );
    await queryRunner.query(
      'INSERT INTO "liaison_profiles"("id", "userId", "communityId", "duties", "joinedAt", "active") SELECT "id", "userId", "communityId", "duties", "joinedAt", "active" FROM "temporary_liaison_profiles"',
    );
    await queryRunner.query('DROP TABLE "temporary_liaison_profiles"');
    await queryRunner.query('CREATE INDEX "IDX_liaison_profiles_community" ON "liaison_profiles" ("communityId", "active") ');
    await queryRunner.query('ALTER TABLE "department_scores" RENAME TO "temporary_department_scores"');
    await queryRunner.query(
      'CREATE TABLE "department_scores" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "periodId" integer NOT NULL, "communityId" integer NOT NULL, "departmentId" integer NOT NULL, "score" integer NOT NULL, "comment" text, "byId" integer NOT NULL, "at" datetime(3) NOT NULL, CONSTRAINT "UQ_department_scores_once" UNIQUE ("periodId", "communityId", "departmentId"))',
    );
    await queryRunner.query(
      'INSERT INTO "department_scores"("id", "periodId", "communityId", "departmentId", "score", "comment", "byId", "at") SELECT "id", "periodId", "communityId", "departmentId", "score", "comment", "byId", "at" FROM "temporary_department_scores"',
    );
    await queryRunner.query('DROP TABLE "temporary_department_scores"');
    await queryRunner.query('DROP INDEX "IDX_appeal_timers_fire"');
    await queryRunner.query('ALTER TABLE "appeal_timers" RENAME TO "temporary_appeal_timers"');
    await queryRunner.query(
      'CREATE TABLE "appeal_timers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer, "kind" varchar(32) NOT NULL, "fireAt" datetime(3), "deadline" datetime(3) NOT NULL, "firedAt" datetime(3), "version" integer NOT NULL DEFAULT (1), "attempts" integer NOT NULL DEFAULT (0), "lastError" varchar(500), "whistleTargetId" integer, CONSTRAINT "UQ_appeal_timers_whistle_target_kind" UNIQUE ("whistleTargetId", "kind"), CONSTRAINT "UQ_appeal_timers_kind" UNIQUE ("appealId", "kind"))',
    );
    await queryRunner.query(
      'INSERT INTO "appeal_timers"("id", "appealId", "kind", "fireAt", "deadline", "firedAt", "version", "attempts", "lastError", "whistleTargetId") SELECT "id", "appealId", "kind", "fireAt", "deadline", "firedAt", "version", "attempts", "lastError", "whistleTargetId" FROM "temporary_appeal_timers"',
    );
    await queryRunner.query('DROP TABLE "temporary_appeal_timers"');
    await queryRunner.query('CREATE INDEX "IDX_appeal_timers_fire" ON "appeal_timers" ("fireAt") ');
    await queryRunner.query('DROP INDEX "IDX_whistle_targets_department"');
    await queryRunner.query('ALTER TABLE "whistle_targets" RENAME TO "temporary_whistle_targets"');
    await queryRunner.query(
      'CREATE TABLE "whistle_targets" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "whistleId" integer NOT NULL, "departmentId" integer NOT NULL, "status" varchar(32) NOT NULL, "reportedInAt" datetime(3), "reportedInById" integer, "reportInMissedAt" datetime(3), "completedAt" datetime(3), "completedById" integer, "completionNote" text, "rating" varchar(32), "ratingComment" text, CONSTRAINT "UQ_whistle_targets_department" UNIQUE ("whistleId", "departmentId"))',
    );
    await queryRunner.query(
      'INSERT INTO "whistle_targets"("id", "whistleId", "departmentId", "status", "reportedInAt", "reportedInById", "reportInMissedAt", "completedAt", "completedById", "completionNote", "rating", "ratingComment") SELECT "id", "whistleId", "departmentId", "status", "reportedInAt", "reportedInById", "reportInMissedAt", "completedAt", "completedById", "completionNote", "rating", "ratingComment" FROM "temporary_whistle_targets"',
    );
    await queryRunner.query('DROP TABLE "temporary_whistle_targets"');
    await queryRunner.query('CREATE INDEX "IDX_whistle_targets_department" ON "whistle_targets" ("departmentId", "status") ');
    await queryRunner.query('DROP INDEX "IDX_whistles_community"');
    await queryRunner.query('DROP INDEX "IDX_3b12f4c2b674ccd18eaed02cd9"');
    await queryRunner.query('ALTER TABLE "whistles" RENAME TO "temporary_whistles"');
    await queryRunner.query(
      'CREATE TABLE "whistles" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "communityId" integer NOT NULL, "appealId" integer, "subject" varchar(100) NOT NULL, "description" text NOT NULL, "tier" varchar(32) NOT NULL, "status" varchar(32) NOT NULL, "createdById" integer NOT NULL, "createdAt" datetime(3) NOT NULL, "reportInDueAt" datetime(3) NOT NULL, "closedAt" datetime(3), "closedById" integer)',
    );
    await queryRunner.query(
      'INSERT INTO "whistles"("id", "communityId", "appealId", "subject", "description", "tier", "status", "createdById", "createdAt", "reportInDueAt", "closedAt", "closedById") SELECT "id", "communityId", "appealId", "subject", "description", "tier", "status", "createdById", "createdAt", "reportInDueAt", "closedAt", "closedById" FROM "temporary_whistles"',
    );
    await queryRunner.query('DROP TABLE "temporary_whistles"');
    await queryRunner.query('CREATE INDEX "IDX_whistles_community" ON "whistles" ("communityId", "status") ');
    await queryRunner.query('CREATE INDEX "IDX_3b12f4c2b674ccd18eaed02cd9" ON "whistles" ("appealId") ');
    await queryRunner.query('DROP INDEX "IDX_appeal_timers_fire"');
    await queryRunner.query('ALTER TABLE "appeal_timers" RENAME TO "temporary_appeal_timers"');
    await queryRunner.query(
      'CREATE TABLE "appeal_timers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer, "kind" varchar(32) NOT NULL, "fireAt" datetime(3), "deadline" datetime(3) NOT NULL, "firedAt" datetime(3), "version" integer NOT NULL DEFAULT (1), "attempts" integer NOT NULL DEFAULT (0), "lastError" varchar(500), "whistleTargetId" integer)',
    );
    await queryRunner.query(
      'INSERT INTO "appeal_timers"("id", "appealId", "kind", "fireAt", "deadline", "firedAt", "version", "attempts", "lastError", "whistleTargetId") SELECT "id", "appealId", "kind", "fireAt", "deadline", "firedAt", "version", "attempts", "lastError", "whistleTargetId" FROM "temporary_appeal_timers"',
    );
    await queryRunner.query('DROP TABLE "temporary_appeal_timers"');
    await queryRunner.query('CREATE INDEX "IDX_appeal_timers_fire" ON "appeal_timers" ("fireAt") ');
    await queryRunner.query('DROP INDEX "IDX_appeal_timers_fire"');
    await queryRunner.query('ALTER TABLE "appeal_timers" RENAME TO "temporary_appeal_timers"');
    await queryRunner.query(
      'CREATE TABLE "appeal_timers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "kind" varchar(32) NOT NULL, "fireAt" datetime(3), "deadline" datetime(3) NOT NULL, "firedAt" datetime(3), "version" integer NOT NULL DEFAULT (1), "attempts" integer NOT NULL DEFAULT (0), "lastError" varchar(500), "whistleTargetId" integer)',
    );
    await queryRunner.query(
      'INSERT INTO "appeal_timers"("id", "appealId", "kind", "fireAt", "deadline", "firedAt", "version", "attempts", "lastError", "whistleTargetId") SELECT "id", "appealId", "kind", "fireAt", "deadline", "firedAt", "version", "attempts", "lastError", "whistleTargetId" FROM "temporary_appeal_timers"',
    );
    await queryRunner.query('DROP TABLE "temporary_appeal_timers"');
    await queryRunner.query('CREATE INDEX "IDX_appeal_timers_fire" ON "appeal_timers" ("fireAt") ');
    await queryRunner.query('DROP INDEX "IDX_appeal_timers_fire"');
    await queryRunner.query('ALTER TABLE "appeal_timers" RENAME TO "temporary_appeal_timers"');
    await queryRunner.query(
      'CREATE TABLE "appeal_timers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "kind" varchar(32) NOT NULL, "fireAt" datetime(3), "deadline" datetime(3) NOT NULL, "firedAt" datetime(3), "version" integer NOT NULL DEFAULT (1), "attempts" integer NOT NULL DEFAULT (0), "lastError" varchar(500), "whistleTargetId" integer, CONSTRAINT "UQ_appeal_timers_kind" UNIQUE ("appealId", "kind"))',
    );
    await queryRunner.query(
      'INSERT INTO "appeal_timers"("id", "appealId", "kind", "fireAt", "deadline", "firedAt", "version", "attempts", "lastError", "whistleTargetId") SELECT "id", "appealId", "kind", "fireAt", "deadline", "firedAt", "version", "attempts", "lastError", "whistleTargetId" FROM "temporary_appeal_timers"',
    );
    await queryRunner.query('DROP TABLE "temporary_appeal_timers"');
    await queryRunner.query('CREATE INDEX "IDX_appeal_timers_fire" ON "appeal_timers" ("fireAt") ');
    await queryRunner.query('DROP INDEX "IDX_appeal_timers_fire"');
    await queryRunner.query('ALTER TABLE "appeal_timers" RENAME TO "temporary_appeal_timers"');
    await queryRunner.query(
      'CREATE TABLE "appeal_timers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "kind" varchar(32) NOT NULL, "fireAt" datetime(3), "deadline" datetime(3) NOT NULL, "firedAt" datetime(3), "version" integer NOT NULL DEFAULT (1), "attempts" integer NOT NULL DEFAULT (0), "lastError" varchar(500), "whistleTargetId" integer, CONSTRAINT "UQ_appeal_timers_kind" UNIQUE ("appealId", "kind"), CONSTRAINT "FK_30a2db8318e42b01a7389aa12f8" FOREIGN KEY ("appealId") REFERENCES "appeals" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "appeal_timers"("id", "appealId", "kind", "fireAt", "deadline", "firedAt", "version", "attempts", "lastError", "whistleTargetId") SELECT "id", "appealId", "kind", "fireAt", "deadline", "firedAt", "version", "attempts", "lastError", "whistleTargetId" FROM "temporary_appeal_timers"',
    );
    await queryRunner.query('DROP TABLE "temporary_appeal_timers"');
    await queryRunner.query('CREATE INDEX "IDX_appeal_timers_fire" ON "appeal_timers" ("fireAt") ');
    await queryRunner.query('DROP INDEX "IDX_appeal_timers_fire"');
    await queryRunner.query('ALTER TABLE "appeal_timers" RENAME TO "temporary_appeal_timers"');
    await queryRunner.query(
      'CREATE TABLE "appeal_timers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "kind" varchar(32) NOT NULL, "fireAt" datetime(3), "deadline" datetime(3) NOT NULL, "firedAt" datetime(3), "version" integer NOT NULL DEFAULT (1), "attempts" integer NOT NULL DEFAULT (0), "lastError" varchar(500), CONSTRAINT "UQ_appeal_timers_kind" UNIQUE ("appealId", "kind"), CONSTRAINT "FK_30a2db8318e42b01a7389aa12f8" FOREIGN KEY ("appealId") REFERENCES "appeals" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "appeal_timers"("id", "appealId", "kind", "fireAt", "deadline", "firedAt", "version", "attempts", "lastError") SELECT "id", "appealId", "kind", "fireAt", "deadline", "firedAt", "version", "attempts", "lastError" FROM "temporary_appeal_timers"',
    );
    await queryRunner.query('DROP TABLE "temporary_appeal_timers"');
    await queryRunner.query('CREATE INDEX "IDX_appeal_timers_fire" ON "appeal_timers" ("fireAt") ');
    await queryRunner.query('DROP INDEX "IDX_whistle_events_whistle"');
    await queryRunner.query('DROP TABLE "whistle_events"');
    await queryRunner.query('DROP INDEX "IDX_task_force_notes_task_force"');
    await queryRunner.query('DROP TABLE "task_force_notes"');
    await queryRunner.query('DROP INDEX "IDX_task_force_members_department"');
    await queryRunner.query('DROP TABLE "task_force_members"');
    await queryRunner.query('DROP TABLE "task_forces"');
    await queryRunner.query('DROP INDEX "IDX_reward_events_request"');
    await queryRunner.query('DROP TABLE "reward_events"');
    await queryRunner.query('DROP INDEX "IDX_reward_requests_community"');
    await queryRunner.query('DROP TABLE "reward_requests"');
    await queryRunner.query('DROP TABLE "project_opinions"');
    await queryRunner.query('DROP INDEX "IDX_projects_community"');
    await queryRunner.query('DROP INDEX "IDX_59e3b67cef804cba399eb67fff"');
    await queryRunner.query('DROP TABLE "projects"');
    await queryRunner.query('DROP INDEX "IDX_management_items_community"');
    await queryRunner.query('DROP TABLE "management_items"');
    await queryRunner.query('DROP INDEX "IDX_training_records_liaison"');
    await queryRunner.query('DROP TABLE "training_records"');
    await queryRunner.query('DROP INDEX "IDX_liaison_profiles_community"');
    await queryRunner.query('DROP TABLE "liaison_profiles"');
    await queryRunner.query('DROP TABLE "department_scores"');
    await queryRunner.query('DROP TABLE "evaluation_periods"');
    await queryRunner.query('DROP INDEX "IDX_whistle_targets_department"');
    await queryRunner.query('DROP TABLE "whistle_targets"');
    await queryRunner.query('DROP INDEX "IDX_whistles_community"');
    await queryRunner.query('DROP INDEX "IDX_3b12f4c2b674ccd18eaed02cd9"');
    await queryRunner.query('DROP TABLE "whistles"');
  }
}
