import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RatingSources1796500523508 implements MigrationInterface {
  name = 'RatingSources1796500523508';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "temporary_appeal_ratings" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "round" integer NOT NULL, "raterId" integer NOT NULL, "solved" boolean NOT NULL, "satisfaction" varchar(32) NOT NULL, "comment" text, "at" datetime(3) NOT NULL, "source" varchar(32) NOT NULL DEFAULT (\'resident\'), "recordedById" integer, CONSTRAINT "UQ_appeal_ratings_round" UNIQUE ("appealId", "round"), CONSTRAINT "FK_29650cac6e2c996e778b6e1d203" FOREIGN KEY ("raterId") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_af8fe9aeac7369f0375d25bba44" FOREIGN KEY ("appealId") REFERENCES "appeals" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_appeal_ratings"("id", "appealId", "round", "raterId", "solved", "satisfaction", "comment", "at") SELECT "id", "appealId", "round", "raterId", "solved", "satisfaction", "comment", "at" FROM "appeal_ratings"',
    );
    await queryRunner.query('DROP TABLE "appeal_ratings"');
    await queryRunner.query('ALTER TABLE "temporary_appeal_ratings" RENAME TO "appeal_ratings"');
    await queryRunner.query(
      'CREATE TABLE "temporary_appeal_ratings" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "round" integer NOT NULL, "raterId" integer NOT NULL, "solved" boolean NOT NULL, "satisfaction" varchar(32) NOT NULL, "comment" text, "at" datetime(3) NOT NULL, "source" varchar(32) NOT NULL DEFAULT (\'resident\'), "recordedById" integer, CONSTRAINT "UQ_appeal_ratings_round" UNIQUE ("appealId", "round"))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_appeal_ratings"("id", "appealId", "round", "raterId", "solved", "satisfaction", "comment", "at", "source", "recordedById") SELECT "id", "appealId", "round", "raterId", "solved", "satisfaction", "comment", "at", "source", "recordedById" FROM "appeal_ratings"',
    );
    await queryRunner.query('DROP TABLE "appeal_ratings"');
    await queryRunner.query('ALTER TABLE "temporary_appeal_ratings" RENAME TO "appeal_ratings"');
    await queryRunner.query(
      'CREATE TABLE "temporary_appeal_ratings" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "round" integer NOT NULL, "raterId" integer, "solved" boolean NOT NULL, "satisfaction" varchar(32) NOT NULL, "comment" text, "at" datetime(3) NOT NULL, "source" varchar(32) NOT NULL DEFAULT (\'resident\'), "recordedById" integer, CONSTRAINT "UQ_appeal_ratings_round" UNIQUE ("appealId", "round"))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_appeal_ratings"("id", "appealId", "round", "raterId", "solved", "satisfaction", "comment", "at", "source", "recordedById") SELECT "id", "appealId", "round", "raterId", "solved", "satisfaction", "comment", "at", "source", "recordedById" FROM "appeal_ratings"',
    );
    await queryRunner.query('DROP TABLE "appeal_ratings"');
    await queryRunner.query('ALTER TABLE "temporary_appeal_ratings" RENAME TO "appeal_ratings"');
    await queryRunner.query(
      'CREATE TABLE "temporary_appeal_ratings" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "round" integer NOT NULL, "raterId" integer, "solved" boolean NOT NULL, "satisfaction" varchar(32) NOT NULL, "comment" text, "at" datetime(3) NOT NULL, "source" varchar(32) NOT NULL DEFAULT (\'resident\'), "recordedById" integer, CONSTRAINT "UQ_appeal_ratings_round" UNIQUE ("appealId", "round"), CONSTRAINT "FK_af8fe9aeac7369f0375d25bba44" FOREIGN KEY ("appealId") REFERENCES "appeals" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_29650cac6e2c996e778b6e1d203" FOREIGN KEY ("raterId") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_63b1c67388ec4a4ad6bfdaaab9e" FOREIGN KEY ("recordedById") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_appeal_ratings"("id", "appealId", "round", "raterId", "solved", "satisfaction", "comment", "at", "source", "recordedById") SELECT "id", "appealId", "round", "raterId", "solved", "satisfaction", "comment", "at", "source", "recordedById" FROM "appeal_ratings"',
    );
    await queryRunner.query('DROP TABLE "appeal_ratings"');
    await queryRunner.query('ALTER TABLE "temporary_appeal_ratings" RENAME TO "appeal_ratings"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "appeal_ratings" RENAME TO "temporary_appeal_ratings"');
    await queryRunner.query(
      'CREATE TABLE "appeal_ratings" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "round" integer NOT NULL, "raterId" integer, "solved" boolean NOT NULL, "satisfaction" varchar(32) NOT NULL, "comment" text, "at" datetime(3) NOT NULL, "source" varchar(32) NOT NULL DEFAULT (\'resident\'), "recordedById" integer, CONSTRAINT "UQ_appeal_ratings_round" UNIQUE ("appealId", "round"))',
    );
    await queryRunner.query(
      'INSERT INTO "appeal_ratings"("id", "appealId", "round", "raterId", "solved", "satisfaction", "comment", "at", "source", "recordedById") SELECT "id", "appealId", "round", "raterId", "solved", "satisfaction", "comment", "at", "source", "recordedById" FROM "temporary_appeal_ratings"',
    );
    await queryRunner.query('DROP TABLE "temporary_appeal_ratings"');
    await queryRunner.query('ALTER TABLE "appeal_ratings" RENAME TO "temporary_appeal_ratings"');
    await queryRunner.query(
      'CREATE TABLE "appeal_ratings" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "round" integer NOT NULL, "raterId" integer NOT NULL, "solved" boolean NOT NULL, "satisfaction" varchar(32) NOT NULL, "comment" text, "at" datetime(3) NOT NULL, "source" varchar(32) NOT NULL DEFAULT (\'resident\'), "recordedById" integer, CONSTRAINT "UQ_appeal_ratings_round" UNIQUE ("appealId", "round"))',
    );
    await queryRunner.query(
      'INSERT INTO "appeal_ratings"("id", "appealId", "round", "raterId", "solved", "satisfaction", "comment", "at", "source", "recordedById") SELECT "id", "appealId", "round", "raterId", "solved", "satisfaction", "comment", "at", "source", "recordedById" FROM "temporary_appeal_ratings"',
    );
    await queryRunner.query('DROP TABLE "temporary_appeal_ratings"');
    await queryRunner.query('ALTER TABLE "appeal_ratings" RENAME TO "temporary_appeal_ratings"');
    await queryRunner.query(
      'CREATE TABLE "appeal_ratings" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "round" integer NOT NULL, "raterId" integer NOT NULL, "solved" boolean NOT NULL, "satisfaction" varchar(32) NOT NULL, "comment" text, "at" datetime(3) NOT NULL, "source" varchar(32) NOT NULL DEFAULT (\'resident\'), "recordedById" integer, CONSTRAINT "UQ_appeal_ratings_round" UNIQUE ("appealId", "round"), CONSTRAINT "FK_29650cac6e2c996e778b6e1d203" FOREIGN KEY ("raterId") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "appeal_ratings"("id", "appealId", "round", "raterId", "solved", "satisfaction", "comment", "at", "source", "recordedById") SELECT "id", "appealId", "round", "raterId", "solved", "satisfaction", "comment", "at", "source", "recordedById" FROM "temporary_appeal_ratings"',
    );
    await queryRunner.query('DROP TABLE "temporary_appeal_ratings"');
    await queryRunner.query('ALTER TABLE "appeal_ratings" RENAME TO "temporary_appeal_ratings"');
    await queryRunner.query(
      'CREATE TABLE "appeal_ratings" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "appealId" integer NOT NULL, "round" integer NOT NULL, "raterId" integer NOT NULL, "solved" boolean NOT NULL, "satisfaction" varchar(32) NOT NULL, "comment" text, "at" datetime(3) NOT NULL, CONSTRAINT "UQ_appeal_ratings_round" UNIQUE ("appealId", "round"), CONSTRAINT "FK_29650cac6e2c996e778b6e1d203" FOREIGN KEY ("raterId") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_af8fe9aeac7369f0375d25bba44" FOREIGN KEY ("appealId") REFERENCES "appeals" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "appeal_ratings"("id", "appealId", "round", "raterId", "solved", "satisfaction", "comment", "at") SELECT "id", "appealId", "round", "raterId", "solved", "satisfaction", "comment", "at" FROM "temporary_appeal_ratings"',
    );
    await queryRunner.query('DROP TABLE "temporary_appeal_ratings"');
  }
}
