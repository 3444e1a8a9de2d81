/**
 * Checks the WeChat build against its size budget: the main package (what a resident downloads
 * after scanning a stairwell code) at most 1 MB — WeChat's hard limit is 2 MB — and each
 * subpackage at most 2 MB. Prints the sizes; exits 1 over budget.
 *
 *   npm run build:weapp -w miniapp && node scripts/dist/check-weapp-size.js [dist/weapp]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const MAIN_BUDGET = 1024 * 1024;
const SUBPACKAGE_BUDGET = 2 * 1024 * 1024;
// Not shipped to phones: the developer tool's project file.
const IGNORED = new Set(['project.config.json', 'project.private.config.json']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function main(): void {
  const root = resolve(process.argv[2] ?? join(__dirname, '../../miniapp/dist/weapp'));
  const app = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8')) as { subPackages?: { root: string }[] };
  const roots = (app.subPackages ?? []).map((s) => s.root.replace(/\/$/, ''));
  const sizes = new Map<string, number>([['main', 0], ...roots.map((r) => [r, 0] as [string, number])]);
  for (const file of files(root)) {
    const rel = relative(root, file);
    if (IGNORED.has(rel) || rel.endsWith('.map')) continue;
    const owner = roots.find((r) => rel === r || rel.startsWith(`${r}/`)) ?? 'main';
    sizes.set(owner, (sizes.get(owner) ?? 0) + statSync(file).size);
  }
  let over = false;
  for (const [name, size] of sizes) {
    const budget = name === 'main' ? MAIN_BUDGET : SUBPACKAGE_BUDGET;
    const ok = size <= budget;
    over ||= !ok;
    console.log(
      `${(name === 'main' ? 'main package' : `subpackage ${name}`).padEnd(22)} ${kb(size).padStart(10)}  (budget ${kb(budget)})${ok ? '' : '  OVER BUDGET'}`,
    );
  }
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  console.log(`${'total'.padEnd(22)} ${kb(total).padStart(10)}`);
  if (over) process.exit(1);
}

main();
