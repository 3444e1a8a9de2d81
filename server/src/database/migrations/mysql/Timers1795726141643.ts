import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Timers1795726141643 implements MigrationInterface {
  name = 'Timers1795726141643';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `supervision_flags` (`id` int NOT NULL AUTO_INCREMENT, `appealId` int NOT NULL, `reason` varchar(32) NOT NULL, `deadline` datetime(3) NOT NULL, `level` varchar(32) NOT NULL, `createdAt` datetime(3) NOT NULL, INDEX `IDX_65cae743650290ee17003d9554` (`appealId`), UNIQUE INDEX `UQ_supervision_flags_once` (`appealId`, `reason`, `deadline`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `inbox_messages` (`id` int NOT NULL AUTO_INCREMENT, `outboxId` int NOT NULL, `recipientId` int NOT NULL, `kind` varchar(32) NOT NULL, `title` varchar(100) NOT NULL, `body` varchar(500) NOT NULL, `appealId` int NULL, `createdAt` datetime(3) NOT NULL, `readAt` datetime(3) NULL, INDEX `IDX_inbox_messages_recipient` (`recipientId`, `id`), UNIQUE INDEX `IDX_c78bcf549b369cc0f6d30dbcb7` (`outboxId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `notification_outbox` (`id` int NOT NULL AUTO_INCREMENT, `dedupeKey` varchar(150) NOT NULL, `recipientId` int NOT NULL, `kind` varchar(32) NOT NULL, `title` varchar(100) NOT NULL, `body` varchar(500) NOT NULL, `appealId` int NULL, `createdAt` datetime(3) NOT NULL, `deliveredAt` datetime(3) NULL, `attempts` int NOT NULL DEFAULT '0', INDEX `IDX_notification_outbox_pending` (`deliveredAt`), UNIQUE INDEX `IDX_34c39c9e7fef8c917f1ad12868` (`dedupeKey`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `appeal_timers` (`id` int NOT NULL AUTO_INCREMENT, `appealId` int NOT NULL, `kind` varchar(32) NOT NULL, `fireAt` datetime(3) NULL, `deadline` datetime(3) NOT NULL, `firedAt` datetime(3) NULL, `version` int NOT NULL DEFAULT '1', `attempts` int NOT NULL DEFAULT '0', `lastError` varchar(500) NULL, INDEX `IDX_appeal_timers_fire` (`fireAt`), UNIQUE INDEX `UQ_appeal_timers_kind` (`appealId`, `kind`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `appeals` ADD `breachedAt` datetime(3) NULL");
    await queryRunner.query("ALTER TABLE `appeals` ADD `supervised` tinyint NOT NULL DEFAULT 0");
    await queryRunner.query("ALTER TABLE `dispatch_orders` DROP FOREIGN KEY `FK_771a5188eef37dc70f28e149900`");
    await queryRunner.query("ALTER TABLE `dispatch_orders` DROP FOREIGN KEY `FK_b021719a718c47c6629b1e69790`");
    await queryRunner.query("ALTER TABLE `dispatch_orders` CHANGE `requestedById` `requestedById` int NULL");
    await queryRunner.query("ALTER TABLE `dispatch_orders` CHANGE `consultedWithId` `consultedWithId` int NULL");
    await queryRunner.query("ALTER TABLE `dispatch_orders` ADD CONSTRAINT `FK_771a5188eef37dc70f28e149900` FOREIGN KEY (`requestedById`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `dispatch_orders` ADD CONSTRAINT `FK_b021719a718c47c6629b1e69790` FOREIGN KEY (`consultedWithId`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `supervision_flags` ADD CONSTRAINT `FK_65cae743650290ee17003d95541` FOREIGN KEY (`appealId`) REFERENCES `appeals`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `appeal_timers` ADD CONSTRAINT `FK_30a2db8318e42b01a7389aa12f8` FOREIGN KEY (`appealId`) REFERENCES `appeals`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `appeal_timers` DROP FOREIGN KEY `FK_30a2db8318e42b01a7389aa12f8`");
    await queryRunner.query("ALTER TABLE `supervision_flags` DROP FOREIGN KEY `FK_65cae743650290ee17003d95541`");
    await queryRunner.query("ALTER TABLE `dispatch_orders` DROP FOREIGN KEY `FK_b021719a718c47c6629b1e69790`");
    await queryRunner.query("ALTER TABLE `dispatch_orders` DROP FOREIGN KEY `FK_771a5188eef37dc70f28e149900`");
    await queryRunner.query("ALTER TABLE `dispatch_orders` CHANGE `consultedWithId` `consultedWithId` int NOT NULL");
    await queryRunner.query("ALTER TABLE `dispatch_orders` CHANGE `requestedById` `requestedById` int NOT NULL");
    await queryRunner.query("ALTER TABLE `dispatch_orders` ADD CONSTRAINT `FK_b021719a718c47c6629b1e69790` FOREIGN KEY (`consultedWithId`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `dispatch_orders` ADD CONSTRAINT `FK_771a5188eef37dc70f28e149900` FOREIGN KEY (`requestedById`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `appeals` DROP COLUMN `supervised`");
    await queryRunner.query("ALTER TABLE `appeals` DROP COLUMN `breachedAt`");
    await queryRunner.query("DROP INDEX `UQ_appeal_timers_kind` ON `appeal_timers`");
    await queryRunner.query("DROP INDEX `IDX_appeal_timers_fire` ON `appeal_timers`");
    await queryRunner.query("DROP TABLE `appeal_timers`");
    await queryRunner.query("DROP INDEX `IDX_34c39c9e7fef8c917f1ad12868` ON `notification_outbox`");
    await queryRunner.query("DROP INDEX `IDX_notification_outbox_pending` ON `notification_outbox`");
    await queryRunner.query("DROP TABLE `notification_outbox`");
    await queryRunner.query("DROP INDEX `IDX_c78bcf549b369cc0f6d30dbcb7` ON `inbox_messages`");
    await queryRunner.query("DROP INDEX `IDX_inbox_messages_recipient` ON `inbox_messages`");
    await queryRunner.query("DROP TABLE `inbox_messages`");
    await queryRunner.query("DROP INDEX `UQ_supervision_flags_once` ON `supervision_flags`");
    await queryRunner.query("DROP INDEX `IDX_65cae743650290ee17003d9554` ON `supervision_flags`");
    await queryRunner.query("DROP TABLE `supervision_flags`");
  }
}
