/**
 * Bulk loading into MariaDB for the ledger generator: rows as tab-separated text streamed with
 * `LOAD DATA LOCAL INFILE`, the secondary keys and foreign keys of the loaded tables set aside
 * during the load and rebuilt once afterwards (a sorted build instead of millions of random index
 * inserts), and the server settings that make a long load cheaper, restored afterwards.
 */
import { Readable } from 'node:stream';
import mysql, { type Connection } from 'mysql2/promise';

/** A connection for bulk work: local infile allowed, dates as text (UTC), no checks while loading. */
export async function bulkConnection(url: string): Promise<Connection> {
  const connection = await mysql.createConnection({
    uri: url.replace(/^mariadb:/, 'mysql:'),
    flags: ['+LOCAL_FILES'],
    dateStrings: true,
    timezone: 'Z',
    supportBigNumbers: true,
    charset: 'utf8mb4_unicode_ci',
  });
  await connection.query("SET time_zone = '+00:00', unique_checks = 0, foreign_key_checks = 0");
  return connection;
}

// ---- values as LOAD DATA reads them (FIELDS TERMINATED BY '\t' ESCAPED BY '\\', NULL as \N) ----

export const NULL = '\\N';
const SPECIAL = /[\\\t\n\r]/;

/** A text value, escaped; null → \N. */
export function text(value: string | null | undefined): string {
  if (value === null || value === undefined) return NULL;
  if (!SPECIAL.test(value)) return value;
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** A DATETIME(3) in UTC from epoch milliseconds; null → \N. */
export function time(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return NULL;
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 23)}`;
}

export function num(value: number | null | undefined): string {
  return value === null || value === undefined ? NULL : String(value);
}

export const bool = (value: boolean) => (value ? '1' : '0');

/** Epoch milliseconds of a DATETIME read as text (UTC). */
export function parseTime(value: string | null): number | null {
  return value === null ? null : Date.parse(`${value.replace(' ', 'T')}Z`);
}

// ---- one table's rows, loaded in chunks ----

export class TableLoad {
  private lines: string[] = [];
  private bytes = 0;
  rows = 0;

  constructor(
    readonly table: string,
    readonly columns: readonly string[],
  ) {}

  /** One row: the values already formatted (text, time, num, bool), in `columns` order. */
  add(values: string[]): void {
    const line = `${values.join('\t')}\n`;
    this.lines.push(line);
    this.bytes += line.length;
    this.rows += 1;
  }

  get pending(): number {
    return this.lines.length;
  }

  /** Takes the buffered rows (the loader sends them while the generator goes on). */
  take(): { table: string; columns: readonly string[]; data: string[]; count: number } | null {
    if (this.lines.length === 0) return null;
    const data = this.lines;
    this.lines = [];
    this.bytes = 0;
    return { table: this.table, columns: this.columns, data, count: data.length };
  }
}

type Batch = { table: string; columns: readonly string[]; data: string[] };

/**
 * Sends taken rows with LOAD DATA LOCAL INFILE; each batch is one statement (one transaction). A batch
 * refused for the lock table's size (InnoDB's buffer pool shrunk under the load — the database server
 * is shared, and another benchmark may set the pool back) is rolled back whole; it is sent again after a
 * pause, in halves.
 */
export async function loadRows(connection: Connection, batch: Batch, attempt = 0): Promise<void> {
  try {
    await loadRowsOnce(connection, batch);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ER_LOCK_TABLE_FULL' || attempt >= 6 || batch.data.length < 2) throw error;
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const half = Math.ceil(batch.data.length / 2);
    await loadRows(connection, { ...batch, data: batch.data.slice(0, half) }, attempt + 1);
    await loadRows(connection, { ...batch, data: batch.data.slice(half) }, attempt + 1);
  }
}

async function loadRowsOnce(connection: Connection, batch: Batch): Promise<void> {
  const columns = batch.columns.map((c) => `\`${c}\``).join(', ');
  // Strings in slices of ~1 MB, so no single huge buffer is built.
  const chunks = function* () {
    let part: string[] = [];
    let size = 0;
    for (const line of batch.data) {
      part.push(line);
      size += line.length;
      if (size > 1 << 20) {
        yield Buffer.from(part.join(''), 'utf8');
        part = [];
        size = 0;
      }
    }
    if (part.length) yield Buffer.from(part.join(''), 'utf8');
  };
  await connection.query({
    sql: `LOAD DATA LOCAL INFILE 'ledger.tsv' INTO TABLE \`${batch.table}\` CHARACTER SET utf8mb4 (${columns})`,
    infileStreamFactory: () => Readable.from(chunks()),
  } as never);
}

// ---- keys set aside during the load ----

