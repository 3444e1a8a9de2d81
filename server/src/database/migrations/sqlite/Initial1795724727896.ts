import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795724727896 implements MigrationInterface {
  name = 'Initial1795724727896';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "grids" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(50) NOT NULL, CONSTRAINT "UQ_7df96db377fc1cc6e3a06bbc278" UNIQUE ("name"))',
    );
    await queryRunner.query(
      'CREATE TABLE "communities" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(16) NOT NULL, "name" varchar(50) NOT NULL, "gridId" integer, "isSample" boolean NOT NULL DEFAULT (0), "windowAddress" varchar(200) NOT NULL DEFAULT (\'\'), "windowHours" varchar(100) NOT NULL DEFAULT (\'\'), "hotline" varchar(32) NOT NULL DEFAULT (\'\'), "cardStaff" text, CONSTRAINT "UQ_70812b391b6dc0a24cd3161ea1c" UNIQUE ("code"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_1065948497ac28ae964d5ad6e3" ON "communities" ("gridId") ');
    await queryRunner.query(
      'CREATE TABLE "departments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(60) NOT NULL, "kind" varchar(32) NOT NULL, "active" boolean NOT NULL DEFAULT (1), CONSTRAINT "UQ_8681da666ad9699d568b3e91064" UNIQUE ("name"))',
    );
    await queryRunner.query(
      'CREATE TABLE "users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "role" varchar(32) NOT NULL, "displayName" varchar(50) NOT NULL, "title" varchar(50) NOT NULL DEFAULT (\'\'), "username" varchar(50), "passwordHash" varchar(200), "wechatOpenId" varchar(64), "phoneEncrypted" varchar(255), "communityId" integer, "gridId" integer, "departmentId" integer, "active" boolean NOT NULL DEFAULT (1), "createdAt" datetime(3) NOT NULL, CONSTRAINT "UQ_fe0bb3f6520ee0469504521e710" UNIQUE ("username"), CONSTRAINT "UQ_ad7b25d304f187d8518942b1da1" UNIQUE ("wechatOpenId"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_ace513fa30d485cfd25c11a9e4" ON "users" ("role") ');
    await queryRunner.query('CREATE INDEX "IDX_0996312a839272736be74c6161" ON "users" ("communityId") ');
    await queryRunner.query(
      'CREATE TABLE "buildings" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(24) NOT NULL, "name" varchar(50) NOT NULL, "communityId" integer NOT NULL, CONSTRAINT "UQ_314c7f29d7f9121e116ccc29b82" UNIQUE ("code"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_3262db4c13818015cc1e36aca8" ON "buildings" ("communityId") ');
    await queryRunner.query(
      'CREATE TABLE "appeals" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "communityId" integer NOT NULL, "buildingId" integer, "channel" varchar(32) NOT NULL, "category" varchar(32) NOT NULL, "tier" varchar(32) NOT NULL, "level" varchar(32) NOT NULL, "status" varchar(32) NOT NULL, "content" text NOT NULL, "locationText" varchar(200), "latitude" double, "longitude" double, "proactive" boolean NOT NULL DEFAULT (0), "reporterId" integer, "filedById" integer NOT NULL, "firstResponderId" integer, "handlerId" integer, "assignedLiaisonId" integer, "contactName" varchar(50), "contactPhoneEncrypted" varchar(255), "proposedTier" varchar(32) NOT NULL, "proposedCategory" varchar(32) NOT NULL, "triageRuleId" varchar(50), "triageKeyword" varchar(50), "triageReason" varchar(200) NOT NULL, "triageConfirmedById" integer, "triageConfirmedAt" datetime(3), "tierPolicyVersion" integer NOT NULL, "receivedAt" datetime(3) NOT NULL, "cycleStartedAt" datetime(3) NOT NULL, "dueAt" datetime(3) NOT NULL, "warnAt" datetime(3) NOT NULL, "respondedAt" datetime(3), "progressDueAt" datetime(3), "resolvedAt" datetime(3), "fedBackAt" datetime(3), "closedAt" datetime(3), "handedTo" varchar(3), "reopenCount" integer NOT NULL DEFAULT (0), "awaitingSecretaryReview" boolean NOT NULL DEFAULT (0), "idempotencyKey" varchar(64) NOT NULL, "requestHash" varchar(64) NOT NULL, "updatedAt" datetime(3) NOT NULL, CONSTRAINT "UQ_appeals_idempotency" UNIQUE ("filedById", "idempotencyKey"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_cc22e1f032a36f97fba02462e5" ON "appeals" ("status") ');
    await queryRunner.query('CREATE INDEX "IDX_800acf0fc6dfb20c405d586fa1" ON "appeals" ("reporterId") ');
    await queryRunner.query('CREATE INDEX "IDX_47fe4d28cccf834aea7d2a77bb" ON "appeals" ("handlerId") ');
    await queryRunner.query('CREATE INDEX "IDX_4bfe5102bfd3bc733a65a8585d" ON "appeals" ("assignedLiaisonId") ');
    await queryRunner.query('CREATE INDEX "IDX_fd5dea30dcd6e7a9bcd8184ab3" ON "appeals" ("dueAt") ');
    await queryRunner.query('CREATE INDEX "IDX_f99082af0e87ac8afaba13a74e" ON "appeals" ("progressDueAt") ');
    await queryRunner.query('CREATE INDEX "IDX_appeals_queue" ON "appeals" ("communityId", "status", "dueAt") ');
    await queryRunner.query(
      'CREATE TABLE "appeal_events" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "type" varchar(32) NOT NULL, "actorId" integer, "actorRole" varchar(32) NOT NULL, "at" datetime(3) NOT NULL, "fromStatus" varchar(32), "toStatus" varchar(32), "note" text, "visibility" varchar(32) NOT NULL, "data" text)',
    );
    await queryRunner.query('CREATE INDEX "IDX_appeal_events_appeal" ON "appeal_events" ("appealId", "id") ');
    await queryRunner.query(
      'CREATE TABLE "appeal_feedbacks" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "method" varchar(32) NOT NULL, "byId" integer NOT NULL, "content" text NOT NULL, "residentOpinion" text, "final" boolean NOT NULL, "at" datetime(3) NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_5db7e9f862c7db9f87e025c25c" ON "appeal_feedbacks" ("appealId") ');
    await queryRunner.query(
      'CREATE TABLE "appeal_ratings" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "round" integer NOT NULL, "raterId" integer NOT NULL, "solved" boolean NOT NULL, "satisfaction" varchar(32) NOT NULL, "comment" text, "at" datetime(3) NOT NULL, CONSTRAINT "UQ_appeal_ratings_round" UNIQUE ("appealId", "round"))',
    );
    await queryRunner.query(
      'CREATE TABLE "dispatch_orders" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "status" varchar(32) NOT NULL, "reason" text NOT NULL, "requestedById" integer NOT NULL, "requestedAt" datetime(3) NOT NULL, "consultedWithId" integer NOT NULL, "consultationNote" text NOT NULL, "dispatchedById" integer, "dispatchedAt" datetime(3), CONSTRAINT "UQ_520a29a774e18b3df284073ccc7" UNIQUE ("appealId"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_d0608d82f2483d88089251f546" ON "dispatch_orders" ("status") ');
    await queryRunner.query(
      'CREATE TABLE "dispatch_assignments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "orderId" integer NOT NULL, "appealId" integer NOT NULL, "departmentId" integer NOT NULL, "role" varchar(32) NOT NULL, "completedAt" datetime(3), "completedById" integer, "note" text, CONSTRAINT "UQ_dispatch_assignments_department" UNIQUE ("orderId", "departmentId"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_dispatch_assignments_scope" ON "dispatch_assignments" ("departmentId", "appealId") ');
    await queryRunner.query(
      'CREATE TABLE "attachments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "ownerId" integer NOT NULL, "appealId" integer, "eventId" integer, "storageKey" varchar(200) NOT NULL, "mimeType" varchar(50) NOT NULL, "size" integer NOT NULL, "createdAt" datetime(3) NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_552baf644946e7551730c7f20b" ON "attachments" ("ownerId") ');
    await queryRunner.query('CREATE INDEX "IDX_beb2ffd5b00778443f934f063f" ON "attachments" ("appealId") ');
    await queryRunner.query('DROP INDEX "IDX_1065948497ac28ae964d5ad6e3"');
    await queryRunner.query(
      'CREATE TABLE "temporary_communities" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(16) NOT NULL, "name" varchar(50) NOT NULL, "gridId" integer, "isSample" boolean NOT NULL DEFAULT (0), "windowAddress" varchar(200) NOT NULL DEFAULT (\'\'), "windowHours" varchar(100) NOT NULL DEFAULT (\'\'), "hotline" varchar(32) NOT NULL DEFAULT (\'\'), "cardStaff" text, CONSTRAINT "UQ_70812b391b6dc0a24cd3161ea1c" UNIQUE ("code"), CONSTRAINT "FK_1065948497ac28ae964d5ad6e35" FOREIGN KEY ("gridId") REFERENCES "grids" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_communities"("id", "code", "name", "gridId", "isSample", "windowAddress", "windowHours", "hotline", "cardStaff") SELECT "id", "code", "name", "gridId", "isSample", "windowAddress", "windowHours", "hotline", "cardStaff" FROM "communities"',
    );
    await queryRunner.query('DROP TABLE "communities"');
    await queryRunner.query('ALTER TABLE "temporary_communities" RENAME TO "communities"');
    await queryRunner.query('CREATE INDEX "IDX_1065948497ac28ae964d5ad6e3" ON "communities" ("gridId") ');
    await queryRunner.query('DROP INDEX "IDX_ace513fa30d485cfd25c11a9e4"');
    await queryRunner.query('DROP INDEX "IDX_0996312a839272736be74c6161"');
    await queryRunner.query(
      'CREATE TABLE "temporary_users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "role" varchar(32) NOT NULL, "displayName" varchar(50) NOT NULL, "title" varchar(50) NOT NULL DEFAULT (\'\'), "username" varchar(50), "passwordHash" varchar(200), "wechatOpenId" varchar(64), "phoneEncrypted" varchar(255), "communityId" integer, "gridId" integer, "departmentId" integer, "active" boolean NOT NULL DEFAULT (1), "createdAt" datetime(3) NOT NULL, CONSTRAINT "UQ_fe0bb3f6520ee0469504521e710" UNIQUE ("username"), CONSTRAINT "UQ_ad7b25d304f187d8518942b1da1" UNIQUE ("wechatOpenId"), CONSTRAINT "FK_0996312a839272736be74c6161e" FOREIGN KEY ("communityId") REFERENCES "communities" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_34ab5ea66ed0e24ae510781e1b9" FOREIGN KEY ("gridId") REFERENCES "grids" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_554d853741f2083faaa5794d2ae" FOREIGN KEY ("departmentId") REFERENCES "departments" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_users"("id", "role", "displayName", "title", "username", "passwordHash", "wechatOpenId", "phoneEncrypted", "communityId", "gridId", "departmentId", "active", "createdAt") SELECT "id", "role", "displayName", "title", "username", "passwordHash", "wechatOpenId", "phoneEncrypted", "communityId", "gridId", "departmentId", "active", "createdAt" FROM "users"',
    );
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('ALTER TABLE "temporary_users" RENAME TO "users"');
    await queryRunner.query('CREATE INDEX "IDX_ace513fa30d485cfd25c11a9e4" ON "users" ("role") ');
    await queryRunner.query('CREATE INDEX "IDX_0996312a839272736be74c6161" ON "users" ("communityId") ');
    await queryRunner.query('DROP INDEX "IDX_3262db4c13818015cc1e36aca8"');
    await queryRunner.query(
      'CREATE TABLE "temporary_buildings" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(24) NOT NULL, "name" varchar(50) NOT NULL, "communityId" integer NOT NULL, CONSTRAINT "UQ_314c7f29d7f9121e116ccc29b82" UNIQUE ("code"), CONSTRAINT "FK_3262db4c13818015cc1e36aca84" FOREIGN KEY ("communityId") REFERENCES "communities" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_buildings"("id", "code", "name", "communityId") SELECT "id", "code", "name", "communityId" FROM "buildings"',
    );
    await queryRunner.query('DROP TABLE "buildings"');
    await queryRunner.query('ALTER TABLE "temporary_buildings" RENAME TO "buildings"');
    await queryRunner.query('CREATE INDEX "IDX_3262db4c13818015cc1e36aca8" ON "buildings" ("communityId") ');
    await queryRunner.query('DROP INDEX "IDX_cc22e1f032a36f97fba02462e5"');
    await queryRunner.query('DROP INDEX "IDX_800acf0fc6dfb20c405d586fa1"');
    await queryRunner.query('DROP INDEX "IDX_47fe4d28cccf834aea7d2a77bb"');
    await queryRunner.query('DROP INDEX "IDX_4bfe5102bfd3bc733a65a8585d"');
    await queryRunner.query('DROP INDEX "IDX_fd5dea30dcd6e7a9bcd8184ab3"');
    await queryRunner.query('DROP INDEX "IDX_f99082af0e87ac8afaba13a74e"');
    await queryRunner.query('DROP INDEX "IDX_appeals_queue"');
    await queryRunner.query(
      'CREATE TABLE "temporary_appeals" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "communityId" integer NOT NULL, "buildingId" integer, "channel" varchar(32) NOT NULL, "category" varchar(32) NOT NULL, "tier" varchar(32) NOT NULL, "level" varchar(32) NOT NULL, "status" varchar(32) NOT NULL, "content" text NOT NULL, "locationText" varchar(200), "latitude" double, "longitude" double, "proactive" boolean NOT NULL DEFAULT (0), "reporterId" integer, "filedById" integer NOT NULL, "firstResponderId" integer, "handlerId" integer, "assignedLiaisonId" integer, "contactName" varchar(50), "contactPhoneEncrypted" varchar(255), "proposedTier" varchar(32) NOT NULL, "proposedCategory" varchar(32) NOT NULL, "triageRuleId" varchar(50), "triageKeyword" varchar(50), "triageReason" varchar(200) NOT NULL, "triageConfirmedById" integer, "triageConfirmedAt" datetime(3), "tierPolicyVersion" integer NOT NULL, "receivedAt" datetime(3) NOT NULL, "cycleStartedAt" datetime(3) NOT NULL, "dueAt" datetime(3) NOT NULL, "warnAt" datetime(3) NOT NULL, "respondedAt" datetime(3), "progressDueAt" datetime(3), "resolvedAt" datetime(3), "fedBackAt" datetime(3), "closedAt" datetime(3), "handedTo" varchar(3), "reopenCount" integer NOT NULL DEFAULT (0), "awaitingSecretaryReview" boolean NOT NULL DEFAULT (0), "idempotencyKey" varchar(64) NOT NULL, "requestHash" varchar(64) NOT NULL, "updatedAt" datetime(3) NOT NULL, CONSTRAINT "UQ_appeals_idempotency" UNIQUE ("filedById", "idempotencyKey"), CONSTRAINT "FK_890e1fe2f1e417a35f476366220" FOREIGN KEY ("communityId") REFERENCES "communities" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_52eccb899814ed7a7480711c958" FOREIGN KEY ("buildingId") REFERENCES "buildings" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_800acf0fc6dfb20c405d586fa1a" FOREIGN KEY ("reporterId") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_373222094f66d0dfe7bb7316368" FOREIGN KEY ("filedById") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_59ca6c61a5efb6b8b9d4c1e432a" FOREIGN KEY ("firstResponderId") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_47fe4d28cccf834aea7d2a77bb5" FOREIGN KEY ("handlerId") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_4bfe5102bfd3bc733a65a8585d2" FOREIGN KEY ("assignedLiaisonId") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_c1f9bd96dc1f7d918d59a4fd7a5" FOREIGN KEY ("triageConfirmedById") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_appeals"("id", "communityId", "buildingId", "channel", "category", "tier", "level", "status", "content", "locationText", "latitude", "longitude", "proactive", "reporterId", "filedById", "firstResponderId", "handlerId", "assignedLiaisonId", "contactName", "contactPhoneEncrypted", "proposedTier", "proposedCategory", "triageRuleId", "triageKeyword", "triageReason", "triageConfirmedById", "triageConfirmedAt", "tierPolicyVersion", "receivedAt", "cycleStartedAt", "dueAt", "warnAt", "respondedAt", "progressDueAt", "resolvedAt", "fedBackAt", "closedAt", "handedTo", "reopenCount", "awaitingSecretaryReview", "idempotencyKey", "requestHash", "updatedAt") SELECT "id", "communityId", "buildingId", "channel", "category", "tier", "level", "status", "content", "locationText", "latitude", "longitude", "proactive", "reporterId", "filedById", "firstResponderId", "handlerId", "assignedLiaisonId", "contactName", "contactPhoneEncrypted", "proposedTier", "proposedCategory", "triageRuleId", "triageKeyword", "triageReason", "triageConfirmedById", "triageConfirmedAt", "tierPolicyVersion", "receivedAt", "cycleStartedAt", "dueAt", "warnAt", "respondedAt", "progressDueAt", "resolvedAt", "fedBackAt", "closedAt", "handedTo", "reopenCount", "awaitingSecretaryReview", "idempotencyKey", "requestHash", "updatedAt" FROM "appeals"',
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
    await queryRunner.query('DROP INDEX "IDX_appeal_events_appeal"');
    await queryRunner.query(
      'CREATE TABLE "temporary_appeal_events" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "type" varchar(32) NOT NULL, "actorId" integer, "actorRole" varchar(32) NOT NULL, "at" datetime(3) NOT NULL, "fromStatus" varchar(32), "toStatus" varchar(32), "note" text, "visibility" varchar(32) NOT NULL, "data" text, CONSTRAINT "FK_d9f6003380e5f647586c41b8e2b" FOREIGN KEY ("appealId") REFERENCES "appeals" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_1e706f4961820977f18c72a03d4" FOREIGN KEY ("actorId") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_appeal_events"("id", "appealId", "type", "actorId", "actorRole", "at", "fromStatus", "toStatus", "note", "visibility", "data") SELECT "id", "appealId", "type", "actorId", "actorRole", "at", "fromStatus", "toStatus", "note", "visibility", "data" FROM "appeal_events"',
    );
    await queryRunner.query('DROP TABLE "appeal_events"');
    await queryRunner.query('ALTER TABLE "temporary_appeal_events" RENAME TO "appeal_events"');
    await queryRunner.query('CREATE INDEX "IDX_appeal_events_appeal" ON "appeal_events" ("appealId", "id") ');
    await queryRunner.query('DROP INDEX "IDX_5db7e9f862c7db9f87e025c25c"');
    await queryRunner.query(
      'CREATE TABLE "temporary_appeal_feedbacks" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "method" varchar(32) NOT NULL, "byId" integer NOT NULL, "content" text NOT NULL, "residentOpinion" text, "final" boolean NOT NULL, "at" datetime(3) NOT NULL, CONSTRAINT "FK_5db7e9f862c7db9f87e025c25c4" FOREIGN KEY ("appealId") REFERENCES "appeals" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_8630aa0d97e8b580232028df5c8" FOREIGN KEY ("byId") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_appeal_feedbacks"("id", "appealId", "method", "byId", "content", "residentOpinion", "final", "at") SELECT "id", "appealId", "method", "byId", "content", "residentOpinion", "final", "at" FROM "appeal_feedbacks"',
    );
    await queryRunner.query('DROP TABLE "appeal_feedbacks"');
    await queryRunner.query('ALTER TABLE "temporary_appeal_feedbacks" RENAME TO "appeal_feedbacks"');
    await queryRunner.query('CREATE INDEX "IDX_5db7e9f862c7db9f87e025c25c" ON "appeal_feedbacks" ("appealId") ');
    await queryRunner.query(
      'CREATE TABLE "temporary_appeal_ratings" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "round" integer NOT NULL, "raterId" integer NOT NULL, "solved" boolean NOT NULL, "satisfaction" varchar(32) NOT NULL, "comment" text, "at" datetime(3) NOT NULL, CONSTRAINT "UQ_appeal_ratings_round" UNIQUE ("appealId", "round"), CONSTRAINT "FK_af8fe9aeac7369f0375d25bba44" FOREIGN KEY ("appealId") REFERENCES "appeals" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_29650cac6e2c996e778b6e1d203" FOREIGN KEY ("raterId") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_appeal_ratings"("id", "appealId", "round", "raterId", "solved", "satisfaction", "comment", "at") SELECT "id", "appealId", "round", "raterId", "solved", "satisfaction", "comment", "at" FROM "appeal_ratings"',
    );
    await queryRunner.query('DROP TABLE "appeal_ratings"');
    await queryRunner.query('ALTER TABLE "temporary_appeal_ratings" RENAME TO "appeal_ratings"');
    await queryRunner.query('DROP INDEX "IDX_d0608d82f2483d88089251f546"');
    await queryRunner.query(
      'CREATE TABLE "temporary_dispatch_orders" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "status" varchar(32) NOT NULL, "reason" text NOT NULL, "requestedById" integer NOT NULL, "requestedAt" datetime(3) NOT NULL, "consultedWithId" integer NOT NULL, "consultationNote" text NOT NULL, "dispatchedById" integer, "dispatchedAt" datetime(3), CONSTRAINT "UQ_520a29a774e18b3df284073ccc7" UNIQUE ("appealId"), CONSTRAINT "FK_520a29a774e18b3df284073ccc7" FOREIGN KEY ("appealId") REFERENCES "appeals" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_771a5188eef37dc70f28e149900" FOREIGN KEY ("requestedById") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_b021719a718c47c6629b1e69790" FOREIGN KEY ("consultedWithId") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_5cbe554cbcd65ffbb9b1299ee86" FOREIGN KEY ("dispatchedById") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_dispatch_orders"("id", "appealId", "status", "reason", "requestedById", "requestedAt", "consultedWithId", "consultationNote", "dispatchedById", "dispatchedAt") SELECT "id", "appealId", "status", "reason", "requestedById", "requestedAt", "consultedWithId", "consultationNote", "dispatchedById", "dispatchedAt" FROM "dispatch_orders"',
    );
    await queryRunner.query('DROP TABLE "dispatch_orders"');
    await queryRunner.query('ALTER TABLE "temporary_dispatch_orders" RENAME TO "dispatch_orders"');
    await queryRunner.query('CREATE INDEX "IDX_d0608d82f2483d88089251f546" ON "dispatch_orders" ("status") ');
    await queryRunner.query('DROP INDEX "IDX_dispatch_assignments_scope"');
    await queryRunner.query(
      'CREATE TABLE "temporary_dispatch_assignments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "orderId" integer NOT NULL, "appealId" integer NOT NULL, "departmentId" integer NOT NULL, "role" varchar(32) NOT NULL, "completedAt" datetime(3), "completedById" integer, "note" text, CONSTRAINT "UQ_dispatch_assignments_department" UNIQUE ("orderId", "departmentId"), CONSTRAINT "FK_ae5994323c6284d62433e21a131" FOREIGN KEY ("orderId") REFERENCES "dispatch_orders" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_e7d1844a86c52ea03a57cc3f0cc" FOREIGN KEY ("appealId") REFERENCES "appeals" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_593bbca436d583446364052e65a" FOREIGN KEY ("departmentId") REFERENCES "departments" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_751c371998a1d7d55f8b28ef759" FOREIGN KEY ("completedById") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_dispatch_assignments"("id", "orderId", "appealId", "departmentId", "role", "completedAt", "completedById", "note") SELECT "id", "orderId", "appealId", "departmentId", "role", "completedAt", "completedById", "note" FROM "dispatch_assignments"',
    );
    await queryRunner.query('DROP TABLE "dispatch_assignments"');
    await queryRunner.query('ALTER TABLE "temporary_dispatch_assignments" RENAME TO "dispatch_assignments"');
    await queryRunner.query('CREATE INDEX "IDX_dispatch_assignments_scope" ON "dispatch_assignments" ("departmentId", "appealId") ');
    await queryRunner.query('DROP INDEX "IDX_552baf644946e7551730c7f20b"');
    await queryRunner.query('DROP INDEX "IDX_beb2ffd5b00778443f934f063f"');
    await queryRunner.query(
      'CREATE TABLE "temporary_attachments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "ownerId" integer NOT NULL, "appealId" integer, "eventId" integer, "storageKey" varchar(200) NOT NULL, "mimeType" varchar(50) NOT NULL, "size" integer NOT NULL, "createdAt" datetime(3) NOT NULL, CONSTRAINT "FK_552baf644946e7551730c7f20b4" FOREIGN KEY ("ownerId") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_beb2ffd5b00778443f934f063fc" FOREIGN KEY ("appealId") REFERENCES "appeals" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_attachments"("id", "ownerId", "appealId", "eventId", "storageKey", "mimeType", "size", "createdAt") SELECT "id", "ownerId", "appealId", "eventId", "storageKey", "mimeType", "size", "createdAt" FROM "attachments"',
    );
    await queryRunner.query('DROP TABLE "attachments"');
    await queryRunner.query('ALTER TABLE "temporary_attachments" RENAME TO "attachments"');
    await queryRunner.query('CREATE INDEX "IDX_552baf644946e7551730c7f20b" ON "attachments" ("ownerId") ');
    await queryRunner.query('CREATE INDEX "IDX_beb2ffd5b00778443f934f063f" ON "attachments" ("appealId") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_beb2ffd5b00778443f934f063f"');
    await queryRunner.query('DROP INDEX "IDX_552baf644946e7551730c7f20b"');
    await queryRunner.query('ALTER TABLE "attachments" RENAME TO "temporary_attachments"');
    await queryRunner.query(
      'CREATE TABLE "attachments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "ownerId" integer NOT NULL, "appealId" integer, "eventId" integer, "storageKey" varchar(200) NOT NULL, "mimeType" varchar(50) NOT NULL, "size" integer NOT NULL, "createdAt" datetime(3) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "attachments"("id", "ownerId", "appealId", "eventId", "storageKey", "mimeType", "size", "createdAt") SELECT "id", "ownerId", "appealId", "eventId", "storageKey", "mimeType", "size", "createdAt" FROM "temporary_attachments"',
    );
    await queryRunner.query('DROP TABLE "temporary_attachments"');
    await queryRunner.query('CREATE INDEX "IDX_beb2ffd5b00778443f934f063f" ON "attachments" ("appealId") ');
    await queryRunner.query('CREATE INDEX "IDX_552baf644946e7551730c7f20b" ON "attachments" ("ownerId") ');
    await queryRunner.query('DROP INDEX "IDX_dispatch_assignments_scope"');
    await queryRunner.query('ALTER TABLE "dispatch_assignments" RENAME TO "temporary_dispatch_assignments"');
    await queryRunner.query(
      'CREATE TABLE "dispatch_assignments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "orderId" integer NOT NULL, "appealId" integer NOT NULL, "departmentId" integer NOT NULL, "role" varchar(32) NOT NULL, "completedAt" datetime(3), "completedById" integer, "note" text, CONSTRAINT "UQ_dispatch_assignments_department" UNIQUE ("orderId", "departmentId"))',
    );
    await queryRunner.query(
      'INSERT INTO "dispatch_assignments"("id", "orderId", "appealId", "departmentId", "role", "completedAt", "completedById", "note") SELECT "id", "orderId", "appealId", "departmentId", "role", "completedAt", "completedById", "note" FROM "temporary_dispatch_assignments"',
    );
    await queryRunner.query('DROP TABLE "temporary_dispatch_assignments"');
    await queryRunner.query('CREATE INDEX "IDX_dispatch_assignments_scope" ON "dispatch_assignments" ("departmentId", "appealId") ');
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
    await queryRunner.query('ALTER TABLE "appeal_ratings" RENAME TO "temporary_appeal_ratings"');
    await queryRunner.query(
      'CREATE TABLE "appeal_ratings" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "round" integer NOT NULL, "raterId" integer NOT NULL, "solved" boolean NOT NULL, "satisfaction" varchar(32) NOT NULL, "comment" text, "at" datetime(3) NOT NULL, CONSTRAINT "UQ_appeal_ratings_round" UNIQUE ("appealId", "round"))',
    );
    await queryRunner.query(
      'INSERT INTO "appeal_ratings"("id", "appealId", "round", "raterId", "solved", "satisfaction", "comment", "at") SELECT "id", "appealId", "round", "raterId", "solved", "satisfaction", "comment", "at" FROM "temporary_appeal_ratings"',
    );
    await queryRunner.query('DROP TABLE "temporary_appeal_ratings"');
    await queryRunner.query('DROP INDEX "IDX_5db7e9f862c7db9f87e025c25c"');
    await queryRunner.query('ALTER TABLE "appeal_feedbacks" RENAME TO "temporary_appeal_feedbacks"');
    await queryRunner.query(
      'CREATE TABLE "appeal_feedbacks" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "method" varchar(32) NOT NULL, "byId" integer NOT NULL, "content" text NOT NULL, "residentOpinion" text, "final" boolean NOT NULL, "at" datetime(3) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "appeal_feedbacks"("id", "appealId", "method", "byId", "content", "residentOpinion", "final", "at") SELECT "id", "appealId", "method", "byId", "content", "residentOpinion", "final", "at" FROM "temporary_appeal_feedbacks"',
    );
    await queryRunner.query('DROP TABLE "temporary_appeal_feedbacks"');
    await queryRunner.query('CREATE INDEX "IDX_5db7e9f862c7db9f87e025c25c" ON "appeal_feedbacks" ("appealId") ');
    await queryRunner.query('DROP INDEX "IDX_appeal_events_appeal"');
    await queryRunner.query('ALTER TABLE "appeal_events" RENAME TO "temporary_appeal_events"');
    await queryRunner.query(
      'CREATE TABLE "appeal_events" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "type" varchar(32) NOT NULL, "actorId" integer, "actorRole" varchar(32) NOT NULL, "at" datetime(3) NOT NULL, "fromStatus" varchar(32), "toStatus" varchar(32), "note" text, "visibility" varchar(32) NOT NULL, "data" text)',
    );
    await queryRunner.query(
      'INSERT INTO "appeal_events"("id", "appealId", "type", "actorId", "actorRole", "at", "fromStatus", "toStatus", "note", "visibility", "data") SELECT "id", "appealId", "type", "actorId", "actorRole", "at", "fromStatus", "toStatus", "note", "visibility", "data" FROM "temporary_appeal_events"',
    );
    await queryRunner.query('DROP TABLE "temporary_appeal_events"');
    await queryRunner.query('CREATE INDEX "IDX_appeal_events_appeal" ON "appeal_events" ("appealId", "id") ');
    await queryRunner.query('DROP INDEX "IDX_appeals_queue"');
    await queryRunner.query('DROP INDEX "IDX_f99082af0e87ac8afaba13a74e"');
    await queryRunner.query('DROP INDEX "IDX_fd5dea30dcd6e7a9bcd8184ab3"');
    await queryRunner.query('DROP INDEX "IDX_4bfe5102bfd3bc733a65a8585d"');
    await queryRunner.query('DROP INDEX "IDX_47fe4d28cccf834aea7d2a77bb"');
    await queryRunner.query('DROP INDEX "IDX_800acf0fc6dfb20c405d586fa1"');
    await queryRunner.query('DROP INDEX "IDX_cc22e1f032a36f97fba02462e5"');
    await queryRunner.query('ALTER TABLE "appeals" RENAME TO "temporary_appeals"');
    await queryRunner.query(
      'CREATE TABLE "appeals" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "communityId" integer NOT NULL, "buildingId" integer, "channel" varchar(32) NOT NULL, "category" varchar(32) NOT NULL, "tier" varchar(32) NOT NULL, "level" varchar(32) NOT NULL, "status" varchar(32) NOT NULL, "content" text NOT NULL, "locationText" varchar(200), "latitude" double, "longitude" double, "proactive" boolean NOT NULL DEFAULT (0), "reporterId" integer, "filedById" integer NOT NULL, "firstResponderId" integer, "handlerId" integer, "assignedLiaisonId" integer, "contactName" varchar(50), "contactPhoneEncrypted" varchar(255), "proposedTier" varchar(32) NOT NULL, "proposedCategory" varchar(32) NOT NULL, "triageRuleId" varchar(50), "triageKeyword" varchar(50), "triageReason" varchar(200) NOT NULL, "triageConfirmedById" integer, "triageConfirmedAt" datetime(3), "tierPolicyVersion" integer NOT NULL, "receivedAt" datetime(3) NOT NULL, "cycleStartedAt" datetime(3) NOT NULL, "dueAt" datetime(3) NOT NULL, "warnAt" datetime(3) NOT NULL, "respondedAt" datetime(3), "progressDueAt" datetime(3), "resolvedAt" datetime(3), "fedBackAt" datetime(3), "closedAt" datetime(3), "handedTo" varchar(3), "reopenCount" integer NOT NULL DEFAULT (0), "awaitingSecretaryReview" boolean NOT NULL DEFAULT (0), "idempotencyKey" varchar(64) NOT NULL, "requestHash" varchar(64) NOT NULL, "updatedAt" datetime(3) NOT NULL, CONSTRAINT "UQ_appeals_idempotency" UNIQUE ("filedById", "idempotencyKey"))',
    );
    await queryRunner.query(
      'INSERT INTO "appeals"("id", "communityId", "buildingId", "channel", "category", "tier", "level", "status", "content", "locationText", "latitude", "longitude", "proactive", "reporterId", "filedById", "firstResponderId", "handlerId", "assignedLiaisonId", "contactName", "contactPhoneEncrypted", "proposedTier", "proposedCategory", "triageRuleId", "triageKeyword", "triageReason", "triageConfirmedById", "triageConfirmedAt", "tierPolicyVersion", "receivedAt", "cycleStartedAt", "dueAt", "warnAt", "respondedAt", "progressDueAt", "resolvedAt", "fedBackAt", "closedAt", "handedTo", "reopenCount", "awaitingSecretaryReview", "idempotencyKey", "requestHash", "updatedAt") SELECT "id", "communityId", "buildingId", "channel", "category", "tier", "level", "status", "content", "locationText", "latitude", "longitude", "proactive", "reporterId", "filedById", "firstResponderId", "handlerId", "assignedLiaisonId", "contactName", "contactPhoneEncrypted", "proposedTier", "proposedCategory", "triageRuleId", "triageKeyword", "triageReason", "triageConfirmedById", "triageConfirmedAt", "tierPolicyVersion", "receivedAt", "cycleStartedAt", "dueAt", "warnAt", "respondedAt", "progressDueAt", "resolvedAt", "fedBackAt", "closedAt", "handedTo", "reopenCount", "awaitingSecretaryReview", "idempotencyKey", "requestHash", "updatedAt" FROM "temporary_appeals"',
    );
    await queryRunner.query('DROP TABLE "temporary_appeals"');
    await queryRunner.query('CREATE INDEX "IDX_appeals_queue" ON "appeals" ("communityId", "status", "dueAt") ');
    await queryRunner.query('CREATE INDEX "IDX_f99082af0e87ac8afaba13a74e" ON "appeals" ("progressDueAt") ');
    await queryRunner.query('CREATE INDEX "IDX_fd5dea30dcd6e7a9bcd8184ab3" ON "appeals" ("dueAt") ');
    await queryRunner.query('CREATE INDEX "IDX_4bfe5102bfd3bc733a65a8585d" ON "appeals" ("assignedLiaisonId") ');
    await queryRunner.query('CREATE INDEX "IDX_47fe4d28cccf834aea7d2a77bb" ON "appeals" ("handlerId") ');
    await queryRunner.query('CREATE INDEX "IDX_800acf0fc6dfb20c405d586fa1" ON "appeals" ("reporterId") ');
    await queryRunner.query('CREATE INDEX "IDX_cc22e1f032a36f97fba02462e5" ON "appeals" ("status") ');
    await queryRunner.query('DROP INDEX "IDX_3262db4c13818015cc1e36aca8"');
    await queryRunner.query('ALTER TABLE "buildings" RENAME TO "temporary_buildings"');
    await queryRunner.query(
      'CREATE TABLE "buildings" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(24) NOT NULL, "name" varchar(50) NOT NULL, "communityId" integer NOT NULL, CONSTRAINT "UQ_314c7f29d7f9121e116ccc29b82" UNIQUE ("code"))',
    );
    await queryRunner.query(
      'INSERT INTO "buildings"("id", "code", "name", "communityId") SELECT "id", "code", "name", "communityId" FROM "temporary_buildings"',
    );
    await queryRunner.query('DROP TABLE "temporary_buildings"');
    await queryRunner.query('CREATE INDEX "IDX_3262db4c13818015cc1e36aca8" ON "buildings" ("communityId") ');
    await queryRunner.query('DROP INDEX "IDX_0996312a839272736be74c6161"');
    await queryRunner.query('DROP INDEX "IDX_ace513fa30d485cfd25c11a9e4"');
    await queryRunner.query('ALTER TABLE "users" RENAME TO "temporary_users"');
    await queryRunner.query(
      'CREATE TABLE "users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "role" varchar(32) NOT NULL, "displayName" varchar(50) NOT NULL, "title" varchar(50) NOT NULL DEFAULT (\'\'), "username" varchar(50), "passwordHash" varchar(200), "wechatOpenId" varchar(64), "phoneEncrypted" varchar(255), "communityId" integer, "gridId" integer, "departmentId" integer, "active" boolean NOT NULL DEFAULT (1), "createdAt" datetime(3) NOT NULL, CONSTRAINT "UQ_fe0bb3f6520ee0469504521e710" UNIQUE ("username"), CONSTRAINT "UQ_ad7b25d304f187d8518942b1da1" UNIQUE ("wechatOpenId"))',
    );
    await queryRunner.query(
      'INSERT INTO "users"("id", "role", "displayName", "title", "username", "passwordHash", "wechatOpenId", "phoneEncrypted", "communityId", "gridId", "departmentId", "active", "createdAt") SELECT "id", "role", "displayName", "title", "username", "passwordHash", "wechatOpenId", "phoneEncrypted", "communityId", "gridId", "departmentId", "active", "createdAt" FROM "temporary_users"',
    );
    await queryRunner.query('DROP TABLE "temporary_users"');
    await queryRunner.query('CREATE INDEX "IDX_0996312a839272736be74c6161" ON "users" ("communityId") ');
    await queryRunner.query('CREATE INDEX "IDX_ace513fa30d485cfd25c11a9e4" ON "users" ("role") ');
    await queryRunner.query('DROP INDEX "IDX_1065948497ac28ae964d5ad6e3"');
    await queryRunner.query('ALTER TABLE "communities" RENAME TO "temporary_communities"');
    await queryRunner.query(
      'CREATE TABLE "communities" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(16) NOT NULL, "name" varchar(50) NOT NULL, "gridId" integer, "isSample" boolean NOT NULL DEFAULT (0), "windowAddress" varchar(200) NOT NULL DEFAULT (\'\'), "windowHours" varchar(100) NOT NULL DEFAULT (\'\'), "hotline" varchar(32) NOT NULL DEFAULT (\'\'), "cardStaff" text, CONSTRAINT "UQ_70812b391b6dc0a24cd3161ea1c" UNIQUE ("code"))',
    );
    await queryRunner.query(
      'INSERT INTO "communities"("id", "code", "name", "gridId", "isSample", "windowAddress", "windowHours", "hotline", "cardStaff") SELECT "id", "code", "name", "gridId", "isSample", "windowAddress", "windowHours", "hotline", "cardStaff" FROM "temporary_communities"',
    );
    await queryRunner.query('DROP TABLE "temporary_communities"');
    await queryRunner.query('CREATE INDEX "IDX_1065948497ac28ae964d5ad6e3" ON "communities" ("gridId") ');
    await queryRunner.query('DROP INDEX "IDX_beb2ffd5b00778443f934f063f"');
    await queryRunner.query('DROP INDEX "IDX_552baf644946e7551730c7f20b"');
    await queryRunner.query('DROP TABLE "attachments"');
    await queryRunner.query('DROP INDEX "IDX_dispatch_assignments_scope"');
    await queryRunner.query('DROP TABLE "dispatch_assignments"');
    await queryRunner.query('DROP INDEX "IDX_d0608d82f2483d88089251f546"');
    await queryRunner.query('DROP TABLE "dispatch_orders"');
    await queryRunner.query('DROP TABLE "appeal_ratings"');
    await queryRunner.query('DROP INDEX "IDX_5db7e9f862c7db9f87e025c25c"');
    await queryRunner.query('DROP TABLE "appeal_feedbacks"');
    await queryRunner.query('DROP INDEX "IDX_appeal_events_appeal"');
    await queryRunner.query('DROP TABLE "appeal_events"');
    await queryRunner.query('DROP INDEX "IDX_appeals_queue"');
    await queryRunner.query('DROP INDEX "IDX_f99082af0e87ac8afaba13a74e"');
    await queryRunner.query('DROP INDEX "IDX_fd5dea30dcd6e7a9bcd8184ab3"');
    await queryRunner.query('DROP INDEX "IDX_4bfe5102bfd3bc733a65a8585d"');
    await queryRunner.query('DROP INDEX "IDX_47fe4d28cccf834aea7d2a77bb"');
    await queryRunner.query('DROP INDEX "IDX_800acf0fc6dfb20c405d586fa1"');
    await queryRunner.query('DROP INDEX "IDX_cc22e1f032a36f97fba02462e5"');
    await queryRunner.query('DROP TABLE "appeals"');
    await queryRunner.query('DROP INDEX "IDX_3262db4c13818015cc1e36aca8"');
    await queryRunner.query('DROP TABLE "buildings"');
    await queryRunner.query('DROP INDEX "IDX_0996312a839272736be74c6161"');
    await queryRunner.query('DROP INDEX "IDX_ace513fa30d485cfd25c11a9e4"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP TABLE "departments"');
    await queryRunner.query('DROP INDEX "IDX_1065948497ac28ae964d5ad6e3"');
    await queryRunner.query('DROP TABLE "communities"');
    await queryRunner.query('DROP TABLE "grids"');
  }
}
