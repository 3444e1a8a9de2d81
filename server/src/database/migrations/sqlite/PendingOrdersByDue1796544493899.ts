import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The pending dispatch orders overdue first, then by deadline, from their own indexes (docs/architecture.md, "Lists that grow"). */
export class PendingOrdersByDue1796544493899 implements MigrationInterface {
  name = 'PendingOrdersByDue1796544493899';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_dispatch_orders_status_requested\"");
    await queryRunner.query("DROP INDEX \"IDX_dispatch_orders_dispatched\"");
    await queryRunner.query("CREATE TABLE \"temporary_dispatch_orders\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"appealId\" integer NOT NULL, \"status\" varchar(32) NOT NULL, \"reason\" text NOT NULL, \"requestedById\" integer, \"requestedAt\" datetime(3) NOT NULL, \"consultedWithId\" integer, \"consultationNote\" text NOT NULL, \"dispatchedById\" integer, \"dispatchedAt\" datetime(3), \"appealDueAt\" datetime(3) NOT NULL, \"appealResponded\" boolean NOT NULL DEFAULT (0), CONSTRAINT \"UQ_520a29a774e18b3df284073ccc7\" UNIQUE (\"appealId\"), CONSTRAINT \"FK_5cbe554cbcd65ffbb9b1299ee86\" FOREIGN KEY (\"dispatchedById\") REFERENCES \"users\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_b021719a718c47c6629b1e69790\" FOREIGN KEY (\"consultedWithId\") REFERENCES \"users\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_771a5188eef37dc70f28e149900\" FOREIGN KEY (\"requestedById\") REFERENCES \"users\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_520a29a774e18b3df284073ccc7\" FOREIGN KEY (\"appealId\") REFERENCES \"appeals\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    // The orders' copies of their appeal's deadline and whether it was met (as rebuildDispatchOrderKeys does).
    await queryRunner.query("INSERT INTO \"temporary_dispatch_orders\"(\"id\", \"appealId\", \"status\", \"reason\", \"requestedById\", \"requestedAt\", \"consultedWithId\", \"consultationNote\", \"dispatchedById\", \"dispatchedAt\", \"appealDueAt\", \"appealResponded\") SELECT o.\"id\", o.\"appealId\", o.\"status\", o.\"reason\", o.\"requestedById\", o.\"requestedAt\", o.\"consultedWithId\", o.\"consultationNote\", o.\"dispatchedById\", o.\"dispatchedAt\", a.\"dueAt\", a.\"respondedAt\" IS NOT NULL FROM \"dispatch_orders\" o JOIN \"appeals\" a ON a.\"id\" = o.\"appealId\"");
    await queryRunner.query("DROP TABLE \"dispatch_orders\"");
    await queryRunner.query("ALTER TABLE \"temporary_dispatch_orders\" RENAME TO \"dispatch_orders\"");
    await queryRunner.query("CREATE INDEX \"IDX_dispatch_orders_status_requested\" ON \"dispatch_orders\" (\"status\", \"requestedAt\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_dispatch_orders_dispatched\" ON \"dispatch_orders\" (\"dispatchedAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_dispatch_orders_status_due\" ON \"dispatch_orders\" (\"status\", \"appealDueAt\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_dispatch_orders_status_responded_due\" ON \"dispatch_orders\" (\"status\", \"appealResponded\", \"appealDueAt\", \"id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_dispatch_orders_status_responded_due\"");
    await queryRunner.query("DROP INDEX \"IDX_dispatch_orders_status_due\"");
    await queryRunner.query("DROP INDEX \"IDX_dispatch_orders_dispatched\"");
    await queryRunner.query("DROP INDEX \"IDX_dispatch_orders_status_requested\"");
    await queryRunner.query("ALTER TABLE \"dispatch_orders\" RENAME TO \"temporary_dispatch_orders\"");
    await queryRunner.query("CREATE TABLE \"dispatch_orders\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"appealId\" integer NOT NULL, \"status\" varchar(32) NOT NULL, \"reason\" text NOT NULL, \"requestedById\" integer, \"requestedAt\" datetime(3) NOT NULL, \"consultedWithId\" integer, \"consultationNote\" text NOT NULL, \"dispatchedById\" integer, \"dispatchedAt\" datetime(3), CONSTRAINT \"UQ_520a29a774e18b3df284073ccc7\" UNIQUE (\"appealId\"), CONSTRAINT \"FK_5cbe554cbcd65ffbb9b1299ee86\" FOREIGN KEY (\"dispatchedById\") REFERENCES \"users\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_b021719a718c47c6629b1e69790\" FOREIGN KEY (\"consultedWithId\") REFERENCES \"users\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_771a5188eef37dc70f28e149900\" FOREIGN KEY (\"requestedById\") REFERENCES \"users\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_520a29a774e18b3df284073ccc7\" FOREIGN KEY (\"appealId\") REFERENCES \"appeals\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"dispatch_orders\"(\"id\", \"appealId\", \"status\", \"reason\", \"requestedById\", \"requestedAt\", \"consultedWithId\", \"consultationNote\", \"dispatchedById\", \"dispatchedAt\") SELECT \"id\", \"appealId\", \"status\", \"reason\", \"requestedById\", \"requestedAt\", \"consultedWithId\", \"consultationNote\", \"dispatchedById\", \"dispatchedAt\" FROM \"temporary_dispatch_orders\"");
    await queryRunner.query("DROP TABLE \"temporary_dispatch_orders\"");
    await queryRunner.query("CREATE INDEX \"IDX_dispatch_orders_dispatched\" ON \"dispatch_orders\" (\"dispatchedAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_dispatch_orders_status_requested\" ON \"dispatch_orders\" (\"status\", \"requestedAt\", \"id\") ");
  }
}
