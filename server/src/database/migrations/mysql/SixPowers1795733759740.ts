import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SixPowers1795733759740 implements MigrationInterface {
  name = 'SixPowers1795733759740';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `whistles` (`id` int NOT NULL AUTO_INCREMENT, `communityId` int NOT NULL, `appealId` int NULL, `subject` varchar(100) NOT NULL, `description` text NOT NULL, `tier` varchar(32) NOT NULL, `status` varchar(32) NOT NULL, `createdById` int NOT NULL, `createdAt` datetime(3) NOT NULL, `reportInDueAt` datetime(3) NOT NULL, `closedAt` datetime(3) NULL, `closedById` int NULL, INDEX `IDX_3b12f4c2b674ccd18eaed02cd9` (`appealId`), INDEX `IDX_whistles_community` (`communityId`, `status`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `whistle_targets` (`id` int NOT NULL AUTO_INCREMENT, `whistleId` int NOT NULL, `departmentId` int NOT NULL, `status` varchar(32) NOT NULL, `reportedInAt` datetime(3) NULL, `reportedInById` int NULL, `reportInMissedAt` datetime(3) NULL, `completedAt` datetime(3) NULL, `completedById` int NULL, `completionNote` text NULL, `rating` varchar(32) NULL, `ratingComment` text NULL, INDEX `IDX_whistle_targets_department` (`departmentId`, `status`), UNIQUE INDEX `UQ_whistle_targets_department` (`whistleId`, `departmentId`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `evaluation_periods` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(50) NOT NULL, `startsAt` datetime(3) NOT NULL, `endsAt` datetime(3) NOT NULL, UNIQUE INDEX `IDX_fa28f52d4090c1cb23bec2dd23` (`name`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `department_scores` (`id` int NOT NULL AUTO_INCREMENT, `periodId` int NOT NULL, `communityId` int NOT NULL, `departmentId` int NOT NULL, `score` int NOT NULL, `comment` text NULL, `byId` int NOT NULL, `at` datetime(3) NOT NULL, UNIQUE INDEX `UQ_department_scores_once` (`periodId`, `communityId`, `departmentId`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `liaison_profiles` (`id` int NOT NULL AUTO_INCREMENT, `userId` int NOT NULL, `communityId` int NOT NULL, `duties` text NOT NULL, `joinedAt` datetime(3) NOT NULL, `active` tinyint NOT NULL DEFAULT 1, INDEX `IDX_liaison_profiles_community` (`communityId`, `active`), UNIQUE INDEX `IDX_b95effa9b0e9751938090e10bd` (`userId`), UNIQUE INDEX `REL_b95effa9b0e9751938090e10bd` (`userId`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `training_records` (`id` int NOT NULL AUTO_INCREMENT, `liaisonUserId` int NOT NULL, `title` varchar(100) NOT NULL, `date` datetime(3) NOT NULL, `hours` double NOT NULL, `recordedById` int NOT NULL, INDEX `IDX_training_records_liaison` (`liaisonUserId`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `management_items` (`id` int NOT NULL AUTO_INCREMENT, `communityId` int NOT NULL, `kind` varchar(32) NOT NULL, `title` varchar(100) NOT NULL, `description` text NOT NULL, `position` int NOT NULL, `updatedById` int NOT NULL, `updatedAt` datetime(3) NOT NULL, INDEX `IDX_management_items_community` (`communityId`, `position`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `projects` (`id` int NOT NULL AUTO_INCREMENT, `communityId` int NOT NULL, `title` varchar(100) NOT NULL, `description` text NOT NULL, `kind` varchar(32) NOT NULL, `status` varchar(32) NOT NULL, `registeredById` int NOT NULL, `registeredAt` datetime(3) NOT NULL, `opinionDueAt` datetime(3) NOT NULL, `startedAt` datetime(3) NULL, `startedById` int NULL, INDEX `IDX_59e3b67cef804cba399eb67fff` (`opinionDueAt`), INDEX `IDX_projects_community` (`communityId`, `status`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `project_opinions` (`id` int NOT NULL AUTO_INCREMENT, `projectId` int NOT NULL, `opinion` varchar(32) NOT NULL, `text` text NOT NULL, `byId` int NOT NULL, `at` datetime(3) NOT NULL, UNIQUE INDEX `IDX_d0e11f149dfb99d85415f63022` (`projectId`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `reward_requests` (`id` int NOT NULL AUTO_INCREMENT, `communityId` int NOT NULL, `liaisonUserId` int NOT NULL, `basis` varchar(32) NOT NULL, `appealIds` text NOT NULL, `periodLabel` varchar(50) NULL, `reward` varchar(200) NOT NULL, `amount` int NULL, `reason` text NOT NULL, `status` varchar(32) NOT NULL, `meetingDate` datetime(3) NULL, `meetingAttendees` text NULL, `meetingDecision` text NULL, `meetingMinutes` text NULL, `proposedById` int NOT NULL, `proposedAt` datetime(3) NOT NULL, `returnedReason` text NULL, `updatedAt` datetime(3) NOT NULL, INDEX `IDX_reward_requests_community` (`communityId`, `status`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `reward_events` (`id` int NOT NULL AUTO_INCREMENT, `requestId` int NOT NULL, `type` varchar(32) NOT NULL, `actorId` int NOT NULL, `actorRole` varchar(32) NOT NULL, `at` datetime(3) NOT NULL, `note` text NULL, INDEX `IDX_reward_events_request` (`requestId`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `task_forces` (`id` int NOT NULL AUTO_INCREMENT, `appealId` int NOT NULL, `name` varchar(100) NOT NULL, `leadDepartmentId` int NOT NULL, `formedById` int NOT NULL, `formedAt` datetime(3) NOT NULL, UNIQUE INDEX `IDX_62d7bb1d94be9b684645c5eea0` (`appealId`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `task_force_members` (`id` int NOT NULL AUTO_INCREMENT, `taskForceId` int NOT NULL, `kind` varchar(32) NOT NULL, `departmentId` int NULL, `communityId` int NULL, `name` varchar(100) NULL, `lead` tinyint NOT NULL DEFAULT 0, INDEX `IDX_task_force_members_department` (`departmentId`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `task_force_notes` (`id` int NOT NULL AUTO_INCREMENT, `taskForceId` int NOT NULL, `authorId` int NOT NULL, `content` text NOT NULL, `visibility` varchar(32) NOT NULL, `at` datetime(3) NOT NULL, INDEX `IDX_task_force_notes_task_force` (`taskForceId`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `whistle_events` (`id` int NOT NULL AUTO_INCREMENT, `whistleId` int NOT NULL, `type` varchar(32) NOT NULL, `actorId` int NULL, `actorRole` varchar(32) NOT NULL, `departmentId` int NULL, `note` text NULL, `at` datetime(3) NOT NULL, INDEX `IDX_whistle_events_whistle` (`whistleId`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query('ALTER TABLE `appeal_timers` ADD `whistleTargetId` int NULL');
    await queryRunner.query('ALTER TABLE `appeal_timers` DROP FOREIGN KEY `FK_30a2db8318e42b01a7389aa12f8`');
    await queryRunner.query('DROP INDEX `UQ_appeal_timers_kind` ON `appeal_timers`');
    await queryRunner.query('ALTER TABLE `appeal_timers` CHANGE `appealId` `appealId` int NULL');
    await queryRunner.query('CREATE UNIQUE INDEX `UQ_appeal_timers_whistle_target_kind` ON `appeal_timers` (`whistleTargetId`, `kind`)');
    await queryRunner.query('CREATE UNIQUE INDEX `UQ_appeal_timers_kind` ON `appeal_timers` (`appealId`, `kind`)');
    await queryRunner.query(
      'ALTER TABLE `whistles` ADD CONSTRAINT `FK_11e6ac1646f1321394a9b622baf` FOREIGN KEY (`communityId`) REFERENCES `communities`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `whistles` ADD CONSTRAINT `FK_3b12f4c2b674ccd18eaed02cd9c` FOREIGN KEY (`appealId`) REFERENCES `appeals`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `whistles` ADD CONSTRAINT `FK_7d8973a1e43fcb57beeb2aa114a` FOREIGN KEY (`createdById`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `whistle_targets` ADD CONSTRAINT `FK_ccae5db9e52a2ae4963f9af04b7` FOREIGN KEY (`whistleId`) REFERENCES `whistles`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `whistle_targets` ADD CONSTRAINT `FK_f5d603fd1e69a7acb9aef8f4304` FOREIGN KEY (`departmentId`) REFERENCES `departments`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `whistle_targets` ADD CONSTRAINT `FK_dfe598b24bb7f5339f016425529` FOREIGN KEY (`reportedInById`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `appeal_timers` ADD CONSTRAINT `FK_30a2db8318e42b01a7389aa12f8` FOREIGN KEY (`appealId`) REFERENCES `appeals`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `appeal_timers` ADD CONSTRAINT `FK_2e3851480b8a01eb6afd5eeb18d` FOREIGN KEY (`whistleTargetId`) REFERENCES `whistle_targets`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `department_scores` ADD CONSTRAINT `FK_f2287dbd315dbc4662c7430f9a8` FOREIGN KEY (`periodId`) REFERENCES `evaluation_periods`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `department_scores` ADD CONSTRAINT `FK_e88f0f46e477449545d465a71d6` FOREIGN KEY (`communityId`) REFERENCES `communities`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `department_scores` ADD CONSTRAINT `FK_45c87e4585024d57e96dc673e5c` FOREIGN KEY (`departmentId`) REFERENCES `departments`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `department_scores` ADD CONSTRAINT `FK_7d667630f958144897afc247f70` FOREIGN KEY (`byId`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `liaison_profiles` ADD CONSTRAINT `FK_b95effa9b0e9751938090e10bd7` FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `liaison_profiles` ADD CONSTRAINT `FK_62be47bf00c56cae0e2cdd59c81` FOREIGN KEY (`communityId`) REFERENCES `communities`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `training_records` ADD CONSTRAINT `FK_37bd499d01093d17d65dedfaeed` FOREIGN KEY (`liaisonUserId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `management_items` ADD CONSTRAINT `FK_b338bc9b2656941583cf662b78c` FOREIGN KEY (`communityId`) REFERENCES `communities`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `management_items` ADD CONSTRAINT `FK_0e358690b69d29d591b2f8b2550` FOREIGN KEY (`updatedById`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `projects` ADD CONSTRAINT `FK_578a2f452a600bd1f09807853fb` FOREIGN KEY (`communityId`) REFERENCES `communities`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `projects` ADD CONSTRAINT `FK_0da5e7e6c058b618f2b92a7e7a4` FOREIGN KEY (`registeredById`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `project_opinions` ADD CONSTRAINT `FK_d0e11f149dfb99d85415f630223` FOREIGN KEY (`projectId`) REFERENCES `projects`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `project_opinions` ADD CONSTRAINT `FK_06123f7ad65b416f120d05d2f40` FOREIGN KEY (`byId`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `reward_requests` ADD CONSTRAINT `FK_aa29af77afdced5e4a0b2d61428` FOREIGN KEY (`communityId`) REFERENCES `communities`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `reward_requests` ADD CONSTRAINT `FK_436bb3d539b08cd3bd880cde822` FOREIGN KEY (`liaisonUserId`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `reward_requests` ADD CONSTRAINT `FK_6a267b33c5a5bbd7750a01aadd1` FOREIGN KEY (`proposedById`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `reward_events` ADD CONSTRAINT `FK_088722c0ef93a1965103013a880` FOREIGN KEY (`requestId`) REFERENCES `reward_requests`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `reward_events` ADD CONSTRAINT `FK_54c8b0df7e3c0a2f1fb04039e31` FOREIGN KEY (`actorId`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `task_forces` ADD CONSTRAINT `FK_62d7bb1d94be9b684645c5eea09` FOREIGN KEY (`appealId`) REFERENCES `appeals`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `task_forces` ADD CONSTRAINT `FK_48cfb1c80b6b96818317466144e` FOREIGN KEY (`leadDepartmentId`) REFERENCES `departments`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `task_forces` ADD CONSTRAINT `FK_9582e4feb83fb5927efc546a127` FOREIGN KEY (`formedById`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `task_force_members` ADD CONSTRAINT `FK_7b2e75cf92124a404c0cc04b072` FOREIGN KEY (`taskForceId`) REFERENCES `task_forces`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `task_force_members` ADD CONSTRAINT `FK_2ff6cdae4bbff6a4dc5112a58dc` FOREIGN KEY (`departmentId`) REFERENCES `departments`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `task_force_members` ADD CONSTRAINT `FK_296ced924096dfb37244ac9f07e` FOREIGN KEY (`communityId`) REFERENCES `communities`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `task_force_notes` ADD CONSTRAINT `FK_9e68e32038a97dcfdc2344e0e4b` FOREIGN KEY (`taskForceId`) REFERENCES `task_forces`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `task_force_notes` ADD CONSTRAINT `FK_6a25417b6799327d11a134a99f4` FOREIGN KEY (`authorId`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `whistle_events` ADD CONSTRAINT `FK_10737b366f2c8c51555370df487` FOREIGN KEY (`whistleId`) REFERENCES `whistles`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `whistle_events` ADD CONSTRAINT `FK_5b5c415cae0757d1a03f7004242` FOREIGN KEY (`actorId`) REFERENCES `users`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `whistle_events` ADD CONSTRAINT `FK_5ecfe1d9b02bced3fc8fc3c6408` FOREIGN KEY (`departmentId`) REFERENCES `departments`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `whistle_events` DROP FOREIGN KEY `FK_5ecfe1d9b02bced3fc8fc3c6408`');
    await queryRunner.query('ALTER TABLE `whistle_events` DROP FOREIGN KEY `FK_5b5c415cae0757d1a03f7004242`');
    await queryRunner.query('ALTER TABLE `whistle_events` DROP FOREIGN KEY `FK_10737b366f2c8c51555370df487`');
    await queryRunner.query('ALTER TABLE `task_force_notes` DROP FOREIGN KEY `FK_6a25417b6799327d11a134a99f4`');
    await queryRunner.query('ALTER TABLE `task_force_notes` DROP FOREIGN KEY `FK_9e68e32038a97dcfdc2344e0e4b`');
    await queryRunner.query('ALTER TABLE `task_force_members` DROP FOREIGN KEY `FK_296ced924096dfb37244ac9f07e`');
    await queryRunner.query('ALTER TABLE `task_force_members` DROP FOREIGN KEY `FK_2ff6cdae4bbff6a4dc5112a58dc`');
    await queryRunner.query('ALTER TABLE `task_force_members` DROP FOREIGN KEY `FK_7b2e75cf92124a404c0cc04b072`');
    await queryRunner.query('ALTER TABLE `task_forces` DROP FOREIGN KEY `FK_9582e4feb83fb5927efc546a127`');
    await queryRunner.query('ALTER TABLE `task_forces` DROP FOREIGN KEY `FK_48cfb1c80b6b96818317466144e`');
    await queryRunner.query('ALTER TABLE `task_forces` DROP FOREIGN KEY `FK_62d7bb1d94be9b684645c5eea09`');
    await queryRunner.query('ALTER TABLE `reward_events` DROP FOREIGN KEY `FK_54c8b0df7e3c0a2f1fb04039e31`');
    await queryRunner.query('ALTER TABLE `reward_events` DROP FOREIGN KEY `FK_088722c0ef93a1965103013a880`');
    await queryRunner.query('ALTER TABLE `reward_requests` DROP FOREIGN KEY `FK_6a267b33c5a5bbd7750a01aadd1`');
    await queryRunner.query('ALTER TABLE `reward_requests` DROP FOREIGN KEY `FK_436bb3d539b08cd3bd880cde822`');
    await queryRunner.query('ALTER TABLE `reward_requests` DROP FOREIGN KEY `FK_aa29af77afdced5e4a0b2d61428`');
    await queryRunner.query('ALTER TABLE `project_opinions` DROP FOREIGN KEY `FK_06123f7ad65b416f120d05d2f40`');
    await queryRunner.query('ALTER TABLE `project_opinions` DROP FOREIGN KEY `FK_d0e11f149dfb99d85415f630223`');
    await queryRunner.query('ALTER TABLE `projects` DROP FOREIGN KEY `FK_0da5e7e6c058b618f2b92a7e7a4`');
    await queryRunner.query('ALTER TABLE `projects` DROP FOREIGN KEY `FK_578a2f452a600bd1f09807853fb`');
    await queryRunner.query('ALTER TABLE `management_items` DROP FOREIGN KEY `FK_0e358690b69d29d591b2f8b2550`');
    await queryRunner.query('ALTER TABLE `management_items` DROP FOREIGN KEY `FK_b338bc9b2656941583cf662b78c`');
    await queryRunner.query('ALTER TABLE `training_records` DROP FOREIGN KEY `FK_37bd499d01093d17d65dedfaeed`');
    await queryRunner.query('ALTER TABLE `liaison_profiles` DROP FOREIGN KEY `FK_62be47bf00c56cae0e2cdd59c81`');
    await queryRunner.query('ALTER TABLE `liaison_profiles` DROP FOREIGN KEY `FK_b95effa9b0e9751938090e10bd7`');
    await queryRunner.query('ALTER TABLE `department_scores` DROP FOREIGN KEY `FK_7d667630f958144897afc247f70`');
    await queryRunner.query('ALTER TABLE `department_scores` DROP FOREIGN KEY `FK_45c87e4585024d57e96dc673e5c`');
    await queryRunner.query('ALTER TABLE `department_scores` DROP FOREIGN KEY `FK_e88f0f46e477449545d465a71d6`');
    await queryRunner.query('ALTER TABLE `department_scores` DROP FOREIGN KEY `FK_f2287dbd315dbc4662c7430f9a8`');
    await queryRunner.query('ALTER TABLE `appeal_timers` DROP FOREIGN KEY `FK_2e3851480b8a01eb6afd5eeb18d`');
    await queryRunner.query('ALTER TABLE `appeal_timers` DROP FOREIGN KEY `FK_30a2db8318e42b01a7389aa12f8`');
    await queryRunner.query('ALTER TABLE `whistle_targets` DROP FOREIGN KEY `FK_dfe598b24bb7f5339f016425529`');
    await queryRunner.query('ALTER TABLE `whistle_targets` DROP FOREIGN KEY `FK_f5d603fd1e69a7acb9aef8f4304`');
    await queryRunner.query('ALTER TABLE `whistle_targets` DROP FOREIGN KEY `FK_ccae5db9e52a2ae4963f9af04b7`');
    await queryRunner.query('ALTER TABLE `whistles` DROP FOREIGN KEY `FK_7d8973a1e43fcb57beeb2aa114a`');
    await queryRunner.query('ALTER TABLE `whistles` DROP FOREIGN KEY `FK_3b12f4c2b674ccd18eaed02cd9c`');
    await queryRunner.query('ALTER TABLE `whistles` DROP FOREIGN KEY `FK_11e6ac1646f1321394a9b622baf`');
    await queryRunner.query('DROP INDEX `UQ_appeal_timers_kind` ON `appeal_timers`');
    await queryRunner.query('DROP INDEX `UQ_appeal_timers_whistle_target_kind` ON `appeal_timers`');
    await queryRunner.query('ALTER TABLE `appeal_timers` CHANGE `appealId` `appealId` int NOT NULL');
    await queryRunner.query('CREATE UNIQUE INDEX `UQ_appeal_timers_kind` ON `appeal_timers` (`appealId`, `kind`)');
    await queryRunner.query(
      'ALTER TABLE `appeal_timers` ADD CONSTRAINT `FK_30a2db8318e42b01a7389aa12f8` FOREIGN KEY (`appealId`) REFERENCES `appeals`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query('ALTER TABLE `appeal_timers` DROP COLUMN `whistleTargetId`');
    await queryRunner.query('DROP INDEX `IDX_whistle_events_whistle` ON `whistle_events`');
    await queryRunner.query('DROP TABLE `whistle_events`');
    await queryRunner.query('DROP INDEX `IDX_task_force_notes_task_force` ON `task_force_notes`');
    await queryRunner.query('DROP TABLE `task_force_notes`');
    await queryRunner.query('DROP INDEX `IDX_task_force_members_department` ON `task_force_members`');
    await queryRunner.query('DROP TABLE `task_force_members`');
    await queryRunner.query('DROP INDEX `IDX_62d7bb1d94be9b684645c5eea0` ON `task_forces`');
    await queryRunner.query('DROP TABLE `task_forces`');
    await queryRunner.query('DROP INDEX `IDX_reward_events_request` ON `reward_events`');
    await queryRunner.query('DROP TABLE `reward_events`');
    await queryRunner.query('DROP INDEX `IDX_reward_requests_community` ON `reward_requests`');
    await queryRunner.query('DROP TABLE `reward_requests`');
    await queryRunner.query('DROP INDEX `IDX_d0e11f149dfb99d85415f63022` ON `project_opinions`');
    await queryRunner.query('DROP TABLE `project_opinions`');
    await queryRunner.query('DROP INDEX `IDX_projects_community` ON `projects`');
    await queryRunner.query('DROP INDEX `IDX_59e3b67cef804cba399eb67fff` ON `projects`');
    await queryRunner.query('DROP TABLE `projects`');
    await queryRunner.query('DROP INDEX `IDX_management_items_community` ON `management_items`');
    await queryRunner.query('DROP TABLE `management_items`');
    await queryRunner.query('DROP INDEX `IDX_training_records_liaison` ON `training_records`');
    await queryRunner.query('DROP TABLE `training_records`');
    await queryRunner.query('DROP INDEX `REL_b95effa9b0e9751938090e10bd` ON `liaison_profiles`');
    await queryRunner.query('DROP INDEX `IDX_b95effa9b0e9751938090e10bd` ON `liaison_profiles`');
    await queryRunner.query('DROP INDEX `IDX_liaison_profiles_community` ON `liaison_profiles`');
    await queryRunner.query('DROP TABLE `liaison_profiles`');
    await queryRunner.query('DROP INDEX `UQ_department_scores_once` ON `department_scores`');
    await queryRunner.query('DROP TABLE `department_scores`');
    await queryRunner.query('DROP INDEX `IDX_fa28f52d4090c1cb23bec2dd23` ON `evaluation_periods`');
    await queryRunner.query('DROP TABLE `evaluation_periods`');
    await queryRunner.query('DROP INDEX `UQ_whistle_targets_department` ON `whistle_targets`');
    await queryRunner.query('DROP INDEX `IDX_whistle_targets_department` ON `whistle_targets`');
    await queryRunner.query('DROP TABLE `whistle_targets`');
    await queryRunner.query('DROP INDEX `IDX_whistles_community` ON `whistles`');
    await queryRunner.query('DROP INDEX `IDX_3b12f4c2b674ccd18eaed02cd9` ON `whistles`');
    await queryRunner.query('DROP TABLE `whistles`');
  }
}
