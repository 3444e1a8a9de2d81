import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Timers of any owner (docs/architecture.md, "Timers"): the per-owner foreign keys (appealId,
 * whistleTargetId) become an owner type and id. Existing rows are carried over — an appeal's timers
 * as owner `appeal`, a whistled department's report-in timer as owner `whistleTarget` — and back on
 * revert (where timers of other owners have no place and are dropped).
 */
export class GenericTimers1796505433737 implements MigrationInterface {
  name = 'GenericTimers1796505433737';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `appeal_timers` ADD `ownerType` varchar(32) NOT NULL");
    await queryRunner.query("ALTER TABLE `appeal_timers` ADD `ownerId` int NOT NULL");
    await queryRunner.query("UPDATE `appeal_timers` SET `ownerType` = 'whistleTarget', `ownerId` = `whistleTargetId` WHERE `whistleTargetId` IS NOT NULL");
    await queryRunner.query("UPDATE `appeal_timers` SET `ownerType` = 'appeal', `ownerId` = `appealId` WHERE `whistleTargetId` IS NULL AND `appealId` IS NOT NULL");
    await queryRunner.query("DELETE FROM `appeal_timers` WHERE `whistleTargetId` IS NULL AND `appealId` IS NULL");
    await queryRunner.query("ALTER TABLE `appeal_timers` DROP FOREIGN KEY `FK_2e3851480b8a01eb6afd5eeb18d`");
    await queryRunner.query("ALTER TABLE `appeal_timers` DROP FOREIGN KEY `FK_30a2db8318e42b01a7389aa12f8`");
    await queryRunner.query("DROP INDEX `UQ_appeal_timers_whistle_target_kind` ON `appeal_timers`");
    await queryRunner.query("DROP INDEX `UQ_appeal_timers_kind` ON `appeal_timers`");
    await queryRunner.query("ALTER TABLE `appeal_timers` DROP COLUMN `appealId`");
    await queryRunner.query("ALTER TABLE `appeal_timers` DROP COLUMN `whistleTargetId`");
    await queryRunner.query("CREATE UNIQUE INDEX `UQ_appeal_timers_owner_kind` ON `appeal_timers` (`ownerType`, `ownerId`, `kind`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `UQ_appeal_timers_owner_kind` ON `appeal_timers`");
    await queryRunner.query("ALTER TABLE `appeal_timers` ADD `whistleTargetId` int NULL");
    await queryRunner.query("ALTER TABLE `appeal_timers` ADD `appealId` int NULL");
    await queryRunner.query("DELETE FROM `appeal_timers` WHERE `ownerType` NOT IN ('appeal', 'whistleTarget')");
    await queryRunner.query("UPDATE `appeal_timers` SET `appealId` = `ownerId` WHERE `ownerType` = 'appeal'");
    await queryRunner.query("UPDATE `appeal_timers` SET `whistleTargetId` = `ownerId` WHERE `ownerType` = 'whistleTarget'");
    await queryRunner.query("ALTER TABLE `appeal_timers` DROP COLUMN `ownerId`");
    await queryRunner.query("ALTER TABLE `appeal_timers` DROP COLUMN `ownerType`");
    await queryRunner.query("CREATE UNIQUE INDEX `UQ_appeal_timers_kind` ON `appeal_timers` (`appealId`, `kind`)");
    await queryRunner.query("CREATE UNIQUE INDEX `UQ_appeal_timers_whistle_target_kind` ON `appeal_timers` (`whistleTargetId`, `kind`)");
    await queryRunner.query("ALTER TABLE `appeal_timers` ADD CONSTRAINT `FK_30a2db8318e42b01a7389aa12f8` FOREIGN KEY (`appealId`) REFERENCES `appeals`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `appeal_timers` ADD CONSTRAINT `FK_2e3851480b8a01eb6afd5eeb18d` FOREIGN KEY (`whistleTargetId`) REFERENCES `whistle_targets`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }
}
