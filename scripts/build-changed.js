#!/usr/bin/env node
/**
 * Builds the parts of the product whose inputs changed since their last build, in order: the
 * domain package, the server, the scripts, the mini-program's H5 build. `npm start` runs it, so a
 * second start with nothing changed builds nothing; a changed server file rebuilds the server, a
 * changed mini-program file the H5 app, a changed domain file everything that uses it.
 *
 *   node scripts/build-changed.js              # what changed
 *   node scripts/build-changed.js --force      # everything
 *   node scripts/build-changed.js server h5    # only these (each still only if changed, unless --force)
 *
 * Each part's inputs (its sources, configs, the lock file, and the sources it compiles against)
 * are hashed by content. After a successful build the hash is written next to the output
 * (`<output>/.build-inputs`); a part is up to date when that file holds the current hash and
 * nothing in the output is newer than it (a build run by hand since, perhaps of other sources, is
 * not trusted). A failed build leaves no hash, so the next run builds it again.
 *
 * Plain JavaScript on purpose: it runs before anything is compiled.
 */
'use strict';

const { createHash } = require('node:crypto');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const STAMP = '.build-inputs';

/** Tests and test helpers are not part of any build output: changing them rebuilds nothing. */
const NOT_BUILT = /(\.spec\.tsx?|-spec\.tsx?)$/;

const SHARED = ['shared/src', 'shared/package.json', 'shared/tsconfig.build.json', 'tsconfig.base.json', 'package-lock.json'];
const SERVER = [...SHARED, 'server/src', 'server/package.json', 'server/tsconfig.build.json', 'server/nest-cli.json'];
const SCRIPTS = [...SERVER, 'scripts/src', 'scripts/package.json', 'scripts/tsconfig.build.json'];
const H5 = [
  'shared/src',
  'package-lock.json',
  'miniapp/src',
  'miniapp/config',
  'miniapp/types',
  'miniapp/babel.config.js',
  'miniapp/package.json',
  'miniapp/project.config.json',
  'miniapp/tsconfig.json',
];

/**
 * The parts, in build order. `env`: variables the build reads, part of its inputs.
 * @type {{ name: string, inputs: string[], env?: string[], output: string, command: string[] }[]}
 */
const TARGETS = [
  { name: 'shared', inputs: SHARED, output: 'shared/dist', command: ['npm', 'run', 'build', '-w', 'shared'] },
  { name: 'server', inputs: SERVER, output: 'server/dist', command: ['npm', 'run', 'build', '-w', 'server'] },
  { name: 'scripts', inputs: SCRIPTS, output: 'scripts/dist', command: ['npm', 'run', 'build', '-w', 'scripts'] },
  { name: 'h5', inputs: H5, env: ['NODE_ENV'], output: 'miniapp/dist/h5', command: ['npm', 'run', 'build:h5', '-w', 'miniapp'] },
];

/** Every file under the given paths (files or folders), relative to root, sorted; missing paths count as empty. */
function listFiles(root, inputs) {
  const files = [];
  const walk = (rel) => {
    const abs = path.join(root, rel);
    let stat;
    try {
      stat = fs.statSync(abs);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(abs)) walk(path.posix.join(rel, entry));
    } else if (stat.isFile() && !NOT_BUILT.test(rel)) {
      files.push(rel);
    }
  };
  for (const input of new Set(inputs)) walk(input);
  return [...new Set(files)].sort();
}

/** The hash of a part's inputs: every file's path and content, and the values of the variables it reads. */
function inputsHash(root, target, env = process.env) {
  const hash = createHash('sha256');
  for (const rel of listFiles(root, target.inputs)) {
    hash.update(`file ${rel}\0`);
    hash.update(fs.readFileSync(path.join(root, rel)));
    hash.update('\0');
  }
  for (const name of target.env ?? []) hash.update(`env ${name}=${env[name] ?? ''}\0`);
  return hash.digest('hex');
}

/** The newest modification time of any file in a folder other than the stamp (0 when empty or missing). */
function newestOutput(dir) {
  let newest = 0;
  const walk = (abs) => {
    for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
      const child = path.join(abs, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.name !== STAMP) newest = Math.max(newest, fs.statSync(child).mtimeMs);
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return newest;
}

/** Why a part must be built, or null when its output is up to date with `hash`. */
function staleReason(root, target, hash) {
  const output = path.join(root, target.output);
  const stamp = path.join(output, STAMP);
  if (!fs.existsSync(stamp)) return 'not built yet';
  if (fs.readFileSync(stamp, 'utf8').trim() !== hash) return 'its inputs changed';
  if (newestOutput(output) > fs.statSync(stamp).mtimeMs) return 'its output was rebuilt by hand since';
  return null;
}

function writeStamp(root, target, hash) {
  const output = path.join(root, target.output);
  fs.mkdirSync(output, { recursive: true });
  fs.writeFileSync(path.join(output, STAMP), `${hash}\n`);
}

/**
 * Builds what is stale (everything with `force`), in order; stops at the first failure. `run` runs a
 * command in `root` and returns its exit code. Returns the names built, or throws on a failed build.
 */
function buildChanged({ root = ROOT, targets = TARGETS, only = [], force = false, run = runCommand, log = console.log } = {}) {
  const unknown = only.filter((name) => !targets.some((t) => t.name === name));
  if (unknown.length) throw new Error(`unknown part(s): ${unknown.join(', ')} (known: ${targets.map((t) => t.name).join(', ')})`);
  const built = [];
  for (const target of targets) {
    if (only.length && !only.includes(target.name)) continue;
    const hash = inputsHash(root, target);
    const reason = force ? 'asked to' : staleReason(root, target, hash);
    if (!reason) {
      log(`[build] ${target.name}: up to date`);
      continue;
    }
    log(`[build] ${target.name}: building (${reason})`);
    const started = Date.now();
    // The stamp goes first so that a failed build leaves none behind.
    fs.rmSync(path.join(root, target.output, STAMP), { force: true });
    const code = run(target.command, root);
    if (code !== 0) throw new Error(`${target.name}: \`${target.command.join(' ')}\` failed (exit ${code})`);
    // Hashed again: an input edited during the build must not be taken as built.
    if (inputsHash(root, target) === hash) writeStamp(root, target, hash);
    log(`[build] ${target.name}: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    built.push(target.name);
  }
  return built;
}

function runCommand(command, cwd) {
  const result = spawnSync(command[0], command.slice(1), { cwd, stdio: 'inherit' });
  return result.status ?? 1;
}

module.exports = { TARGETS, STAMP, listFiles, inputsHash, staleReason, buildChanged };

if (require.main === module) {
  const args = process.argv.slice(2);
  try {
    buildChanged({ force: args.includes('--force'), only: args.filter((a) => !a.startsWith('--')) });
  } catch (error) {
    console.error(`[build] ${error.message}`);
    process.exit(1);
  }
}
