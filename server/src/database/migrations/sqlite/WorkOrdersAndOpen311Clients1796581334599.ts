import type { MigrationInterface, QueryRunner } from 'typeorm';

/** See the MySQL migration of the same name; the appeals' new columns are added in place (no rebuild of a table others refer to). */
export class WorkOrdersAndOpen311Clients1796581334599 implements MigrationInterface {
  name = 'WorkOrdersAndOpen311Clients1796581334599';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "open311_clients" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(100) NOT NULL, "keyHash" varchar(64) NOT NULL, "keyPrefix" varchar(12) NOT NULL, "communityIds" text NOT NULL, "canWrite" boolean NOT NULL DEFAULT (0), "createdById" integer NOT NULL, "createdAt" datetime(3) NOT NULL, "revokedAt" datetime(3), "lastUsedAt" datetime(3), CONSTRAINT "FK_c7a35d5492d25396a77b3e2ff74" FOREIGN KEY ("createdById") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_open311_clients_key" ON "open311_clients" ("keyHash") ');
    await queryRunner.query('ALTER TABLE "appeals" ADD COLUMN "workOrderNo" varchar(40)');
    await queryRunner.query('ALTER TABLE "appeals" ADD COLUMN "cityDispatchedAt" datetime(3)');
    await queryRunner.query('ALTER TABLE "appeals" ADD COLUMN "cityDueAt" datetime(3)');
    await queryRunner.query('ALTER TABLE "appeals" ADD COLUMN "open311ClientId" integer');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_appeals_work_order" ON "appeals" ("workOrderNo") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "UQ_appeals_work_order"');
    await queryRunner.query('ALTER TABLE "appeals" DROP COLUMN "open311ClientId"');
    await queryRunner.query('ALTER TABLE "appeals" DROP COLUMN "cityDueAt"');
    await queryRunner.query('ALTER TABLE "appeals" DROP COLUMN "cityDispatchedAt"');
    await queryRunner.query('ALTER TABLE "appeals" DROP COLUMN "workOrderNo"');
    await queryRunner.query('DROP INDEX "UQ_open311_clients_key"');
    await queryRunner.query('DROP TABLE "open311_clients"');
  }
}
