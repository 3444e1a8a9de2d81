import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Timers1795726141643 implements MigrationInterface {
  name = 'Timers1795726141643';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "supervision_flags" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "reason" varchar(32) NOT NULL, "deadline" datetime(3) NOT NULL, "level" varchar(32) NOT NULL, "createdAt" datetime(3) NOT NULL, CONSTRAINT "UQ_supervision_flags_once" UNIQUE ("appealId", "reason", "deadline"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_65cae743650290ee17003d9554" ON "supervision_flags" ("appealId") ');
    await queryRunner.query(
      'CREATE TABLE "inbox_messages" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "outboxId" integer NOT NULL, "recipientId" integer NOT NULL, "kind" varchar(32) NOT NULL, "title" varchar(100) NOT NULL, "body" varchar(500) NOT NULL, "appealId" integer, "createdAt" datetime(3) NOT NULL, "readAt" datetime(3), CONSTRAINT "UQ_c78bcf549b369cc0f6d30dbcb78" UNIQUE ("outboxId"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_inbox_messages_recipient" ON "inbox_messages" ("recipientId", "id") ');
    await queryRunner.query(
      'CREATE TABLE "notification_outbox" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "dedupeKey" varchar(150) NOT NULL, "recipientId" integer NOT NULL, "kind" varchar(32) NOT NULL, "title" varchar(100) NOT NULL, "body" varchar(500) NOT NULL, "appealId" integer, "createdAt" datetime(3) NOT NULL, "deliveredAt" datetime(3), "attempts" integer NOT NULL DEFAULT (0), CONSTRAINT "UQ_34c39c9e7fef8c917f1ad128683" UNIQUE ("dedupeKey"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_notification_outbox_pending" ON "notification_outbox" ("deliveredAt") ');
    await queryRunner.query(
      'CREATE TABLE "appeal_timers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "kind" varchar(32) NOT NULL, "fireAt" datetime(3), "deadline" datetime(3) NOT NULL, "firedAt" datetime(3), "version" integer NOT NULL DEFAULT (1), "attempts" integer NOT NULL DEFAULT (0), "lastError" varchar(500), CONSTRAINT "UQ_appeal_timers_kind" UNIQUE ("appealId", "kind"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_appeal_timers_fire" ON "appeal_timers" ("fireAt") ');
    await queryRunner.query('DROP INDEX "IDX_appeals_queue"');
    await queryRunner.query('DROP INDEX "IDX_f99082af0e87ac8afaba13a74e"');
    await queryRunner.query('DROP INDEX "IDX_fd5dea30dcd6e7a9bcd8184ab3"');
    await queryRunner.query('DROP INDEX "IDX_4bfe5102bfd3bc733a65a8585d"');
    await queryRunner.query('DROP INDEX "IDX_47fe4d28cccf834aea7d2a77bb"');
    await queryRunner.query('DROP INDEX "IDX_800acf0fc6dfb20c405d586fa1"');
    await queryRunner.query('DROP INDEX "IDX_cc22e1f032a36f97fba02462e5"');
    await queryRunner.query(
      'CREATE TABLE "temporary_appeals" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "communityId" integer NOT NULL, "buildingId" integer, "channel" varchar(32) NOT NULL, "category" varchar(32) NOT NULL, "tier" varchar(32) NOT NULL, "level" varchar(32) NOT NULL, "status" varchar(32) NOT NULL, "content" text NOT NULL, "locationText" varchar(200), "latitude" double, "longitude" double, "proactive" boolean NOT NULL DEFAULT (0), "reporterId" integer, "filedById" integer NOT NULL, "firstResponderId" integer, "handlerId" integer, "assignedLiaisonId" integer, "contactName" varchar(50), "contactPhoneEncrypted" varchar(255), "proposedTier" varchar(32) NOT NULL, "proposedCategory" varchar(32) NOT NULL, "triageRuleId" varchar(50), "triageKeyword" varchar(50), "triageReason" varchar(200) NOT NULL, "triageConfirmedById" integer, "triageConfirmedAt" datetime(3), "tierPolicyVersion" integer NOT NULL, "receivedAt" datetime(3) NOT NULL, "cycleStartedAt" datetime(3) NOT NULL, "dueAt" datetime(3) NOT NULL, "warnAt" datetime(3) NOT NULL, "respondedAt" datetime(3), "progressDueAt" datetime(3), "resolvedAt" datetime(3), "fedBackAt" datetime(3), "closedAt" datetime(3), "handedTo" varchar(3), "reopenCount" integer NOT NULL DEFAULT (0), "awaitingSecretaryReview" boolean NOT NULL DEFAULT (0), "idempotencyKey" varchar(64) NOT NULL, "requestHash" varchar(64) NOT NULL, "updatedAt" datetime(3) NOT NULL, "breachedAt" datetime(3), "supervised" boolean NOT NULL DEFAULT (0), CONSTRAINT "UQ_appeals_idempotency" UNIQUE ("filedById", "idempotencyKey"), CONSTRAINT "FK_c1f9bd96dc1f7d918d59a4fd7a5" FOREIGN KEY ("triageConfirmedById") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_4bfe5102bfd3bc733a65a8585d2" FOREIGN KEY ("assignedLiaisonId") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_47fe4d28cccf834aea7d2a77bb5" FOREIGN KEY ("handlerId") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_59ca6c61a5efb6b8b9d4c1e432a" FOREIGN KEY ("firstResponderId") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_373222094f66d0dfe7bb7316368" FOREIGN KEY ("filedById") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_800acf0fc6dfb20c405d586fa1a" FOREIGN KEY ("reporterId") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_52eccb899814ed7a7480711c958" FOREIGN KEY ("buildingId") REFERENCES "buildings" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_890e1fe2f1e417a35f476366220" FOREIGN KEY ("communityId") REFERENCES "communities" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_appeals"("id", "communityId", "buildingId", "channel", "category", "tier", "level", "status", "content", "locationText", "latitude", "longitude", "proactive", "reporterId", "filedById", "firstResponderId", "handlerId", "assignedLiaisonId", "contactName", "contactPhoneEncrypted", "proposedTier", "proposedCategory", "triageRuleId", "triageKeyword", "triageReason", "triageConfirmedById", "triageConfirmedAt", "tierPolicyVersion", "receivedAt", "cycleStartedAt", "dueAt", "warnAt", "respondedAt", "progressDueAt", "resolvedAt", "fedBackAt", "closedAt", "handedTo", "reopenCount", "awaitingSecretaryReview", "idempotencyKey", "requestHash", "updatedAt") SELECT "id", "communityId", "buildingId", "channel", "category", "tier", "level", "status", "content", "locationText", "latitude", "longitude", "proactive", "reporterId", "filedById", "firstResponderId", "handlerId", "assignedLiaisonId", "contactName", "contactPhoneEncrypted", "proposedTier", "proposedCategory", "triageRuleId", "triageKeyword", "triageReason", "triageConfirmedById", "triageConfirmedAt", "tierPolicyVersion", "receivedAt", "cycleStartedAt", "dueAt", "warnAt", "respondedAt", "progressDueAt", "resolvedAt", "fedBackAt", "closedAt", "handedTo", "reopenCount", "awaitingSecretaryReview", "idempotencyKey", "requestHash", "updatedAt" FROM "appeals"',
    );
    await queryRunner.query('DROP TABLE "appeals"');
    await queryRunner.query('ALTER TABLE "temporary_appeals" RENAME TO "appeals"');
    await queryRunner.query('CREATE INDEX "IDX_appeals_queue" ON "appeals" ("communityId", "status", "dueAt") ');
    await queryRunner.query('CREATE INDEX "IDX_f99082af0e87ac8afaba13a74e" ON "appeals" ("progressDueAt") ');
    await queryRunner.query('CREATE INDEX "IDX_fd5dea30dcd6e7a9bcd8184ab3" ON "appeals" ("dueAt") ');
    await queryRunner.query('CREATE INDEX "IDX_4bfe5102bfd3bc733a65a8585d" ON "appeals" ("assignedLiaisonId") ');
    await queryRunner.query('CREATE INDEX "IDX_47fe4d28cccf834aea7d2a77bb" ON "appeals" ("handlerId") ');
    await queryRunner.query('CREATE INDEX "IDX_800acf0fc6dfb20c405d586fa1" ON "appeals" ("reporterId") ');
    await queryRunner.query('CREATE INDEX "IDX_cc22e1f032a36f97fba02462e5" ON "appeals" ("status") ');
    await queryRunner.query('DROP INDEX "IDX_d0608d82f2483d88089251f546"');
    await queryRunner.query(
      'CREATE TABLE "temporary_dispatch_orders" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "status" varchar(32) NOT NULL, "reason" text NOT NULL, "requestedById" integer NOT NULL, "requestedAt" datetime(3) NOT NULL, "consultedWithId" integer NOT NULL, "consultationNote" text NOT NULL, "dispatchedById" integer, "dispatchedAt" datetime(3), CONSTRAINT "UQ_520a29a774e18b3df284073ccc7" UNIQUE ("appealId"))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_dispatch_orders"("id", "appealId", "status", "reason", "requestedById", "requestedAt", "consultedWithId", "consultationNote", "dispatchedById", "dispatchedAt") SELECT "id", "appealId", "status", "reason", "requestedById", "requestedAt", "consultedWithId", "consultationNote", "dispatchedById", "dispatchedAt" FROM "dispatch_orders"',
    );
    await queryRunner.query('DROP TABLE "dispatch_orders"');
    await queryRunner.query('ALTER TABLE "temporary_dispatch_orders" RENAME TO "dispatch_orders"');
    await queryRunner.query('CREATE INDEX "IDX_d0608d82f2483d88089251f546" ON "dispatch_orders" ("status") ');
    await queryRunner.query('DROP INDEX "IDX_d0608d82f2483d88089251f546"');
    await queryRunner.query(
      'CREATE TABLE "temporary_dispatch_orders" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "status" varchar(32) NOT NULL, "reason" text NOT NULL, "requestedById" integer, "requestedAt" datetime(3) NOT NULL, "consultedWithId" integer, "consultationNote" text NOT NULL, "dispatchedById" integer, "dispatchedAt" datetime(3), CONSTRAINT "UQ_520a29a774e18b3df284073ccc7" UNIQUE ("appealId"))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_dispatch_orders"("id", "appealId", "status", "reason", "requestedById", "requestedAt", "consultedWithId", "consultationNote", "dispatchedById", "dispatchedAt") SELECT "id", "appealId", "status", "reason", "requestedById", "requestedAt", "consultedWithId", "consultationNote", "dispatchedById", "dispatchedAt" FROM "dispatch_orders"',
    );
    await queryRunner.query('DROP TABLE "dispatch_orders"');
    await queryRunner.query('ALTER TABLE "temporary_dispatch_orders" RENAME TO "dispatch_orders"');
    await queryRunner.query('CREATE INDEX "IDX_d0608d82f2483d88089251f546" ON "dispatch_orders" ("status") ');
    await queryRunner.query('DROP INDEX "IDX_d0608d82f2483d88089251f546"');
    await queryRunner.query(
      'CREATE TABLE "temporary_dispatch_orders" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "status" varchar(32) NOT NULL, "reason" text NOT NULL, "requestedById" integer, "requestedAt" datetime(3) NOT NULL, "consultedWithId" integer, "consultationNote" text NOT NULL, "dispatchedById" integer, "dispatchedAt" datetime(3), CONSTRAINT "UQ_520a29a774e18b3df284073ccc7" UNIQUE ("appealId"), CONSTRAINT "FK_520a29a774e18b3df284073ccc7" FOREIGN KEY ("appealId") REFERENCES "appeals" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_771a5188eef37dc70f28e149900" FOREIGN KEY ("requestedById") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_b021719a718c47c6629b1e69790" FOREIGN KEY ("consultedWithId") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_5cbe554cbcd65ffbb9b1299ee86" FOREIGN KEY ("dispatchedById") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_dispatch_orders"("id", "appealId", "status", "reason", "requestedById", "requestedAt", "consultedWithId", "consultationNote", "dispatchedById", "dispatchedAt") SELECT "id", "appealId", "status", "reason", "requestedById", "requestedAt", "consultedWithId", "consultationNote", "dispatchedById", "dispatchedAt" FROM "dispatch_orders"',
    );
    await queryRunner.query('DROP TABLE "dispatch_orders"');
    await queryRunner.query('ALTER TABLE "temporary_dispatch_orders" RENAME TO "dispatch_orders"');
    await queryRunner.query('CREATE INDEX "IDX_d0608d82f2483d88089251f546" ON "dispatch_orders" ("status") ');
    await queryRunner.query('DROP INDEX "IDX_65cae743650290ee17003d9554"');
    await queryRunner.query(
      'CREATE TABLE "temporary_supervision_flags" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "reason" varchar(32) NOT NULL, "deadline" datetime(3) NOT NULL, "level" varchar(32) NOT NULL, "createdAt" datetime(3) NOT NULL, CONSTRAINT "UQ_supervision_flags_once" UNIQUE ("appealId", "reason", "deadline"), CONSTRAINT "FK_65cae743650290ee17003d95541" FOREIGN KEY ("appealId") REFERENCES "appeals" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_supervision_flags"("id", "appealId", "reason", "deadline", "level", "createdAt") SELECT "id", "appealId", "reason", "deadline", "level", "createdAt" FROM "supervision_flags"',
    );
    await queryRunner.query('DROP TABLE "supervision_flags"');
    await queryRunner.query('ALTER TABLE "temporary_supervision_flags" RENAME TO "supervision_flags"');
    await queryRunner.query('CREATE INDEX "IDX_65cae743650290ee17003d9554" ON "supervision_flags" ("appealId") ');
    await queryRunner.query('DROP INDEX "IDX_appeal_timers_fire"');
    await queryRunner.query(
      'CREATE TABLE "temporary_appeal_timers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "kind" varchar(32) NOT NULL, "fireAt" datetime(3), "deadline" datetime(3) NOT NULL, "firedAt" datetime(3), "version" integer NOT NULL DEFAULT (1), "attempts" integer NOT NULL DEFAULT (0), "lastError" varchar(500), CONSTRAINT "UQ_appeal_timers_kind" UNIQUE ("appealId", "kind"), CONSTRAINT "FK_30a2db8318e42b01a7389aa12f8" FOREIGN KEY ("appealId") REFERENCES "appeals" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_appeal_timers"("id", "appealId", "kind", "fireAt", "deadline", "firedAt", "version", "attempts", "lastError") SELECT "id", "appealId", "kind", "fireAt", "deadline", "firedAt", "version", "attempts", "lastError" FROM "appeal_timers"',
    );
    await queryRunner.query('DROP TABLE "appeal_timers"');
    await queryRunner.query('ALTER TABLE "temporary_appeal_timers" RENAME TO "appeal_timers"');
    await queryRunner.query('CREATE INDEX "IDX_appeal_timers_fire" ON "appeal_timers" ("fireAt") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_appeal_timers_fire"');
    await queryRunner.query('ALTER TABLE "appeal_timers" RENAME TO "temporary_appeal_timers"');
    await queryRunner.query(
      'CREATE TABLE "appeal_timers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "kind" varchar(32) NOT NULL, "fireAt" datetime(3), "deadline" datetime(3) NOT NULL, "firedAt" datetime(3), "version" integer NOT NULL DEFAULT (1), "attempts" integer NOT NULL DEFAULT (0), "lastError" varchar(500), CONSTRAINT "UQ_appeal_timers_kind" UNIQUE ("appealId", "kind"))',
    );
    await queryRunner.query(
      'INSERT INTO "appeal_timers"("id", "appealId", "kind", "fireAt", "deadline", "firedAt", "version", "attempts", "lastError") SELECT "id", "appealId", "kind", "fireAt", "deadline", "firedAt", "version", "attempts", "lastError" FROM "temporary_appeal_timers"',
    );
    await queryRunner.query('DROP TABLE "temporary_appeal_timers"');
    await queryRunner.query('CREATE INDEX "IDX_appeal_timers_fire" ON "appeal_timers" ("fireAt") ');
    await queryRunner.query('DROP INDEX "IDX_65cae743650290ee17003d9554"');
    await queryRunner.query('ALTER TABLE "supervision_flags" RENAME TO "temporary_supervision_flags"');
    await queryRunner.query(
      'CREATE TABLE "supervision_flags" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "reason" varchar(32) NOT NULL, "deadline" datetime(3) NOT NULL, "level" varchar(32) NOT NULL, "createdAt" datetime(3) NOT NULL, CONSTRAINT "UQ_supervision_flags_once" UNIQUE ("appealId", "reason", "deadline"))',
    );
    await queryRunner.query(
      'INSERT INTO "supervision_flags"("id", "appealId", "reason", "deadline", "level", "createdAt") SELECT "id", "appealId", "reason", "deadline", "level", "createdAt" FROM "temporary_supervision_flags"',
    );
    await queryRunner.query('DROP TABLE "temporary_supervision_flags"');
    await queryRunner.query('CREATE INDEX "IDX_65cae743650290ee17003d9554" ON "supervision_flags" ("appealId") ');
    await queryRunner.query('DROP INDEX "IDX_d0608d82f2483d88089251f546"');
    await queryRunner.query('ALTER TABLE "dispatch_orders" RENAME TO "temporary_dispatch_orders"');
    await queryRunner.query(
      'CREATE TABLE "dispatch_orders" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "status" varchar(32) NOT NULL, "reason" text NOT NULL, "requestedById" integer, "requestedAt" datetime(3) NOT NULL, "consultedWithId" integer, "consultationNote" text NOT NULL, "dispatchedById" integer, "dispatchedAt" datetime(3), CONSTRAINT "UQ_520a29a774e18b3df284073ccc7" UNIQUE ("appealId"))',
    );
    await queryRunner.query(
      'INSERT INTO "dispatch_orders"("id", "appealId", "status", "reason", "requestedById", "requestedAt", "consultedWithId", "consultationNote", "dispatchedById", "dispatchedAt") SELECT "id", "appealId", "status", "reason", "requestedById", "requestedAt", "consultedWithId", "consultationNote", "dispatchedById", "dispatchedAt" FROM "temporary_dispatch_orders"',
    );
    await queryRunner.query('DROP TABLE "temporary_dispatch_orders"');
    await queryRunner.query('CREATE INDEX "IDX_d0608d82f2483d88089251f546" ON "dispatch_orders" ("status") ');
    await queryRunner.query('DROP INDEX "IDX_d0608d82f2483d88089251f546"');
    await queryRunner.query('ALTER TABLE "dispatch_orders" RENAME TO "temporary_dispatch_orders"');
    await queryRunner.query(
      'CREATE TABLE "dispatch_orders" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "status" varchar(32) NOT NULL, "reason" text NOT NULL, "requestedById" integer NOT NULL, "requestedAt" datetime(3) NOT NULL, "consultedWithId" integer NOT NULL, "consultationNote" text NOT NULL, "dispatchedById" integer, "dispatchedAt" datetime(3), CONSTRAINT "UQ_520a29a774e18b3df284073ccc7" UNIQUE ("appealId"))',
    );
    await queryRunner.query(
      'INSERT INTO "dispatch_orders"("id", "appealId", "status", "reason", "requestedById", "requestedAt", "consultedWithId", "consultationNote", "dispatchedById", "dispatchedAt") SELECT "id", "appealId", "status", "reason", "requestedById", "requestedAt", "consultedWithId", "consultationNote", "dispatchedById", "dispatchedAt" FROM "temporary_dispatch_orders"',
    );
    await queryRunner.query('DROP TABLE "temporary_dispatch_orders"');
    await queryRunner.query('CREATE INDEX "IDX_d0608d82f2483d88089251f546" ON "dispatch_orders" ("status") ');
    await queryRunner.query('DROP INDEX "IDX_d0608d82f2483d88089251f546"');
    await queryRunner.query('ALTER TABLE "dispatch_orders" RENAME TO "temporary_dispatch_orders"');
    await queryRunner.query(
      'CREATE TABLE "dispatch_orders" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "status" varchar(32) NOT NULL, "reason" text NOT NULL, "requestedById" integer NOT NULL, "requestedAt" datetime(3) NOT NULL, "consultedWithId" integer NOT NULL, "consultationNote" text NOT NULL, "dispatchedById" integer, "dispatchedAt" datetime(3), CONSTRAINT "UQ_520a29a774e18b3df284073ccc7" UNIQUE ("appealId"), CONSTRAINT "FK_771a5188eef37dc70f28e149900" FOREIGN KEY ("requestedById") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "dispatch_orders"("id", "appealId", "status", "reason", "requestedById", "requestedAt", "consultedWithId", "consultationNote", "dispatchedById", "dispatchedAt") SELECT "id", "appealId", "status", "reason", "requestedById", "requestedAt", "consultedWithId", "consultationNote", "dispatchedById", "dispatchedAt" FROM "temporary_dispatch_orders"',
    );
    await queryRunner.query('DROP TABLE "temporary_dispatch_orders"');
    await queryRunner.query('CREATE INDEX "IDX_d0608d82f2483d88089251f546" ON "dispatch_orders" ("status") ');
    await queryRunner.query('DROP INDEX "IDX_cc22e1f032a36f97fba02462e5"');
    await queryRunner.query('DROP INDEX "IDX_800acf0fc6dfb20c405d586fa1"');
    await queryRunner.query('DROP INDEX "IDX_47fe4d28cccf834aea7d2a77bb"');
    await queryRunner.query('DROP INDEX "IDX_4bfe5102bfd3bc733a65a8585d"');
    await queryRunner.query('DROP INDEX "IDX_fd5dea30dcd6e7a9bcd8184ab3"');
    await queryRunner.query('DROP INDEX "IDX_f99082af0e87ac8afaba13a74e"');
    await queryRunner.query('DROP INDEX "IDX_appeals_queue"');
    await queryRunner.query('ALTER TABLE "appeals" RENAME TO "temporary_appeals"');
    await queryRunner.query(
      'CREATE TABLE "appeals" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "communityId" integer NOT NULL, "buildingId" integer, "channel" varchar(32) NOT NULL, "category" varchar(32) NOT NULL, "tier" varchar(32) NOT NULL, "level" varchar(32) NOT NULL, "status" varchar(32) NOT NULL, "content" text NOT NULL, "locationText" varchar(200), "latitude" double, "longitude" double, "proactive" boolean NOT NULL DEFAULT (0), "reporterId" integer, "filedById" integer NOT NULL, "firstResponderId" integer, "handlerId" integer, "assignedLiaisonId" integer, "contactName" varchar(50), "contactPhoneEncrypted" varchar(255), "proposedTier" varchar(32) NOT NULL, "proposedCategory" varchar(32) NOT NULL, "triageRuleId" varchar(50), "triageKeyword" varchar(50), "triageReason" varchar(200) NOT NULL, "triageConfirmedById" integer, "triageConfirmedAt" datetime(3), "tierPolicyVersion" integer NOT NULL, "receivedAt" datetime(3) NOT NULL, "cycleStartedAt" datetime(3) NOT NULL, "dueAt" datetime(3) NOT NULL, "warnAt" datetime(3) NOT NULL, "respondedAt" datetime(3), "progressDueAt" datetime(3), "resolvedAt" datetime(3), "fedBackAt" datetime(3), "closedAt" datetime(3), "handedTo" varchar(3), "reopenCount" integer NOT NULL DEFAULT (0), "awaitingSecretaryReview" boolean NOT NULL DEFAULT (0), "idempotencyKey" varchar(64) NOT NULL, "requestHash" varchar(64) NOT NULL, "updatedAt" datetime(3) NOT NULL, CONSTRAINT "UQ_appeals_idempotency" UNIQUE ("filedById", "idempotencyKey"), CONSTRAINT "FK_c1f9bd96dc1f7d918d59a4fd7a5" FOREIGN KEY ("triageConfirmedById") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_4bfe5102bfd3bc733a65a8585d2" FOREIGN KEY ("assignedLiaisonId") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_47fe4d28cccf834aea7d2a77bb5" FOREIGN KEY ("handlerId") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_59ca6c61a5efb6b8b9d4c1e432a" FOREIGN KEY ("firstResponderId") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_373222094f66d0dfe7bb7316368" FOREIGN KEY ("filedById") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_800acf0fc6dfb20c405d586fa1a" FOREIGN KEY ("reporterId") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_52eccb899814ed7a7480711c958" FOREIGN KEY ("buildingId") REFERENCES "buildings" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_890e1fe2f1e417a35f476366220" FOREIGN KEY ("communityId") REFERENCES "communities" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "appeals"("id", "communityId", "buildingId", "channel", "category", "tier", "level", "status", "content", "locationText", "latitude", "longitude", "proactive", "reporterId", "filedById", "firstResponderId", "handlerId", "assignedLiaisonId", "contactName", "contactPhoneEncrypted", "proposedTier", "proposedCategory", "triageRuleId", "triageKeyword", "triageReason", "triageConfirmedById", "triageConfirmedAt", "tierPolicyVersion", "receivedAt", "cycleStartedAt", "dueAt", "warnAt", "respondedAt", "progressDueAt", "resolvedAt", "fedBackAt", "closedAt", "handedTo", "reopenCount", "awaitingSecretaryReview", "idempotencyKey", "requestHash", "updatedAt") SELECT "id", "communityId", "buildingId", "channel", "category", "tier", "level", "status", "content", "locationText", "latitude", "longitude", "proactive", "reporterId", "filedById", "firstResponderId", "handlerId", "assignedLiaisonId", "contactName", "contactPhoneEncrypted", "proposedTier", "proposedCategory", "triageRuleId", "triageKeyword", "triageReason", "triageConfirmedById", "triageConfirmedAt", "tierPolicyVersion", "receivedAt", "cycleStartedAt", "dueAt", "warnAt", "respondedAt", "progressDueAt", "resolvedAt", "fedBackAt", "closedAt", "handedTo", "reopenCount", "awaitingSecretaryReview", "idempotencyKey", "requestHash", "updatedAt" FROM "temporary_appeals"',
    );
    await queryRunner.query('DROP TABLE "temporary_appeals"');
    await queryRunner.query('CREATE INDEX "IDX_cc22e1f032a36f97fba02462e5" ON "appeals" ("status") ');
    await queryRunner.query('CREATE INDEX "IDX_800acf0fc6dfb20c405d586fa1" ON "appeals" ("reporterId") ');
    await queryRunner.query('CREATE INDEX "IDX_47fe4d28cccf834aea7d2a77bb" ON "appeals" ("handlerId") ');
    await queryRunner.query('CREATE INDEX "IDX_4bfe5102bfd3bc733a65a8585d" ON "appeals" ("assignedLiaisonId") ');
    await queryRunner.query('CREATE INDEX "IDX_fd5dea30dcd6e7a9bcd8184ab3" ON "appeals" ("dueAt") ');
    await queryRunner.query('CREATE INDEX "IDX_f99082af0e87ac8afaba13a74e" ON "appeals" ("progressDueAt") ');
    await queryRunner.query('CREATE INDEX "IDX_appeals_queue" ON "appeals" ("communityId", "status", "dueAt") ');
    await queryRunner.query('DROP INDEX "IDX_appeal_timers_fire"');
    await queryRunner.query('DROP TABLE "appeal_timers"');
    await queryRunner.query('DROP INDEX "IDX_notification_outbox_pending"');
    await queryRunner.query('DROP TABLE "notification_outbox"');
    await queryRunner.query('DROP INDEX "IDX_inbox_messages_recipient"');
    await queryRunner.query('DROP TABLE "inbox_messages"');
    await queryRunner.query('DROP INDEX "IDX_65cae743650290ee17003d9554"');
    await queryRunner.query('DROP TABLE "supervision_flags"');
  }
}
