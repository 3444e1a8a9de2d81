import { CannotExecuteNotConnectedError, ConnectionIsNotSetError, QueryFailedError } from 'typeorm';

/** A unique-key violation on either dialect (SQLite SQLITE_CONSTRAINT_UNIQUE, MySQL ER_DUP_ENTRY). */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; errno?: number } | undefined;
  return (
    driverError?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    driverError?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    driverError?.code === 'ER_DUP_ENTRY' ||
    driverError?.errno === 1062
  );
}

/**
 * A deadlock or lock-wait timeout (MySQL 1213 / 1205). InnoDB has rolled the whole transaction back;
 * the right answer is to run it again.
 */
export function isTransientLockError(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const errno = (error.driverError as { errno?: number } | undefined)?.errno;
  return errno === 1213 || errno === 1205;
}

/**
 * Codes for "the database cannot be reached or the connection was lost", not for a fault of the request:
 * - mysql2 and Node's sockets: refused, reset, timed out, unresolvable or unreachable host, lost
 *   connection, too many connections, server shutting down;
 * - SQLite (primary result codes, with their extended forms): locked by another process past the busy
 *   timeout, the file cannot be opened, I/O failing, the disk full.
 */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
]);
const SQLITE_UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|FULL)(_|$)/;
/** What the drivers say, without a code, of a connection or pool that is gone. */
const UNAVAILABLE_MESSAGES = new Set([
  'The database connection is not open', // better-sqlite3, once closed
  'Pool is closed.', // mysql2
  'No connections available.', // mysql2, its queue full
  'Connection is not established with mysql database', // TypeORM, its MySQL pool gone
]);

/**
 * Whether an error means the database is unavailable (the answer is 503 and "try again later") rather
 * than a bug (500). The one place both drivers' connection-level failures are recognised.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  // TypeORM: the data source is not (or no longer) connected.
  if (error instanceof CannotExecuteNotConnectedError || error instanceof ConnectionIsNotSetError) return true;
  const cause: unknown = error instanceof QueryFailedError ? error.driverError : error;
  // Read by shape: a driver's native errors are not instances of this realm's Error (e.g. under Jest).
  if (typeof cause !== 'object' || cause === null) return false;
  const { code, fatal, message } = cause as { code?: unknown; fatal?: unknown; message?: unknown };
  // mysql2 marks an error that ended the connection as fatal.
  if (fatal === true) return true;
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || SQLITE_UNAVAILABLE.test(code))) return true;
  return typeof message === 'string' && UNAVAILABLE_MESSAGES.has(message);
}
