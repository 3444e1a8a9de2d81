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
