import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The street admin's mapping of the city's 12345 batch: which column header gives each field (one row). */
export class WorkOrderMapping1796582512172 implements MigrationInterface {
  name = 'WorkOrderMapping1796582512172';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE "work_order_mappings" ("id" integer PRIMARY KEY NOT NULL, "workOrderNo" varchar(100) NOT NULL, "dispatchedAt" varchar(100) NOT NULL, "dueAt" varchar(100) NOT NULL, "content" varchar(100) NOT NULL, "community" varchar(100), "address" varchar(100), "contactName" varchar(100), "contactPhone" varchar(100), "category" varchar(100), "updatedById" integer NOT NULL, "updatedAt" datetime(3) NOT NULL)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "work_order_mappings"');
  }
}
