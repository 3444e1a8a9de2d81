import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AppealInvolvements1796523923550 implements MigrationInterface {
  name = 'AppealInvolvements1796523923550';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `appeal_involvements` (`departmentId` int NOT NULL, `appealId` int NOT NULL, `isOpen` tinyint NOT NULL, `dueAt` datetime(3) NOT NULL, INDEX `IDX_appeal_involvements_appeal` (`appealId`), INDEX `IDX_appeal_involvements_queue` (`departmentId`, `isOpen`, `dueAt`, `appealId`), PRIMARY KEY (`departmentId`, `appealId`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `appeal_involvements` ADD CONSTRAINT `FK_1d2b8acf0d387a19aa05533deb8` FOREIGN KEY (`departmentId`) REFERENCES `departments`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `appeal_involvements` ADD CONSTRAINT `FK_6b1367e3f0816ac5f1e41926e0c` FOREIGN KEY (`appealId`) REFERENCES `appeals`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    // Every department already working on an appeal, from the rows that made it so (as rebuildAppealInvolvements does).
    await queryRunner.query(`
      INSERT INTO appeal_involvements (departmentId, appealId, isOpen, dueAt)
      SELECT w.departmentId, a.id, a.isOpen, a.dueAt FROM (
        SELECT departmentId, appealId FROM dispatch_assignments
        UNION SELECT t.departmentId, h.appealId FROM whistle_targets t JOIN whistles h ON h.id = t.whistleId WHERE h.appealId IS NOT NULL
        UNION SELECT m.departmentId, f.appealId FROM task_force_members m JOIN task_forces f ON f.id = m.taskForceId WHERE m.departmentId IS NOT NULL
      ) w JOIN appeals a ON a.id = w.appealId`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `appeal_involvements` DROP FOREIGN KEY `FK_6b1367e3f0816ac5f1e41926e0c`");
    await queryRunner.query("ALTER TABLE `appeal_involvements` DROP FOREIGN KEY `FK_1d2b8acf0d387a19aa05533deb8`");
    await queryRunner.query("DROP INDEX `IDX_appeal_involvements_queue` ON `appeal_involvements`");
    await queryRunner.query("DROP INDEX `IDX_appeal_involvements_appeal` ON `appeal_involvements`");
    await queryRunner.query("DROP TABLE `appeal_involvements`");
  }
}
