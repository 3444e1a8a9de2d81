import type { MigrationInterface, QueryRunner } from 'typeorm';

export class JointFeedback1796500854853 implements MigrationInterface {
  name = 'JointFeedback1796500854853';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"appeal_feedback_departments\" (\"feedbackId\" integer NOT NULL, \"departmentId\" integer NOT NULL, PRIMARY KEY (\"feedbackId\", \"departmentId\"))");
    await queryRunner.query("CREATE INDEX \"IDX_4900a58247f333f8b417dbd710\" ON \"appeal_feedback_departments\" (\"feedbackId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_18cea7a8abee698e0ed6b6247a\" ON \"appeal_feedback_departments\" (\"departmentId\") ");
    await queryRunner.query("DROP INDEX \"IDX_5db7e9f862c7db9f87e025c25c\"");
    await queryRunner.query("CREATE TABLE \"temporary_appeal_feedbacks\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"appealId\" integer NOT NULL, \"method\" varchar(32) NOT NULL, \"byId\" integer NOT NULL, \"content\" text NOT NULL, \"residentOpinion\" text, \"final\" boolean NOT NULL, \"at\" datetime(3) NOT NULL, \"communityPartyId\" integer, CONSTRAINT \"FK_8630aa0d97e8b580232028df5c8\" FOREIGN KEY (\"byId\") REFERENCES \"users\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_5db7e9f862c7db9f87e025c25c4\" FOREIGN KEY (\"appealId\") REFERENCES \"appeals\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_appeal_feedbacks\"(\"id\", \"appealId\", \"method\", \"byId\", \"content\", \"residentOpinion\", \"final\", \"at\") SELECT \"id\", \"appealId\", \"method\", \"byId\", \"content\", \"residentOpinion\", \"final\", \"at\" FROM \"appeal_feedbacks\"");
    await queryRunner.query("DROP TABLE \"appeal_feedbacks\"");
    await queryRunner.query("ALTER TABLE \"temporary_appeal_feedbacks\" RENAME TO \"appeal_feedbacks\"");
    await queryRunner.query("CREATE INDEX \"IDX_5db7e9f862c7db9f87e025c25c\" ON \"appeal_feedbacks\" (\"appealId\") ");
    await queryRunner.query("DROP INDEX \"IDX_5db7e9f862c7db9f87e025c25c\"");
    await queryRunner.query("CREATE TABLE \"temporary_appeal_feedbacks\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"appealId\" integer NOT NULL, \"method\" varchar(32) NOT NULL, \"byId\" integer NOT NULL, \"content\" text NOT NULL, \"residentOpinion\" text, \"final\" boolean NOT NULL, \"at\" datetime(3) NOT NULL, \"communityPartyId\" integer, CONSTRAINT \"FK_8630aa0d97e8b580232028df5c8\" FOREIGN KEY (\"byId\") REFERENCES \"users\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_5db7e9f862c7db9f87e025c25c4\" FOREIGN KEY (\"appealId\") REFERENCES \"appeals\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_7090ecfdfe71bdf8f32e6f85c87\" FOREIGN KEY (\"communityPartyId\") REFERENCES \"users\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_appeal_feedbacks\"(\"id\", \"appealId\", \"method\", \"byId\", \"content\", \"residentOpinion\", \"final\", \"at\", \"communityPartyId\") SELECT \"id\", \"appealId\", \"method\", \"byId\", \"content\", \"residentOpinion\", \"final\", \"at\", \"communityPartyId\" FROM \"appeal_feedbacks\"");
    await queryRunner.query("DROP TABLE \"appeal_feedbacks\"");
    await queryRunner.query("ALTER TABLE \"temporary_appeal_feedbacks\" RENAME TO \"appeal_feedbacks\"");
    await queryRunner.query("CREATE INDEX \"IDX_5db7e9f862c7db9f87e025c25c\" ON \"appeal_feedbacks\" (\"appealId\") ");
    await queryRunner.query("DROP INDEX \"IDX_4900a58247f333f8b417dbd710\"");
    await queryRunner.query("DROP INDEX \"IDX_18cea7a8abee698e0ed6b6247a\"");
    await queryRunner.query("CREATE TABLE \"temporary_appeal_feedback_departments\" (\"feedbackId\" integer NOT NULL, \"departmentId\" integer NOT NULL, CONSTRAINT \"FK_4900a58247f333f8b417dbd710f\" FOREIGN KEY (\"feedbackId\") REFERENCES \"appeal_feedbacks\" (\"id\") ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT \"FK_18cea7a8abee698e0ed6b6247a0\" FOREIGN KEY (\"departmentId\") REFERENCES \"departments\" (\"id\") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY (\"feedbackId\", \"departmentId\"))");
    await queryRunner.query("INSERT INTO \"temporary_appeal_feedback_departments\"(\"feedbackId\", \"departmentId\") SELECT \"feedbackId\", \"departmentId\" FROM \"appeal_feedback_departments\"");
    await queryRunner.query("DROP TABLE \"appeal_feedback_departments\"");
    await queryRunner.query("ALTER TABLE \"temporary_appeal_feedback_departments\" RENAME TO \"appeal_feedback_departments\"");
    await queryRunner.query("CREATE INDEX \"IDX_4900a58247f333f8b417dbd710\" ON \"appeal_feedback_departments\" (\"feedbackId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_18cea7a8abee698e0ed6b6247a\" ON \"appeal_feedback_departments\" (\"departmentId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_18cea7a8abee698e0ed6b6247a\"");
    await queryRunner.query("DROP INDEX \"IDX_4900a58247f333f8b417dbd710\"");
    await queryRunner.query("ALTER TABLE \"appeal_feedback_departments\" RENAME TO \"temporary_appeal_feedback_departments\"");
    await queryRunner.query("CREATE TABLE \"appeal_feedback_departments\" (\"feedbackId\" integer NOT NULL, \"departmentId\" integer NOT NULL, PRIMARY KEY (\"feedbackId\", \"departmentId\"))");
    await queryRunner.query("INSERT INTO \"appeal_feedback_departments\"(\"feedbackId\", \"departmentId\") SELECT \"feedbackId\", \"departmentId\" FROM \"temporary_appeal_feedback_departments\"");
    await queryRunner.query("DROP TABLE \"temporary_appeal_feedback_departments\"");
    await queryRunner.query("CREATE INDEX \"IDX_18cea7a8abee698e0ed6b6247a\" ON \"appeal_feedback_departments\" (\"departmentId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_4900a58247f333f8b417dbd710\" ON \"appeal_feedback_departments\" (\"feedbackId\") ");
    await queryRunner.query("DROP INDEX \"IDX_5db7e9f862c7db9f87e025c25c\"");
    await queryRunner.query("ALTER TABLE \"appeal_feedbacks\" RENAME TO \"temporary_appeal_feedbacks\"");
    await queryRunner.query("CREATE TABLE \"appeal_feedbacks\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"appealId\" integer NOT NULL, \"method\" varchar(32) NOT NULL, \"byId\" integer NOT NULL, \"content\" text NOT NULL, \"residentOpinion\" text, \"final\" boolean NOT NULL, \"at\" datetime(3) NOT NULL, \"communityPartyId\" integer, CONSTRAINT \"FK_8630aa0d97e8b580232028df5c8\" FOREIGN KEY (\"byId\") REFERENCES \"users\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_5db7e9f862c7db9f87e025c25c4\" FOREIGN KEY (\"appealId\") REFERENCES \"appeals\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"appeal_feedbacks\"(\"id\", \"appealId\", \"method\", \"byId\", \"content\", \"residentOpinion\", \"final\", \"at\", \"communityPartyId\") SELECT \"id\", \"appealId\", \"method\", \"byId\", \"content\", \"residentOpinion\", \"final\", \"at\", \"communityPartyId\" FROM \"temporary_appeal_feedbacks\"");
    await queryRunner.query("DROP TABLE \"temporary_appeal_feedbacks\"");
    await queryRunner.query("CREATE INDEX \"IDX_5db7e9f862c7db9f87e025c25c\" ON \"appeal_feedbacks\" (\"appealId\") ");
    await queryRunner.query("DROP INDEX \"IDX_5db7e9f862c7db9f87e025c25c\"");
    await queryRunner.query("ALTER TABLE \"appeal_feedbacks\" RENAME TO \"temporary_appeal_feedbacks\"");
    await queryRunner.query("CREATE TABLE \"appeal_feedbacks\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"appealId\" integer NOT NULL, \"method\" varchar(32) NOT NULL, \"byId\" integer NOT NULL, \"content\" text NOT NULL, \"residentOpinion\" text, \"final\" boolean NOT NULL, \"at\" datetime(3) NOT NULL, CONSTRAINT \"FK_8630aa0d97e8b580232028df5c8\" FOREIGN KEY (\"byId\") REFERENCES \"users\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_5db7e9f862c7db9f87e025c25c4\" FOREIGN KEY (\"appealId\") REFERENCES \"appeals\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"appeal_feedbacks\"(\"id\", \"appealId\", \"method\", \"byId\", \"content\", \"residentOpinion\", \"final\", \"at\") SELECT \"id\", \"appealId\", \"method\", \"byId\", \"content\", \"residentOpinion\", \"final\", \"at\" FROM \"temporary_appeal_feedbacks\"");
    await queryRunner.query("DROP TABLE \"temporary_appeal_feedbacks\"");
    await queryRunner.query("CREATE INDEX \"IDX_5db7e9f862c7db9f87e025c25c\" ON \"appeal_feedbacks\" (\"appealId\") ");
    await queryRunner.query("DROP INDEX \"IDX_18cea7a8abee698e0ed6b6247a\"");
    await queryRunner.query("DROP INDEX \"IDX_4900a58247f333f8b417dbd710\"");
    await queryRunner.query("DROP TABLE \"appeal_feedback_departments\"");
  }
}
