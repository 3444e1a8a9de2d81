import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795724727896 implements MigrationInterface {
  name = 'Initial1795724727896';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `grids` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(50) NOT NULL, UNIQUE INDEX `IDX_7df96db377fc1cc6e3a06bbc27` (`name`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      "CREATE TABLE `communities` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(16) NOT NULL, `name` varchar(50) NOT NULL, `gridId` int NULL, `isSample` tinyint NOT NULL DEFAULT 0, `windowAddress` varchar(200) NOT NULL DEFAULT '', `windowHours` varchar(100) NOT NULL DEFAULT '', `hotline` varchar(32) NOT NULL DEFAULT '', `cardStaff` text NULL, INDEX `IDX_1065948497ac28ae964d5ad6e3` (`gridId`), UNIQUE INDEX `IDX_70812b391b6dc0a24cd3161ea1` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'CREATE TABLE `departments` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(60) NOT NULL, `kind` varchar(32) NOT NULL, `active` tinyint NOT NULL DEFAULT 1, UNIQUE INDEX `IDX_8681da666ad9699d568b3e9106` (`name`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      "CREATE TABLE `users` (`id` int NOT NULL AUTO_INCREMENT, `role` varchar(32) NOT NULL, `displayName` varchar(50) NOT NULL, `title` varchar(50) NOT NULL DEFAULT '', `username` varchar(50) NULL, `passwordHash` varchar(200) NULL, `wechatOpenId` varchar(64) NULL, `phoneEncrypted` varchar(255) NULL, `communityId` int NULL, `gridId` int NULL, `departmentId` int NULL, `active` tinyint NOT NULL DEFAULT 1, `createdAt` datetime(3) NOT NULL, INDEX `IDX_ace513fa30d485cfd25c11a9e4` (`role`), INDEX `IDX_0996312a839272736be74c6161` (`communityId`), UNIQUE INDEX `IDX_fe0bb3f6520ee0469504521e71` (`username`), UNIQUE INDEX `IDX_ad7b25d304f187d8518942b1da` (`wechatOpenId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'CREATE TABLE `buildings` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(24) NOT NULL, `name` varchar(50) NOT NULL, `communityId` int NOT NULL, INDEX `IDX_3262db4c13818015cc1e36aca8` (`communityId`), UNIQUE INDEX `IDX_314c7f29d7f9121e116ccc29b8` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      "CREATE TABLE `appeals` (`id` int NOT NULL AUTO_INCREMENT, `communityId` int NOT NULL, `buildingId` int NULL, `channel` varchar(32) NOT NULL, `category` varchar(32) NOT NULL, `tier` varchar(32) NOT NULL, `level` varchar(32) NOT NULL, `status` varchar(32) NOT NULL, `content` text NOT NULL, `locationText` varchar(200) NULL, `latitude` double NULL, `longitude` double NULL, `proactive` tinyint NOT NULL DEFAULT 0, `reporterId` int NULL, `filedById` int NOT NULL, `firstResponderId` int NULL, `handlerId` int NULL, `assignedLiaisonId` int NULL, `contactName` varchar(50) NULL, `contactPhoneEncrypted` varchar(255) NULL, `proposedTier` varchar(32) NOT NULL, `proposedCategory` varchar(32) NOT NULL, `triageRuleId` varchar(50) NULL, `triageKeyword` varchar(50) NULL, `triageReason` varchar(200) NOT NULL, `triageConfirmedById` int NULL, `triageConfirmedAt` datetime(3) NULL, `tierPolicyVersion` int NOT NULL, `receivedAt` datetime(3) NOT NULL, `cycleStartedAt` datetime(3) NOT NULL, `dueAt` datetime(3) NOT NULL, `warnAt` datetime(3) NOT NULL, `respondedAt` datetime(3) NULL, `progressDueAt` datetime(3) NULL, `resolvedAt` datetime(3) NULL, `fedBackAt` datetime(3) NULL, `closedAt` datetime(3) NULL, `handedTo` varchar(3) NULL, `reopenCount` int NOT NULL DEFAULT '0', `awaitingSecretaryReview` tinyint NOT NULL DEFAULT 0, `idempotencyKey` varchar(64) NOT NULL, `requestHash` varchar(64) NOT NULL, `updatedAt` datetime(3) NOT NULL, INDEX `IDX_cc22e1f032a36f97fba02462e5` (`status`), INDEX `IDX_800acf0fc6dfb20c405d586fa1` (`reporterId`), INDEX `IDX_47fe4d28cccf834aea7d2a77bb` (`handlerId`), INDEX `IDX_4bfe5102bfd3bc733a65a8585d` (`assignedLiaisonId`), INDEX `IDX_fd5dea30dcd6e7a9bcd8184ab3` (`dueAt`), INDEX `IDX_f99082af0e87ac8afaba13a74e` (`progressDueAt`), INDEX `IDX_appeals_queue` (`communityId`, `status`, `dueAt`), UNIQUE INDEX `UQ_appeals_idempotency` (`filedById`, `idempotencyKey`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'CREATE TABLE `appeal_events` (`id` int NOT NULL AUTO_INCREMENT, `appealId` int NOT NULL, `type` varchar(32) NOT NULL, `actorId` int NULL, `actorRole` varchar(32) NOT NULL, `at` datetime(3) NOT NULL, `fromStatus` varchar(32) NULL, `toStatus` varchar(32) NULL, `note` text NULL, `visibility` varchar(32) NOT NULL, `data` text NULL, INDEX `IDX_appeal_events_appeal` (`appealId`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `appeal_feedbacks` (`id` int NOT NULL AUTO_INCREMENT, `appealId` int NOT NULL, `method` varchar(32) NOT NULL, `byId` int NOT NULL, `content` text NOT NULL, `residentOpinion` text NULL, `final` tinyint NOT NULL, `at` datetime(3) NOT NULL, INDEX `IDX_5db7e9f862c7db9f87e025c25c` (`appealId`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `appeal_ratings` (`id` int NOT NULL AUTO_INCREMENT, `appealId` int NOT NULL, `round` int NOT NULL, `raterId` int NOT NULL, `solved` tinyint NOT NULL, `satisfaction` varchar(32) NOT NULL, `comment` text NULL, `at` datetime(3) NOT NULL, UNIQUE INDEX `UQ_appeal_ratings_round` (`appealId`, `round`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `dispatch_orders` (`id` int NOT NULL AUTO_INCREMENT, `appealId` int NOT NULL, `status` varchar(32) NOT NULL, `reason` text NOT NULL, `requestedById` int NOT NULL, `requestedAt` datetime(3) NOT NULL, `consultedWithId` int NOT NULL, `consultationNote` text NOT NULL, `dispatchedById` int NULL, `dispatchedAt` datetime(3) NULL, INDEX `IDX_d0608d82f2483d88089251f546` (`status`), UNIQUE INDEX `IDX_520a29a774e18b3df284073ccc` (`appealId`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `dispatch_assignments` (`id` int NOT NULL AUTO_INCREMENT, `orderId` int NOT NULL, `appealId` int NOT NULL, `departmentId` int NOT NULL, `role` varchar(32) NOT NULL, `completedAt` datetime(3) NULL, `completedById` int NULL, `note` text NULL, INDEX `IDX_dispatch_assignments_scope` (`departmentId`, `appealId`), UNIQUE INDEX `UQ_dispatch_assignments_department` (`orderId`, `departmentId`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `attachments` (`id` int NOT NULL AUTO_INCREMENT, `ownerId` int NOT NULL, `appealId` int NULL, `eventId` int NULL, `storageKey` varchar(200) NOT NULL, `mimeType` varchar(50) NOT NULL, `size` int NOT NULL, `createdAt` datetime(3) NOT NULL, INDEX `IDX_552baf644946e7551730c7f20b` (`ownerId`), INDEX `IDX_beb2ffd5b00778443f934f063f` (`appealId`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'ALTER TABLE `communities` ADD CONSTRAINT `FK_1065948497ac28ae964d5ad6e35` FOREIGN KEY (`gridId`) REFERENCES `grids`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `users` ADD CONSTRAINT `FK_0996312a839272736be74c6161e` FOREIGN KEY (`communityId`) REFERENCES `communities`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `users` ADD CONSTRAINT `FK_34ab5ea66ed0e24ae510781e1b9` FOREIGN KEY (`gridId`) REFERENCES `grids`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `users` ADD CONSTRAINT `FK_554d853741f2083faaa5794d2ae` FOREIGN KEY (`departmentId`) REFERENCES `departments`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `buildings` ADD CONSTRAINT `FK_3262db4c13818015cc1e36aca84` FOREIGN KEY (`communityId`) REFERENCES `communities`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `appeals` ADD CONSTRAINT `FK_890e1fe2f1e417a35f476366220` FOREIGN KEY (`communityId`) REFERENCES `communities`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `appeals` ADD CONSTRAINT `FK_52eccb899814ed7a7480711c958` FOREIGN KEY (`buildingId`) REFERENCES `buildings`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `appeals` ADD CONSTRAINT `FK_800acf0fc6dfb20c405d586fa1a` FOREIGN KEY (`reporterId`) REFERENCES `users`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `appeals` ADD CONSTRAINT `FK_373222094f66d0dfe7bb7316368` FOREIGN KEY (`filedById`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `appeals` ADD CONSTRAINT `FK_59ca6c61a5efb6b8b9d4c1e432a` FOREIGN KEY (`firstResponderId`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `appeals` ADD CONSTRAINT `FK_47fe4d28cccf834aea7d2a77bb5` FOREIGN KEY (`handlerId`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `appeals` ADD CONSTRAINT `FK_4bfe5102bfd3bc733a65a8585d2` FOREIGN KEY (`assignedLiaisonId`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `appeals` ADD CONSTRAINT `FK_c1f9bd96dc1f7d918d59a4fd7a5` FOREIGN KEY (`triageConfirmedById`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `appeal_events` ADD CONSTRAINT `FK_d9f6003380e5f647586c41b8e2b` FOREIGN KEY (`appealId`) REFERENCES `appeals`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `appeal_events` ADD CONSTRAINT `FK_1e706f4961820977f18c72a03d4` FOREIGN KEY (`actorId`) REFERENCES `users`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `appeal_feedbacks` ADD CONSTRAINT `FK_5db7e9f862c7db9f87e025c25c4` FOREIGN KEY (`appealId`) REFERENCES `appeals`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `appeal_feedbacks` ADD CONSTRAINT `FK_8630aa0d97e8b580232028df5c8` FOREIGN KEY (`byId`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `appeal_ratings` ADD CONSTRAINT `FK_af8fe9aeac7369f0375d25bba44` FOREIGN KEY (`appealId`) REFERENCES `appeals`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `appeal_ratings` ADD CONSTRAINT `FK_29650cac6e2c996e778b6e1d203` FOREIGN KEY (`raterId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `dispatch_orders` ADD CONSTRAINT `FK_520a29a774e18b3df284073ccc7` FOREIGN KEY (`appealId`) REFERENCES `appeals`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `dispatch_orders` ADD CONSTRAINT `FK_771a5188eef37dc70f28e149900` FOREIGN KEY (`requestedById`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `dispatch_orders` ADD CONSTRAINT `FK_b021719a718c47c6629b1e69790` FOREIGN KEY (`consultedWithId`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `dispatch_orders` ADD CONSTRAINT `FK_5cbe554cbcd65ffbb9b1299ee86` FOREIGN KEY (`dispatchedById`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `dispatch_assignments` ADD CONSTRAINT `FK_ae5994323c6284d62433e21a131` FOREIGN KEY (`orderId`) REFERENCES `dispatch_orders`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `dispatch_assignments` ADD CONSTRAINT `FK_e7d1844a86c52ea03a57cc3f0cc` FOREIGN KEY (`appealId`) REFERENCES `appeals`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `dispatch_assignments` ADD CONSTRAINT `FK_593bbca436d583446364052e65a` FOREIGN KEY (`departmentId`) REFERENCES `departments`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `dispatch_assignments` ADD CONSTRAINT `FK_751c371998a1d7d55f8b28ef759` FOREIGN KEY (`completedById`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `attachments` ADD CONSTRAINT `FK_552baf644946e7551730c7f20b4` FOREIGN KEY (`ownerId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `attachments` ADD CONSTRAINT `FK_beb2ffd5b00778443f934f063fc` FOREIGN KEY (`appealId`) REFERENCES `appeals`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `attachments` DROP FOREIGN KEY `FK_beb2ffd5b00778443f934f063fc`');
    await queryRunner.query('ALTER TABLE `attachments` DROP FOREIGN KEY `FK_552baf644946e7551730c7f20b4`');
    await queryRunner.query('ALTER TABLE `dispatch_assignments` DROP FOREIGN KEY `FK_751c371998a1d7d55f8b28ef759`');
    await queryRunner.query('ALTER TABLE `dispatch_assignments` DROP FOREIGN KEY `FK_593bbca436d583446364052e65a`');
    await queryRunner.query('ALTER TABLE `dispatch_assignments` DROP FOREIGN KEY `FK_e7d1844a86c52ea03a57cc3f0cc`');
    await queryRunner.query('ALTER TABLE `dispatch_assignments` DROP FOREIGN KEY `FK_ae5994323c6284d62433e21a131`');
    await queryRunner.query('ALTER TABLE `dispatch_orders` DROP FOREIGN KEY `FK_5cbe554cbcd65ffbb9b1299ee86`');
    await queryRunner.query('ALTER TABLE `dispatch_orders` DROP FOREIGN KEY `FK_b021719a718c47c6629b1e69790`');
    await queryRunner.query('ALTER TABLE `dispatch_orders` DROP FOREIGN KEY `FK_771a5188eef37dc70f28e149900`');
    await queryRunner.query('ALTER TABLE `dispatch_orders` DROP FOREIGN KEY `FK_520a29a774e18b3df284073ccc7`');
    await queryRunner.query('ALTER TABLE `appeal_ratings` DROP FOREIGN KEY `FK_29650cac6e2c996e778b6e1d203`');
    await queryRunner.query('ALTER TABLE `appeal_ratings` DROP FOREIGN KEY `FK_af8fe9aeac7369f0375d25bba44`');
    await queryRunner.query('ALTER TABLE `appeal_feedbacks` DROP FOREIGN KEY `FK_8630aa0d97e8b580232028df5c8`');
    await queryRunner.query('ALTER TABLE `appeal_feedbacks` DROP FOREIGN KEY `FK_5db7e9f862c7db9f87e025c25c4`');
    await queryRunner.query('ALTER TABLE `appeal_events` DROP FOREIGN KEY `FK_1e706f4961820977f18c72a03d4`');
    await queryRunner.query('ALTER TABLE `appeal_events` DROP FOREIGN KEY `FK_d9f6003380e5f647586c41b8e2b`');
    await queryRunner.query('ALTER TABLE `appeals` DROP FOREIGN KEY `FK_c1f9bd96dc1f7d918d59a4fd7a5`');
    await queryRunner.query('ALTER TABLE `appeals` DROP FOREIGN KEY `FK_4bfe5102bfd3bc733a65a8585d2`');
    await queryRunner.query('ALTER TABLE `appeals` DROP FOREIGN KEY `FK_47fe4d28cccf834aea7d2a77bb5`');
    await queryRunner.query('ALTER TABLE `appeals` DROP FOREIGN KEY `FK_59ca6c61a5efb6b8b9d4c1e432a`');
    await queryRunner.query('ALTER TABLE `appeals` DROP FOREIGN KEY `FK_373222094f66d0dfe7bb7316368`');
    await queryRunner.query('ALTER TABLE `appeals` DROP FOREIGN KEY `FK_800acf0fc6dfb20c405d586fa1a`');
    await queryRunner.query('ALTER TABLE `appeals` DROP FOREIGN KEY `FK_52eccb899814ed7a7480711c958`');
    await queryRunner.query('ALTER TABLE `appeals` DROP FOREIGN KEY `FK_890e1fe2f1e417a35f476366220`');
    await queryRunner.query('ALTER TABLE `buildings` DROP FOREIGN KEY `FK_3262db4c13818015cc1e36aca84`');
    await queryRunner.query('ALTER TABLE `users` DROP FOREIGN KEY `FK_554d853741f2083faaa5794d2ae`');
    await queryRunner.query('ALTER TABLE `users` DROP FOREIGN KEY `FK_34ab5ea66ed0e24ae510781e1b9`');
    await queryRunner.query('ALTER TABLE `users` DROP FOREIGN KEY `FK_0996312a839272736be74c6161e`');
    await queryRunner.query('ALTER TABLE `communities` DROP FOREIGN KEY `FK_1065948497ac28ae964d5ad6e35`');
    await queryRunner.query('DROP INDEX `IDX_beb2ffd5b00778443f934f063f` ON `attachments`');
    await queryRunner.query('DROP INDEX `IDX_552baf644946e7551730c7f20b` ON `attachments`');
    await queryRunner.query('DROP TABLE `attachments`');
    await queryRunner.query('DROP INDEX `UQ_dispatch_assignments_department` ON `dispatch_assignments`');
    await queryRunner.query('DROP INDEX `IDX_dispatch_assignments_scope` ON `dispatch_assignments`');
    await queryRunner.query('DROP TABLE `dispatch_assignments`');
    await queryRunner.query('DROP INDEX `IDX_520a29a774e18b3df284073ccc` ON `dispatch_orders`');
    await queryRunner.query('DROP INDEX `IDX_d0608d82f2483d88089251f546` ON `dispatch_orders`');
    await queryRunner.query('DROP TABLE `dispatch_orders`');
    await queryRunner.query('DROP INDEX `UQ_appeal_ratings_round` ON `appeal_ratings`');
    await queryRunner.query('DROP TABLE `appeal_ratings`');
    await queryRunner.query('DROP INDEX `IDX_5db7e9f862c7db9f87e025c25c` ON `appeal_feedbacks`');
    await queryRunner.query('DROP TABLE `appeal_feedbacks`');
    await queryRunner.query('DROP INDEX `IDX_appeal_events_appeal` ON `appeal_events`');
    await queryRunner.query('DROP TABLE `appeal_events`');
    await queryRunner.query('DROP INDEX `UQ_appeals_idempotency` ON `appeals`');
    await queryRunner.query('DROP INDEX `IDX_appeals_queue` ON `appeals`');
    await queryRunner.query('DROP INDEX `IDX_f99082af0e87ac8afaba13a74e` ON `appeals`');
    await queryRunner.query('DROP INDEX `IDX_fd5dea30dcd6e7a9bcd8184ab3` ON `appeals`');
    await queryRunner.query('DROP INDEX `IDX_4bfe5102bfd3bc733a65a8585d` ON `appeals`');
    await queryRunner.query('DROP INDEX `IDX_47fe4d28cccf834aea7d2a77bb` ON `appeals`');
    await queryRunner.query('DROP INDEX `IDX_800acf0fc6dfb20c405d586fa1` ON `appeals`');
    await queryRunner.query('DROP INDEX `IDX_cc22e1f032a36f97fba02462e5` ON `appeals`');
    await queryRunner.query('DROP TABLE `appeals`');
    await queryRunner.query('DROP INDEX `IDX_314c7f29d7f9121e116ccc29b8` ON `buildings`');
    await queryRunner.query('DROP INDEX `IDX_3262db4c13818015cc1e36aca8` ON `buildings`');
    await queryRunner.query('DROP TABLE `buildings`');
    await queryRunner.query('DROP INDEX `IDX_ad7b25d304f187d8518942b1da` ON `users`');
    await queryRunner.query('DROP INDEX `IDX_fe0bb3f6520ee0469504521e71` ON `users`');
    await queryRunner.query('DROP INDEX `IDX_0996312a839272736be74c6161` ON `users`');
    await queryRunner.query('DROP INDEX `IDX_ace513fa30d485cfd25c11a9e4` ON `users`');
    await queryRunner.query('DROP TABLE `users`');
    await queryRunner.query('DROP INDEX `IDX_8681da666ad9699d568b3e9106` ON `departments`');
    await queryRunner.query('DROP TABLE `departments`');
    await queryRunner.query('DROP INDEX `IDX_70812b391b6dc0a24cd3161ea1` ON `communities`');
    await queryRunner.query('DROP INDEX `IDX_1065948497ac28ae964d5ad6e3` ON `communities`');
    await queryRunner.query('DROP TABLE `communities`');
    await queryRunner.query('DROP INDEX `IDX_7df96db377fc1cc6e3a06bbc27` ON `grids`');
    await queryRunner.query('DROP TABLE `grids`');
  }
}
