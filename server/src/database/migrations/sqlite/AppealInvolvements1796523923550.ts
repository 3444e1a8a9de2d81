import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AppealInvolvements1796523923550 implements MigrationInterface {
  name = 'AppealInvolvements1796523923550';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"appeal_involvements\" (\"departmentId\" integer NOT NULL, \"appealId\" integer NOT NULL, \"isOpen\" boolean NOT NULL, \"dueAt\" datetime(3) NOT NULL, PRIMARY KEY (\"departmentId\", \"appealId\"))");
    await queryRunner.query("CREATE INDEX \"IDX_appeal_involvements_appeal\" ON \"appeal_involvements\" (\"appealId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_appeal_involvements_queue\" ON \"appeal_involvements\" (\"departmentId\", \"isOpen\", \"dueAt\", \"appealId\") ");
    await queryRunner.query("DROP INDEX \"IDX_appeal_involvements_appeal\"");
    await queryRunner.query("DROP INDEX \"IDX_appeal_involvements_queue\"");
    await queryRunner.query("CREATE TABLE \"temporary_appeal_involvements\" (\"departmentId\" integer NOT NULL, \"appealId\" integer NOT NULL, \"isOpen\" boolean NOT NULL, \"dueAt\" datetime(3) NOT NULL, CONSTRAINT \"FK_1d2b8acf0d387a19aa05533deb8\" FOREIGN KEY (\"departmentId\") REFERENCES \"departments\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_6b1367e3f0816ac5f1e41926e0c\" FOREIGN KEY (\"appealId\") REFERENCES \"appeals\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, PRIMARY KEY (\"departmentId\", \"appealId\"))");
    await queryRunner.query("INSERT INTO \"temporary_appeal_involvements\"(\"departmentId\", \"appealId\", \"isOpen\", \"dueAt\") SELECT \"departmentId\", \"appealId\", \"isOpen\", \"dueAt\" FROM \"appeal_involvements\"");
    await queryRunner.query("DROP TABLE \"appeal_involvements\"");
    await queryRunner.query("ALTER TABLE \"temporary_appeal_involvements\" RENAME TO \"appeal_involvements\"");
    await queryRunner.query("CREATE INDEX \"IDX_appeal_involvements_appeal\" ON \"appeal_involvements\" (\"appealId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_appeal_involvements_queue\" ON \"appeal_involvements\" (\"departmentId\", \"isOpen\", \"dueAt\", \"appealId\") ");
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
    await queryRunner.query("DROP INDEX \"IDX_appeal_involvements_queue\"");
    await queryRunner.query("DROP INDEX \"IDX_appeal_involvements_appeal\"");
    await queryRunner.query("ALTER TABLE \"appeal_involvements\" RENAME TO \"temporary_appeal_involvements\"");
    await queryRunner.query("CREATE TABLE \"appeal_involvements\" (\"departmentId\" integer NOT NULL, \"appealId\" integer NOT NULL, \"isOpen\" boolean NOT NULL, \"dueAt\" datetime(3) NOT NULL, PRIMARY KEY (\"departmentId\", \"appealId\"))");
    await queryRunner.query("INSERT INTO \"appeal_involvements\"(\"departmentId\", \"appealId\", \"isOpen\", \"dueAt\") SELECT \"departmentId\", \"appealId\", \"isOpen\", \"dueAt\" FROM \"temporary_appeal_involvements\"");
    await queryRunner.query("DROP TABLE \"temporary_appeal_involvements\"");
    await queryRunner.query("CREATE INDEX \"IDX_appeal_involvements_queue\" ON \"appeal_involvements\" (\"departmentId\", \"isOpen\", \"dueAt\", \"appealId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_appeal_involvements_appeal\" ON \"appeal_involvements\" (\"appealId\") ");
    await queryRunner.query("DROP INDEX \"IDX_appeal_involvements_queue\"");
    await queryRunner.query("DROP INDEX \"IDX_appeal_involvements_appeal\"");
    await queryRunner.query("DROP TABLE \"appeal_involvements\"");
  }
}
