import { CannotExecuteNotConnectedError, QueryFailedError, TypeORMError } from 'typeorm';
import { isDatabaseUnavailable } from './db-errors';

const driverError = (fields: Record<string, unknown>, message = 'driver error') => Object.assign(new Error(message), fields);
const failedQuery = (driver: Error) => new QueryFailedError('SELECT 1', [], driver);

describe('isDatabaseUnavailable: the database cannot be reached (503), not a bug (500)', () => {
  it.each<[string, unknown]>([
    ['SQLite locked by another process past the busy timeout', failedQuery(driverError({ code: 'SQLITE_BUSY' }))],
    ['SQLite locked, extended code', failedQuery(driverError({ code: 'SQLITE_BUSY_SNAPSHOT' }))],
    ['SQLite file that cannot be opened', failedQuery(driverError({ code: 'SQLITE_CANTOPEN' }))],
    ['SQLite I/O failing', failedQuery(driverError({ code: 'SQLITE_IOERR_WRITE' }))],
    ['SQLite disk full', failedQuery(driverError({ code: 'SQLITE_FULL' }))],
    ['SQLite connection closed', failedQuery(new TypeError('The database connection is not open'))],
    ['MySQL server refusing connections', driverError({ code: 'ECONNREFUSED', errno: -111 })],
    ['MySQL connection reset', failedQuery(driverError({ code: 'ECONNRESET' }))],
    ['MySQL connect timeout', driverError({ code: 'ETIMEDOUT' })],
    ['MySQL connection lost', failedQuery(driverError({ code: 'PROTOCOL_CONNECTION_LOST', fatal: true }))],
    ['MySQL host unknown', driverError({ code: 'ENOTFOUND' })],
    ['MySQL too many connections', failedQuery(driverError({ code: 'ER_CON_COUNT_ERROR', errno: 1040 }))],
    ['MySQL server shutting down', failedQuery(driverError({ code: 'ER_SERVER_SHUTDOWN', errno: 1053 }))],
    ['any fatal mysql2 error', failedQuery(driverError({ code: 'SOMETHING_NEW', fatal: true }))],
    ['the mysql2 pool closed', new Error('Pool is closed.')],
    ['the mysql2 pool queue full', new Error('No connections available.')],
    ['TypeORM’s MySQL pool gone', new TypeORMError('Connection is not established with mysql database')],
    ['TypeORM not connected', new CannotExecuteNotConnectedError()],
  ])('%s', (_title, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each<[string, unknown]>([
    ['a unique violation', failedQuery(driverError({ code: 'SQLITE_CONSTRAINT_UNIQUE' }))],
    ['a MySQL duplicate entry', failedQuery(driverError({ code: 'ER_DUP_ENTRY', errno: 1062 }))],
    ['a MySQL syntax error', failedQuery(driverError({ code: 'ER_PARSE_ERROR', errno: 1064 }))],
    ['a deadlock (retried, not a 503)', failedQuery(driverError({ code: 'ER_LOCK_DEADLOCK', errno: 1213 }))],
    ['wrong credentials (configuration, not an outage)', driverError({ code: 'ER_ACCESS_DENIED_ERROR', errno: 1045 })],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a bare string that looks like a code', 'SQLITE_BUSY'],
    ['null', null],
  ])('not %s', (_title, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
