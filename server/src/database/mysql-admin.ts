import { createConnection } from 'mysql2/promise';

/** Drops and creates the database named in a mysql:// URL (for tests and the migration generator). */
export async function recreateMysqlDatabase(url: string): Promise<void> {
  await withServer(url, async (name, run) => {
    await run(`DROP DATABASE IF EXISTS \`${name}\``);
    await run(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  });
}

export async function dropMysqlDatabase(url: string): Promise<void> {
  await withServer(url, (name, run) => run(`DROP DATABASE IF EXISTS \`${name}\``));
}

async function withServer(url: string, work: (name: string, run: (sql: string) => Promise<unknown>) => Promise<unknown>): Promise<void> {
  const parsed = new URL(url);
  const name = parsed.pathname.replace(/^\//, '');
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`Unsafe database name: ${name}`);
  const connection = await createConnection({
    host: parsed.hostname,
    port: Number(parsed.port || 3306),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
  });
  try {
    await work(name, (sql) => connection.query(sql));
  } finally {
    await connection.end();
  }
}
