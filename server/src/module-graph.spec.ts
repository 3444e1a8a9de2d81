import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * The feature folders' import graph (docs/architecture.md, "Access" and "Timers"): read from the
 * sources, type-only imports included, tests left out. Among themselves the features import one way
 * only: the powers import appeals, and everything registers into timers and access. The platform
 * folders (database, common, auth, users, organisation, notifications, uploads…) are outside this
 * check: they still import each other both ways, and users and uploads import appeals (a resident's
 * erasure, the photo's appeal).
 */
const SRC = __dirname;
/** The six powers' folders. */
const POWERS = ['whistles', 'task-forces', 'projects', 'evaluation', 'management', 'liaisons', 'rewards'];
/** Appeals, the powers, and the two layers every feature registers into. */
const FEATURES = ['appeals', ...POWERS, 'timers', 'access'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !/\.(e2e-|mariadb-|service-)?spec\.ts$/.test(entry.name) ? [path] : [];
  });
}

const folderOf = (path: string) => {
  const parts = relative(SRC, path).split(sep);
  return parts.length > 1 ? parts[0] : '.';
};

/** folder → folder it imports → the imports that make the edge ("file → module"). */
function folderGraph(): Map<string, Map<string, string[]>> {
  const graph = new Map<string, Map<string, string[]>>();
  const specifier = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(specifier)) {
      const target = resolve(dirname(file), match[1] ?? match[2]);
      const [from, to] = [folderOf(file), folderOf(target)];
      if (from === to) continue;
      const edges = graph.get(from) ?? new Map<string, string[]>();
      graph.set(from, edges.set(to, [...(edges.get(to) ?? []), `${relative(SRC, file)} → ${relative(SRC, target)}`]));
    }
  }
  return graph;
}

/** Every cycle through the given folders, as the folders in order (each found once, from its first folder). */
function cycles(graph: Map<string, Map<string, string[]>>, folders: string[]): string[][] {
  const found: string[][] = [];
  const walk = (start: string, path: string[]) => {
    for (const next of graph.get(path.at(-1)!)?.keys() ?? []) {
      if (!folders.includes(next)) continue;
      if (next === start) found.push([...path, start]);
      else if (!path.includes(next) && folders.indexOf(next) > folders.indexOf(start)) walk(start, [...path, next]);
    }
  };
  for (const start of folders) walk(start, [start]);
  return found;
}

describe('the feature folders’ imports', () => {
  const graph = folderGraph();
  const imports = (from: string, to: string) => graph.get(from)?.get(to) ?? [];

  it('read real import edges (the check would pass vacuously otherwise)', () => {
    expect(imports('whistles', 'appeals').length).toBeGreaterThan(0);
    expect(imports('appeals', 'timers').length).toBeGreaterThan(0);
  });

  it('form no cycle', () => {
    expect(cycles(graph, FEATURES).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('keep appeals free of the powers: they contribute to appeals, appeals imports none of them', () => {
    expect(POWERS.flatMap((power) => imports('appeals', power))).toEqual([]);
  });

  it('keep the timers and access layers free of every feature: features register into them', () => {
    const layers = ['timers', 'access'];
    expect(layers.flatMap((layer) => FEATURES.filter((f) => f !== layer).flatMap((feature) => imports(layer, feature)))).toEqual([]);
  });
});
