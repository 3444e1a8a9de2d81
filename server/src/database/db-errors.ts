import { QueryFailedError } from 'typeorm';

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
