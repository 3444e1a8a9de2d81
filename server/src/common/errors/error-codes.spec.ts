import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ERROR_CODES, isErrorCode } from '@lingjuli/shared';
import { HTTP_DEFAULTS } from './all-exceptions.filter';

/*
 * The shared ERROR_CODES list and what the server sends stay in step. `AppError` takes an `ErrorCode`,
 * so the compiler refuses a code missing from the list; this also catches one slipped past it (a cast)
 * and a listed code that nothing sends any more.
 */
const SRC = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' || entry.name === 'testing' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.(spec|e2e-spec|mariadb-spec)\.ts$/.test(entry.name) ? [path] : [];
  });
}

const sources = sourceFiles(SRC).map((file) => ({ file: relative(SRC, file), text: readFileSync(file, 'utf8') }));

/** A code given to an error helper, to `new AppError(status, code, …)`, or to the organisation's unique-name helper. */
const THROWN =
  /\b(?:badRequest|unauthorized|forbidden|notFound|conflict)\(\s*'([A-Z0-9_]+)'|new AppError\([^,]+,\s*'([A-Z0-9_]+)'|\bsaveUnique\([^;]*?'([A-Z0-9_]+)'/g;

describe('error codes', () => {
  it('every code the server throws is in the shared list', () => {
    const thrown = sources.flatMap(({ file, text }) => [...text.matchAll(THROWN)].map((m) => ({ file, code: m[1] ?? m[2] ?? m[3] })));
    expect(thrown.length).toBeGreaterThan(40);
    expect(thrown.filter((t) => !isErrorCode(t.code))).toEqual([]);
  });

  it('every HTTP error the framework raises has its code in the list', () => {
    expect(Object.values(HTTP_DEFAULTS).filter((d) => !isErrorCode(d.code))).toEqual([]);
  });

  it('every listed code is sent by something in the server', () => {
    const all = sources.map((s) => s.text).join('\n');
    expect(ERROR_CODES.filter((code) => !all.includes(`'${code}'`))).toEqual([]);
  });

  it('lists each code once', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });
});
