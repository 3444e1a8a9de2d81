'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { TARGETS, STAMP, buildChanged, inputsHash, listFiles } = require('../build-changed');

/** A tiny repository with two parts: `lib`, and `app` which compiles against lib's sources. */
function makeRepo() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'build-changed-'));
  const write = (rel, text) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  write('lib/src/a.ts', 'export const a = 1;');
  write('lib/src/a.spec.ts', 'test');
  write('app/src/main.ts', 'import { a } from "lib";');
  write('app/src/main.e2e-spec.ts', 'test');
  write('package-lock.json', '{}');
  const targets = [
    { name: 'lib', inputs: ['lib/src', 'package-lock.json'], output: 'lib/dist', command: ['build', 'lib'] },
    { name: 'app', inputs: ['lib/src', 'app/src', 'package-lock.json'], env: ['APP_FLAVOUR'], output: 'app/dist', command: ['build', 'app'] },
  ];
  const runs = [];
  /** The fake build: records itself and writes an output file, like a compiler. */
  const run = (command) => {
    runs.push(command[1]);
    write(`${command[1]}/dist/out.js`, `built ${Date.now()}`);
    return 0;
  };
  const build = (options = {}) => buildChanged({ root, targets, run, log: () => undefined, ...options });
  return { root, write, targets, runs, build };
}

describe('build-changed', () => {
  let repo;
  beforeEach(() => {
    repo = makeRepo();
  });
  afterEach(() => fs.rmSync(repo.root, { recursive: true, force: true }));

  it('builds everything the first time, then nothing while nothing changed', () => {
    expect(repo.build()).toEqual(['lib', 'app']);
    expect(repo.build()).toEqual([]);
    expect(repo.build()).toEqual([]);
    expect(repo.runs).toEqual(['lib', 'app']);
    expect(fs.existsSync(path.join(repo.root, 'app/dist', STAMP))).toBe(true);
  });

  it('rebuilds only the part whose source changed', () => {
    repo.build();
    repo.write('app/src/main.ts', 'import { a } from "lib"; console.log(a);');
    expect(repo.build()).toEqual(['app']);
  });

  it('rebuilds every part that compiles against a changed source, and the lock file counts', () => {
    repo.build();
    repo.write('lib/src/a.ts', 'export const a = 2;');
    expect(repo.build()).toEqual(['lib', 'app']);
    repo.write('package-lock.json', '{"lockfileVersion":3}');
    expect(repo.build()).toEqual(['lib', 'app']);
  });

  it('a new or deleted file changes the inputs; the same content again does not', () => {
    repo.build();
    repo.write('lib/src/b.ts', 'export const b = 1;');
    expect(repo.build()).toEqual(['lib', 'app']);
    fs.rmSync(path.join(repo.root, 'lib/src/b.ts'));
    expect(repo.build()).toEqual(['lib', 'app']);
    repo.write('lib/src/a.ts', 'export const a = 1;'); // rewritten, unchanged
    expect(repo.build()).toEqual([]);
  });

  it('tests are no input: changing one rebuilds nothing', () => {
    repo.build();
    repo.write('lib/src/a.spec.ts', 'another test');
    repo.write('app/src/main.e2e-spec.ts', 'another test');
    expect(repo.build()).toEqual([]);
    expect(listFiles(repo.root, ['lib/src', 'app/src'])).toEqual(['app/src/main.ts', 'lib/src/a.ts']);
  });

  it('a variable the build reads is an input', () => {
    repo.build();
    const before = inputsHash(repo.root, repo.targets[1], {});
    expect(inputsHash(repo.root, repo.targets[1], { APP_FLAVOUR: 'weapp' })).not.toBe(before);
    expect(inputsHash(repo.root, repo.targets[1], { OTHER: 'x' })).toBe(before);
  });

  it('rebuilds when the output is gone, or was rebuilt by hand since', () => {
    repo.build();
    fs.rmSync(path.join(repo.root, 'lib/dist'), { recursive: true });
    expect(repo.build()).toEqual(['lib']);
    const later = new Date(Date.now() + 5_000);
    fs.utimesSync(path.join(repo.root, 'app/dist/out.js'), later, later);
    expect(repo.build()).toEqual(['app']);
  });

  it('--force builds everything; naming parts builds only those', () => {
    repo.build();
    expect(repo.build({ force: true })).toEqual(['lib', 'app']);
    expect(repo.build({ force: true, only: ['app'] })).toEqual(['app']);
    expect(() => repo.build({ only: ['nope'] })).toThrow('unknown part(s): nope');
  });

  it('a failed build stops the run and leaves no stamp, so the next run builds it again', () => {
    repo.build();
    repo.write('lib/src/a.ts', 'broken');
    const failing = (command) => (command[1] === 'lib' ? 2 : 0);
    expect(() => repo.build({ run: failing })).toThrow('lib: `build lib` failed (exit 2)');
    expect(fs.existsSync(path.join(repo.root, 'lib/dist', STAMP))).toBe(false);
    expect(repo.build()).toEqual(['lib', 'app']);
  });

  it("the project's parts: the domain package first, the H5 app last, every input inside the repository", () => {
    expect(TARGETS.map((t) => t.name)).toEqual(['shared', 'server', 'scripts', 'h5']);
    const root = path.resolve(__dirname, '../..');
    for (const target of TARGETS) {
      for (const input of [...target.inputs, target.output]) {
        expect(path.resolve(root, input).startsWith(root + path.sep)).toBe(true);
      }
      expect(target.inputs).toContain('package-lock.json');
    }
    // A part compiled against the domain package's sources rebuilds when they change.
    for (const name of ['server', 'scripts', 'h5']) expect(TARGETS.find((t) => t.name === name).inputs).toContain('shared/src');
    expect(TARGETS.find((t) => t.name === 'scripts').inputs).toContain('server/src');
  });
});
