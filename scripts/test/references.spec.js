'use strict';

/**
 * Nothing in the project refers to files outside it: the domain is described in `docs/domain.md`,
 * and code, tests, configs and docs cite that, not a document kept somewhere else. Every tracked
 * text file is read; the test fails on a citation of an outside design document, on a relative path
 * that climbs out of the repository, and on an absolute path into the folder the repository sits in.
 */

const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');

/** Tracked files (git), or every file but dependencies and build output outside a git checkout. */
function projectFiles() {
  try {
    return execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
      .split('\0')
      .filter(Boolean)
      .filter((rel) => fs.existsSync(path.join(ROOT, rel)));
  } catch {
    const files = [];
    const walk = (rel) => {
      for (const entry of fs.readdirSync(path.join(ROOT, rel), { withFileTypes: true })) {
        if (['node_modules', 'dist', 'data', 'coverage', 'test-output', '.git'].includes(entry.name)) continue;
        const child = path.posix.join(rel, entry.name);
        if (entry.isDirectory()) walk(child);
        else files.push(child);
      }
    };
    walk('.');
    return files.map((f) => f.replace(/^\.\//, ''));
  }
}

/** This file names what it looks for. */
const SELF = path.relative(ROOT, __filename).split(path.sep).join('/');

/** The text of every tracked file that is text (no NUL byte), but this one. */
const TEXTS = projectFiles()
  .filter((rel) => rel !== SELF)
  .map((rel) => ({ rel, buffer: fs.readFileSync(path.join(ROOT, rel)) }))
  .filter(({ buffer }) => !buffer.includes(0))
  .map(({ rel, buffer }) => ({ rel, text: buffer.toString('utf8') }));

/** Where in `text` a pattern occurs, as `file:line: the line`. */
function hits(rel, text, pattern) {
  const found = [];
  text.split('\n').forEach((line, i) => {
    pattern.lastIndex = 0;
    if (pattern.test(line)) found.push(`${rel}:${i + 1}: ${line.trim()}`);
  });
  return found;
}

const OUTSIDE_DESIGN = /DESIGN\.md|design\s*§|design\s+doc(ument)?\b/i;

describe('the project refers to nothing outside it', () => {
  it('reads a good number of files (the listing works)', () => {
    expect(TEXTS.length).toBeGreaterThan(300);
    expect(SELF).toBe('scripts/test/references.spec.js');
    expect(TEXTS.some((t) => t.rel === 'docs/domain.md')).toBe(true);
  });

  it('cites docs/domain.md, never an outside design document', () => {
    const found = TEXTS.flatMap(({ rel, text }) => hits(rel, text, OUTSIDE_DESIGN));
    expect(found).toEqual([]);
  });

  it('every citation of docs/domain.md names a section it has', () => {
    const domain = fs.readFileSync(path.join(ROOT, 'docs/domain.md'), 'utf8');
    const sections = new Set([...domain.matchAll(/^#{2,3} (\d+(?:\.\d+)?)\.? /gm)].map((m) => m[1]));
    expect(sections.size).toBeGreaterThan(10);
    const cited = TEXTS.filter((t) => t.rel !== 'docs/domain.md').flatMap(({ rel, text }) =>
      [...text.matchAll(/docs\/domain\.md`? §(\d+(?:\.\d+)?)/g)].map((m) => ({ rel, section: m[1] })),
    );
    expect(cited.length).toBeGreaterThan(30);
    expect(cited.filter((c) => !sections.has(c.section))).toEqual([]);
  });

  it('has no relative path that climbs out of the repository', () => {
    const found = [];
    for (const { rel, text } of TEXTS) {
      const dir = path.dirname(path.join(ROOT, rel));
      for (const match of text.matchAll(/(?<![\w./-])((?:\.\.\/)+)([\w@.-]*)/g)) {
        // Resolved from the file's own folder (imports, configs, package scripts) and from the root (docs, scripts run there).
        const fromFile = path.resolve(dir, match[1], match[2]);
        const fromRoot = path.resolve(ROOT, match[1], match[2]);
        const inside = (p) => p === ROOT || p.startsWith(ROOT + path.sep);
        if (!inside(fromFile) || (rel.endsWith('.md') && !inside(fromRoot))) {
          const line = text.slice(0, match.index).split('\n').length;
          found.push(`${rel}:${line}: ${match[0]}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('has no absolute path into the folder the repository sits in', () => {
    // What sits beside the repository, by its absolute path (the checkout may sit anywhere, /tmp
    // included, so a path like /tmp/posters in an example is only a finding if /tmp/posters is there).
    const parent = path.dirname(ROOT);
    const siblings = fs.readdirSync(parent).filter((name) => name !== path.basename(ROOT));
    const escape = (p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const patterns = [...siblings.map((name) => new RegExp(`(?<![\\w:/])${escape(`${parent}/${name}`)}(?![\\w.-])`)), /\/work\//];
    const found = TEXTS.flatMap(({ rel, text }) => patterns.flatMap((p) => hits(rel, text, p)));
    expect(found).toEqual([]);
  });
});
