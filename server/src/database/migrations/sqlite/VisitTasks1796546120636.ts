import type { MigrationInterface, QueryRunner } from 'typeorm';

export class VisitTasks1796546120636 implements MigrationInterface {
  name = 'VisitTasks1796546120636';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"visit_tasks\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"communityId\" integer NOT NULL, \"buildingId\" integer NOT NULL, \"category\" varchar(32) NOT NULL, \"reason\" varchar(300) NOT NULL, \"liaisonId\" integer, \"status\" varchar(32) NOT NULL, \"openSlot\" integer, \"createdById\" integer NOT NULL, \"createdAt\" datetime(3) NOT NULL, \"doneById\" integer, \"doneAt\" datetime(3), \"doneNote\" text, CONSTRAINT \"UQ_visit_tasks_open\" UNIQUE (\"buildingId\", \"category\", \"openSlot\"))");
    await queryRunner.query("CREATE INDEX \"IDX_visit_tasks_community\" ON \"visit_tasks\" (\"communityId\", \"status\", \"createdAt\", \"id\") ");
    await queryRunner.query("DROP INDEX \"IDX_visit_tasks_community\"");
    await queryRunner.query("CREATE TABLE \"temporary_visit_tasks\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"communityId\" integer NOT NULL, \"buildingId\" integer NOT NULL, \"category\" varchar(32) NOT NULL, \"reason\" varchar(300) NOT NULL, \"liaisonId\" integer, \"status\" varchar(32) NOT NULL, \"openSlot\" integer, \"createdById\" integer NOT NULL, \"createdAt\" datetime(3) NOT NULL, \"doneById\" integer, \"doneAt\" datetime(3), \"doneNote\" text, CONSTRAINT \"UQ_visit_tasks_open\" UNIQUE (\"buildingId\", \"category\", \"openSlot\"), CONSTRAINT \"FK_c561b781735ab01bb0afdb764a4\" FOREIGN KEY (\"communityId\") REFERENCES \"communities\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_0af5e0fd9c5f98926fbb87729b1\" FOREIGN KEY (\"buildingId\") REFERENCES \"buildings\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_82e5ab98e213dd4d96c4c7c6629\" FOREIGN KEY (\"liaisonId\") REFERENCES \"users\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_7b034ddfa9e99cc91ecd03bcb12\" FOREIGN KEY (\"createdById\") REFERENCES \"users\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_555721704036d58acc1bc525b5b\" FOREIGN KEY (\"doneById\") REFERENCES \"users\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_visit_tasks\"(\"id\", \"communityId\", \"buildingId\", \"category\", \"reason\", \"liaisonId\", \"status\", \"openSlot\", \"createdById\", \"createdAt\", \"doneById\", \"doneAt\", \"doneNote\") SELECT \"id\", \"communityId\", \"buildingId\", \"category\", \"reason\", \"liaisonId\", \"status\", \"openSlot\", \"createdById\", \"createdAt\", \"doneById\", \"doneAt\", \"doneNote\" FROM \"visit_tasks\"");
    await queryRunner.query("DROP TABLE \"visit_tasks\"");
    await queryRunner.query("ALTER TABLE \"temporary_visit_tasks\" RENAME TO \"visit_tasks\"");
    await queryRunner.query("CREATE INDEX \"IDX_visit_tasks_community\" ON \"visit_tasks\" (\"communityId\", \"status\", \"createdAt\", \"id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_visit_tasks_community\"");
    await queryRunner.query("ALTER TABLE \"visit_tasks\" RENAME TO \"temporary_visit_tasks\"");
    await queryRunner.query("CREATE TABLE \"visit_tasks\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"communityId\" integer NOT NULL, \"buildingId\" integer NOT NULL, \"category\" varchar(32) NOT NULL, \"reason\" varchar(300) NOT NULL, \"liaisonId\" integer, \"status\" varchar(32) NOT NULL, \"openSlot\" integer, \"createdById\" integer NOT NULL, \"createdAt\" datetime(3) NOT NULL, \"doneById\" integer, \"doneAt\" datetime(3), \"doneNote\" text, CONSTRAINT \"UQ_visit_tasks_open\" UNIQUE (\"buildingId\", \"category\", \"openSlot\"))");
    await queryRunner.query("INSERT INTO \"visit_tasks\"(\"id\", \"communityId\", \"buildingId\", \"category\", \"reason\", \"liaisonId\", \"status\", \"openSlot\", \"createdById\", \"createdAt\", \"doneById\", \"doneAt\", \"doneNote\") SELECT \"id\", \"communityId\", \"buildingId\", \"category\", \"reason\", \"liaisonId\", \"status\", \"openSlot\", \"createdById\", \"createdAt\", \"doneById\", \"doneAt\", \"doneNote\" FROM \"temporary_visit_tasks\"");
    await queryRunner.query("DROP TABLE \"temporary_visit_tasks\"");
    await queryRunner.query("CREATE INDEX \"IDX_visit_tasks_community\" ON \"visit_tasks\" (\"communityId\", \"status\", \"createdAt\", \"id\") ");
    await queryRunner.query("DROP INDEX \"IDX_visit_tasks_community\"");
    await queryRunner.query("DROP TABLE \"visit_tasks\"");
  }
}
