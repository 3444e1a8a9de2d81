import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Timers of any owner (docs/architecture.md, "Timers"): the per-owner foreign keys (appealId,
 * whistleTargetId) become an owner type and id. Existing rows are carried over — an appeal's timers
 * as owner `appeal`, a whistled department's report-in timer as owner `whistleTarget` — and back on
 * revert (where timers of other owners have no place and are dropped). SQLite rebuilds the table once.
 */
export class GenericTimers1796505433737 implements MigrationInterface {
  name = 'GenericTimers1796505433737';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_appeal_timers_fire\"");
    await queryRunner.query("CREATE TABLE \"temporary_appeal_timers\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"kind\" varchar(32) NOT NULL, \"fireAt\" datetime(3), \"deadline\" datetime(3) NOT NULL, \"firedAt\" datetime(3), \"version\" integer NOT NULL DEFAULT (1), \"attempts\" integer NOT NULL DEFAULT (0), \"lastError\" varchar(500), \"ownerType\" varchar(32) NOT NULL, \"ownerId\" integer NOT NULL, CONSTRAINT \"UQ_appeal_timers_owner_kind\" UNIQUE (\"ownerType\", \"ownerId\", \"kind\"))");
    await queryRunner.query(
      "INSERT INTO \"temporary_appeal_timers\"(\"id\", \"kind\", \"fireAt\", \"deadline\", \"firedAt\", \"version\", \"attempts\", \"lastError\", \"ownerType\", \"ownerId\") " +
        "SELECT \"id\", \"kind\", \"fireAt\", \"deadline\", \"firedAt\", \"version\", \"attempts\", \"lastError\", CASE WHEN \"whistleTargetId\" IS NOT NULL THEN 'whistleTarget' ELSE 'appeal' END, COALESCE(\"whistleTargetId\", \"appealId\") " +
        "FROM \"appeal_timers\" WHERE \"whistleTargetId\" IS NOT NULL OR \"appealId\" IS NOT NULL",
    );
    await queryRunner.query("DROP TABLE \"appeal_timers\"");
    await queryRunner.query("ALTER TABLE \"temporary_appeal_timers\" RENAME TO \"appeal_timers\"");
    await queryRunner.query("CREATE INDEX \"IDX_appeal_timers_fire\" ON \"appeal_timers\" (\"fireAt\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_appeal_timers_fire\"");
    await queryRunner.query("ALTER TABLE \"appeal_timers\" RENAME TO \"temporary_appeal_timers\"");
    await queryRunner.query("CREATE TABLE \"appeal_timers\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"appealId\" integer, \"kind\" varchar(32) NOT NULL, \"fireAt\" datetime(3), \"deadline\" datetime(3) NOT NULL, \"firedAt\" datetime(3), \"version\" integer NOT NULL DEFAULT (1), \"attempts\" integer NOT NULL DEFAULT (0), \"lastError\" varchar(500), \"whistleTargetId\" integer, CONSTRAINT \"UQ_appeal_timers_kind\" UNIQUE (\"appealId\", \"kind\"), CONSTRAINT \"UQ_appeal_timers_whistle_target_kind\" UNIQUE (\"whistleTargetId\", \"kind\"), CONSTRAINT \"FK_2e3851480b8a01eb6afd5eeb18d\" FOREIGN KEY (\"whistleTargetId\") REFERENCES \"whistle_targets\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_30a2db8318e42b01a7389aa12f8\" FOREIGN KEY (\"appealId\") REFERENCES \"appeals\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query(
      "INSERT INTO \"appeal_timers\"(\"id\", \"kind\", \"fireAt\", \"deadline\", \"firedAt\", \"version\", \"attempts\", \"lastError\", \"appealId\", \"whistleTargetId\") " +
        "SELECT \"id\", \"kind\", \"fireAt\", \"deadline\", \"firedAt\", \"version\", \"attempts\", \"lastError\", CASE WHEN \"ownerType\" = 'appeal' THEN \"ownerId\" END, CASE WHEN \"ownerType\" = 'whistleTarget' THEN \"ownerId\" END " +
        "FROM \"temporary_appeal_timers\" WHERE \"ownerType\" IN ('appeal', 'whistleTarget')",
    );
    await queryRunner.query("DROP TABLE \"temporary_appeal_timers\"");
    await queryRunner.query("CREATE INDEX \"IDX_appeal_timers_fire\" ON \"appeal_timers\" (\"fireAt\") ");
  }
}