export interface SetAside {
  table: string;
  /** SHOW CREATE TABLE before (AUTO_INCREMENT removed), to check the rebuild against. */
  before: string;
  keys: string[];
  foreignKeys: string[];
}

const withoutAutoIncrement = (sql: string) => sql.replace(/ AUTO_INCREMENT=\d+/, '');

async function showCreate(connection: Connection, table: string): Promise<string> {
  const [rows] = await connection.query(`SHOW CREATE TABLE \`${table}\``);
  return withoutAutoIncrement((rows as Record<string, string>[])[0]['Create Table']);
}

/** Drops the secondary keys and foreign keys of `table`, remembering them as written. */
export async function setKeysAside(connection: Connection, table: string): Promise<SetAside> {
  const before = await showCreate(connection, table);
  const lines = before.split('\n').map((l) => l.trim().replace(/,$/, ''));
  const keys = lines.filter((l) => /^(UNIQUE |FULLTEXT |SPATIAL )?KEY `/.test(l));
  const foreignKeys = lines.filter((l) => /^CONSTRAINT `[^`]+` FOREIGN KEY/.test(l));
  const name = (line: string) => /`([^`]+)`/.exec(line)![1];
  if (foreignKeys.length) await connection.query(`ALTER TABLE \`${table}\` ${foreignKeys.map((f) => `DROP FOREIGN KEY \`${name(f)}\``).join(', ')}`);
  if (keys.length) await connection.query(`ALTER TABLE \`${table}\` ${keys.map((k) => `DROP KEY \`${name(k.replace(/^\w+ KEY/, 'KEY'))}\``).join(', ')}`);
  return { table, before, keys, foreignKeys };
}

/** Adds the keys back (one sorted build per table), then the foreign keys (not re-checked), and checks the table reads as before. */
export async function restoreKeys(connection: Connection, aside: SetAside): Promise<void> {
  const { table } = aside;
  if (aside.keys.length) await connection.query(`ALTER TABLE \`${table}\` ${aside.keys.map((k) => `ADD ${k}`).join(', ')}`);
  if (aside.foreignKeys.length) {
    await connection.query('SET foreign_key_checks = 0');
    await connection.query(`ALTER TABLE \`${table}\` ${aside.foreignKeys.map((f) => `ADD ${f}`).join(', ')}`);
  }
  const after = await showCreate(connection, table);
  if (after !== aside.before) {
    const sorted = (s: string) =>
      s
        .split('\n')
        .map((l) => l.trim().replace(/,$/, ''))
        .sort()
        .join('\n');
    if (sorted(after) !== sorted(aside.before)) throw new Error(`${table}: the rebuilt table differs from the migrated one:\n${aside.before}\n---\n${after}`);
  }
}

// ---- server settings for the load ----

/**
 * Settings that make a long bulk load cheaper on a small machine, set globally for the load and
 * restored afterwards: the redo log flushed once a second rather than at every commit, a larger redo
 * log (fewer checkpoints), more background flushing, and a buffer pool of at least 4 GiB (with the
 * default 128 MB, a large chunk can exhaust InnoDB's lock table, and the rebuilds read from the disk).
 * The data is the same either way.
 */
export async function tuneForLoad(connection: Connection, log: (line: string) => void): Promise<() => Promise<void>> {
  const wanted: Record<string, string | number> = {
    innodb_flush_log_at_trx_commit: 2,
    innodb_log_file_size: 2 * 1024 ** 3,
    innodb_io_capacity: 2000,
    innodb_buffer_pool_size: 4 * 1024 ** 3,
  };
  const restore: [string, string][] = [];
  for (const [name, value] of Object.entries(wanted)) {
    const [rows] = await connection.query('SELECT @@GLOBAL.' + name + ' AS v');
    const old = String((rows as { v: string | number }[])[0].v);
    // The buffer pool only grows: a larger one (another benchmark's, on a shared server) is left as it is.
    if (name === 'innodb_buffer_pool_size' && Number(old) >= Number(value)) continue;
    try {
      await connection.query(`SET GLOBAL ${name} = ${value}`);
      restore.push([name, old]);
    } catch (error) {
      log(`  (could not set ${name}: ${(error as Error).message})`);
    }
  }
  log(`  server settings for the load: ${restore.map(([n]) => `${n}=${wanted[n]}`).join(', ')} (restored afterwards)`);
  return async () => {
    for (const [name, old] of restore.reverse()) {
      // Set back only what is still as the load set it (on a shared server, another run may have set it since).
      const [rows] = await connection.query('SELECT @@GLOBAL.' + name + ' AS v');
      if (String((rows as { v: string | number }[])[0].v) !== String(wanted[name])) continue;
      await connection.query(`SET GLOBAL ${name} = ${old}`).catch((error: Error) => log(`  (could not restore ${name}: ${error.message})`));
    }
  };
}
