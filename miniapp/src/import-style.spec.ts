import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * One import style in the mini-program: its own modules by the `@/` alias (`@/services/api`), never by
 * a relative path, so a file reads the same wherever it sits and moves without edits. Stylesheets and
 * images next to a component stay relative (`./index.scss`). Until the project has a lint rule for it.
 */
const SRC = __dirname;
const RELATIVE = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|\bjest\.mock\(\s*|\brequire\(\s*)['"](\.\.?\/[^'"]*)['"]/g;
const ASSET = /\.(scss|css|png|jpe?g|svg)$/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('import style', () => {
  it('imports the mini-program’s own modules by @/, not by relative paths', () => {
    // This file is left out: its own sample below is made of relative imports.
    const relativeImports = sources(SRC)
      .filter((file) => file !== __filename)
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(RELATIVE)]
          .map((m) => m[1])
          .filter((spec) => !ASSET.test(spec))
          .map((spec) => `${relative(SRC, file)}: ${spec}`),
      );
    expect(relativeImports).toEqual([]);
  });

  it('finds relative imports when there are some', () => {
    const sample = `import { api } from '../services/api';\nimport './index.scss';\nexport * from './x';\nconst m = import('../y');`;
    expect([...sample.matchAll(RELATIVE)].map((m) => m[1]).filter((s) => !ASSET.test(s))).toEqual(['../services/api', './x', '../y']);
  });
});
