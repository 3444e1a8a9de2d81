import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MeToo1795730451230 implements MigrationInterface {
  name = 'MeToo1795730451230';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "appeal_supporters" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "userId" integer NOT NULL, "createdAt" datetime(3) NOT NULL, CONSTRAINT "UQ_appeal_supporters_once" UNIQUE ("appealId", "userId"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_c47a4b9b1ebf806e826233eafa" ON "appeal_supporters" ("userId") ');
    await queryRunner.query('DROP INDEX "IDX_cc22e1f032a36f97fba02462e5"');
    await queryRunner.query('DROP INDEX "IDX_800acf0fc6dfb20c405d586fa1"');
    await queryRunner.query('DROP INDEX "IDX_47fe4d28cccf834aea7d2a77bb"');
    await queryRunner.query('DROP INDEX "IDX_4bfe5102bfd3bc733a65a8585d"');
    await queryRunner.query('DROP INDEX "IDX_fd5dea30dcd6e7a9bcd8184ab3"');
    await queryRunner.query('DROP INDEX "IDX_f99082af0e87ac8afaba13a74e"');
    await queryRunner.query('DROP INDEX "IDX_appeals_queue"');
    await queryRunner.query(
      'CREATE TABLE "temporary_appeals" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "communityId" integer NOT NULL, "buildingId" integer, "channel" varchar(32) NOT NULL, "category" varchar(32) NOT NULL, "tier" varchar(32) NOT NULL, "level" varchar(32) NOT NULL, "status" varchar(32) NOT NULL, "content" text NOT NULL, "locationText" varchar(200), "latitude" double, "longitude" double, "proactive" boolean NOT NULL DEFAULT (0), "reporterId" integer, "filedById" integer NOT NULL, "firstResponderId" integer, "handlerId" integer, "assignedLiaisonId" integer, "contactName" varchar(50), "contactPhoneEncrypted" varchar(255), "proposedTier" varchar(32) NOT NULL, "proposedCategory" varchar(32) NOT NULL, "triageRuleId" varchar(50), "triageKeyword" varchar(50), "triageReason" varchar(200) NOT NULL, "triageConfirmedById" integer, "triageConfirmedAt" datetime(3), "tierPolicyVersion" integer NOT NULL, "receivedAt" datetime(3) NOT NULL, "cycleStartedAt" datetime(3) NOT NULL, "dueAt" datetime(3) NOT NULL, "warnAt" datetime(3) NOT NULL, "respondedAt" datetime(3), "progressDueAt" datetime(3), "resolvedAt" datetime(3), "fedBackAt" datetime(3), "closedAt" datetime(3), "handedTo" varchar(3), "reopenCount" integer NOT NULL DEFAULT (0), "awaitingSecretaryReview" boolean NOT NULL DEFAULT (0), "idempotencyKey" varchar(64) NOT NULL, "requestHash" varchar(64) NOT NULL, "updatedAt" datetime(3) NOT NULL, "breachedAt" datetime(3), "supervised" boolean NOT NULL DEFAULT (0), "supporters" integer NOT NULL DEFAULT (0), CONSTRAINT "UQ_appeals_idempotency" UNIQUE ("filedById", "idempotencyKey"), CONSTRAINT "FK_890e1fe2f1e417a35f476366220" FOREIGN KEY ("communityId") REFERENCES "communities" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_52eccb899814ed7a7480711c958" FOREIGN KEY ("buildingId") REFERENCES "buildings" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_800acf0fc6dfb20c405d586fa1a" FOREIGN KEY ("reporterId") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_373222094f66d0dfe7bb7316368" FOREIGN KEY ("filedById") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_59ca6c61a5efb6b8b9d4c1e432a" FOREIGN KEY ("firstResponderId") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_47fe4d28cccf834aea7d2a77bb5" FOREIGN KEY ("handlerId") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_4bfe5102bfd3bc733a65a8585d2" FOREIGN KEY ("assignedLiaisonId") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_c1f9bd96dc1f7d918d59a4fd7a5" FOREIGN KEY ("triageConfirmedById") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_appeals"("id", "communityId", "buildingId", "channel", "category", "tier", "level", "status", "content", "locationText", "latitude", "longitude", "proactive", "reporterId", "filedById", "firstResponderId", "handlerId", "assignedLiaisonId", "contactName", "contactPhoneEncrypted", "proposedTier", "proposedCategory", "triageRuleId", "triageKeyword", "triageReason", "triageConfirmedById", "triageConfirmedAt", "tierPolicyVersion", "receivedAt", "cycleStartedAt", "dueAt", "warnAt", "respondedAt", "progressDueAt", "resolvedAt", "fedBackAt", "closedAt", "handedTo", "reopenCount", "awaitingSecretaryReview", "idempotencyKey", "requestHash", "updatedAt", "breachedAt", "supervised") SELECT "id", "communityId", "buildingId", "channel", "category", "tier", "level", "status", "content", "locationText", "latitude", "longitude", "proactive", "reporterId", "filedById", "firstResponderId", "handlerId", "assignedLiaisonId", "contactName", "contactPhoneEncrypted", "proposedTier", "proposedCategory", "triageRuleId", "triageKeyword", "triageReason", "triageConfirmedById", "triageConfirmedAt", "tierPolicyVersion", "receivedAt", "cycleStartedAt", "dueAt", "warnAt", "respondedAt", "progressDueAt", "resolvedAt", "fedBackAt", "closedAt", "handedTo", "reopenCount", "awaitingSecretaryReview", "idempotencyKey", "requestHash", "updatedAt", "breachedAt", "supervised" FROM "appeals"',
    );
    await queryRunner.query('DROP TABLE "appeals"');
    await queryRunner.query('ALTER TABLE "temporary_appeals" RENAME TO "appeals"');
    await queryRunner.query('CREATE INDEX "IDX_cc22e1f032a36f97fba02462e5" ON "appeals" ("status") ');
    await queryRunner.query('CREATE INDEX "IDX_800acf0fc6dfb20c405d586fa1" ON "appeals" ("reporterId") ');
    await queryRunner.query('CREATE INDEX "IDX_47fe4d28cccf834aea7d2a77bb" ON "appeals" ("handlerId") ');
    await queryRunner.query('CREATE INDEX "IDX_4bfe5102bfd3bc733a65a8585d" ON "appeals" ("assignedLiaisonId") ');
    await queryRunner.query('CREATE INDEX "IDX_fd5dea30dcd6e7a9bcd8184ab3" ON "appeals" ("dueAt") ');
    await queryRunner.query('CREATE INDEX "IDX_f99082af0e87ac8afaba13a74e" ON "appeals" ("progressDueAt") ');
    await queryRunner.query('CREATE INDEX "IDX_appeals_queue" ON "appeals" ("communityId", "status", "dueAt") ');
    await queryRunner.query('DROP INDEX "IDX_c47a4b9b1ebf806e826233eafa"');
    await queryRunner.query(
      'CREATE TABLE "temporary_appeal_supporters" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "userId" integer NOT NULL, "createdAt" datetime(3) NOT NULL, CONSTRAINT "UQ_appeal_supporters_once" UNIQUE ("appealId", "userId"), CONSTRAINT "FK_50ace5e30021746f4f0297c4fd7" FOREIGN KEY ("appealId") REFERENCES "appeals" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_c47a4b9b1ebf806e826233eafa9" FOREIGN KEY ("userId") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_appeal_supporters"("id", "appealId", "userId", "createdAt") SELECT "id", "appealId", "userId", "createdAt" FROM "appeal_supporters"',
    );
    await queryRunner.query('DROP TABLE "appeal_supporters"');
    await queryRunner.query('ALTER TABLE "temporary_appeal_supporters" RENAME TO "appeal_supporters"');
    await queryRunner.query('CREATE INDEX "IDX_c47a4b9b1ebf806e826233eafa" ON "appeal_supporters" ("userId") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_c47a4b9b1ebf806e826233eafa"');
    await queryRunner.query('ALTER TABLE "appeal_supporters" RENAME TO "temporary_appeal_supporters"');
    await queryRunner.query(
      'CREATE TABLE "appeal_supporters" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "userId" integer NOT NULL, "createdAt" datetime(3) NOT NULL, CONSTRAINT "UQ_appeal_supporters_once" UNIQUE ("appealId", "userId"))',
    );
    await queryRunner.query(
      'INSERT INTO "appeal_supporters"("id", "appealId", "userId", "createdAt") SELECT "id", "appealId", "userId", "createdAt" FROM "temporary_appeal_supporters"',
    );
    await queryRunner.query('DROP TABLE "temporary_appeal_supporters"');
    await queryRunner.query('CREATE INDEX "IDX_c47a4b9b1ebf806e826233eafa" ON "appeal_supporters" ("userId") ');
    await queryRunner.query('DROP INDEX "IDX_appeals_queue"');
    await queryRunner.query('DROP INDEX "IDX_f99082af0e87ac8afaba13a74e"');
    await queryRunner.query('DROP INDEX "IDX_fd5dea30dcd6e7a9bcd8184ab3"');
    await queryRunner.query('DROP INDEX "IDX_4bfe5102bfd3bc733a65a8585d"');
    await queryRunner.query('DROP INDEX "IDX_47fe4d28cccf834aea7d2a77bb"');
    await queryRunner.query('DROP INDEX "IDX_800acf0fc6dfb20c405d586fa1"');
    await queryRunner.query('DROP INDEX "IDX_cc22e1f032a36f97fba02462e5"');
    await queryRunner.query('ALTER TABLE "appeals" RENAME TO "temporary_appeals"');
    await queryRunner.query(
      'CREATE TABLE "appeals" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "communityId" integer NOT NULL, "buildingId" integer, "channel" varchar(32) NOT NULL, "category" varchar(32) NOT NULL, "tier" varchar(32) NOT NULL, "level" varchar(32) NOT NULL, "status" varchar(32) NOT NULL, "content" text NOT NULL, "locationText" varchar(200), "latitude" double, "longitude" double, "proactive" boolean NOT NULL DEFAULT (0), "reporterId" integer, "filedById" integer NOT NULL, "firstResponderId" integer, "handlerId" integer, "assignedLiaisonId" integer, "contactName" varchar(50), "contactPhoneEncrypted" varchar(255), "proposedTier" varchar(32) NOT NULL, "proposedCategory" varchar(32) NOT NULL, "triageRuleId" varchar(50), "triageKeyword" varchar(50), "triageReason" varchar(200) NOT NULL, "triageConfirmedById" integer, "triageConfirmedAt" datetime(3), "tierPolicyVersion" integer NOT NULL, "receivedAt" datetime(3) NOT NULL, "cycleStartedAt" datetime(3) NOT NULL, "dueAt" datetime(3) NOT NULL, "warnAt" datetime(3) NOT NULL, "respondedAt" datetime(3), "progressDueAt" datetime(3), "resolvedAt" datetime(3), "fedBackAt" datetime(3), "closedAt" datetime(3), "handedTo" varchar(3), "reopenCount" integer NOT NULL DEFAULT (0), "awaitingSecretaryReview" boolean NOT NULL DEFAULT (0), "idempotencyKey" varchar(64) NOT NULL, "requestHash" varchar(64) NOT NULL, "updatedAt" datetime(3) NOT NULL, "breachedAt" datetime(3), "supervised" boolean NOT NULL DEFAULT (0), CONSTRAINT "UQ_appeals_idempotency" UNIQUE ("filedById", "idempotencyKey"), CONSTRAINT "FK_890e1fe2f1e417a35f476366220" FOREIGN KEY ("communityId") REFERENCES "communities" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_52eccb899814ed7a7480711c958" FOREIGN KEY ("buildingId") REFERENCES "buildings" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_800acf0fc6dfb20c405d586fa1a" FOREIGN KEY ("reporterId") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_373222094f66d0dfe7bb7316368" FOREIGN KEY ("filedById") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_59ca6c61a5efb6b8b9d4c1e432a" FOREIGN KEY ("firstResponderId") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_47fe4d28cccf834aea7d2a77bb5" FOREIGN KEY ("handlerId") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_4bfe5102bfd3bc733a65a8585d2" FOREIGN KEY ("assignedLiaisonId") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_c1f9bd96dc1f7d918d59a4fd7a5" FOREIGN KEY ("triageConfirmedById") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "appeals"("id", "communityId", "buildingId", "channel", "category", "tier", "level", "status", "content", "locationText", "latitude", "longitude", "proactive", "reporterId", "filedById", "firstResponderId", "handlerId", "assignedLiaisonId", "contactName", "contactPhoneEncrypted", "proposedTier", "proposedCategory", "triageRuleId", "triageKeyword", "triageReason", "triageConfirmedById", "triageConfirmedAt", "tierPolicyVersion", "receivedAt", "cycleStartedAt", "dueAt", "warnAt", "respondedAt", "progressDueAt", "resolvedAt", "fedBackAt", "closedAt", "handedTo", "reopenCount", "awaitingSecretaryReview", "idempotencyKey", "requestHash", "updatedAt", "breachedAt", "supervised") SELECT "id", "communityId", "buildingId", "channel", "category", "tier", "level", "status", "content", "locationText", "latitude", "longitude", "proactive", "reporterId", "filedById", "firstResponderId", "handlerId", "assignedLiaisonId", "contactName", "contactPhoneEncrypted", "proposedTier", "proposedCategory", "triageRuleId", "triageKeyword", "triageReason", "triageConfirmedById", "triageConfirmedAt", "tierPolicyVersion", "receivedAt", "cycleStartedAt", "dueAt", "warnAt", "respondedAt", "progressDueAt", "resolvedAt", "fedBackAt", "closedAt", "handedTo", "reopenCount", "awaitingSecretaryReview", "idempotencyKey", "requestHash", "updatedAt", "breachedAt", "supervised" FROM "temporary_appeals"',
    );
    await queryRunner.query('DROP TABLE "temporary_appeals"');
    await queryRunner.query('CREATE INDEX "IDX_appeals_queue" ON "appeals" ("communityId", "status", "dueAt") ');
    await queryRunner.query('CREATE INDEX "IDX_f99082af0e87ac8afaba13a74e" ON "appeals" ("progressDueAt") ');
    await queryRunner.query('CREATE INDEX "IDX_fd5dea30dcd6e7a9bcd8184ab3" ON "appeals" ("dueAt") ');
    await queryRunner.query('CREATE INDEX "IDX_4bfe5102bfd3bc733a65a8585d" ON "appeals" ("assignedLiaisonId") ');
    await queryRunner.query('CREATE INDEX "IDX_47fe4d28cccf834aea7d2a77bb" ON "appeals" ("handlerId") ');
    await queryRunner.query('CREATE INDEX "IDX_800acf0fc6dfb20c405d586fa1" ON "appeals" ("reporterId") ');
    await queryRunner.query('CREATE INDEX "IDX_cc22e1f032a36f97fba02462e5" ON "appeals" ("status") ');
    await queryRunner.query('DROP INDEX "IDX_c47a4b9b1ebf806e826233eafa"');
    await queryRunner.query('DROP TABLE "appeal_supporters"');
  }
}
