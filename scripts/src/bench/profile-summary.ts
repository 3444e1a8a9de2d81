/**
 * Where a V8 CPU profile's time went, for the benchmarks' `BENCH_PROFILE=1` profiles: the share of
 * busy time spent in each package's own code (self time), and in the layers of a request
 * (inclusive time of the frames that enter them).
 *
 *   node scripts/dist/bench/profile-summary.js <file.cpuprofile>
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The layers a request passes through, by the frame that enters each (a function name and where it is). */
const LAYERS: [string, (frame: ProfileNode['callFrame']) => boolean][] = [
  ['HTTP framework (Express, its router and middleware)', (f) => /node_modules\/(express|router|body-parser|compression|on-headers|helmet)\//.test(f.url)],
  ['Nest (guards, pipes, interceptors, routing)', (f) => f.url.includes('node_modules/@nestjs/')],
  ['validation (class-validator, class-transformer)', (f) => /node_modules\/class-(validator|transformer)\//.test(f.url)],
  ['TypeORM (query building, the query runner)', (f) => f.url.includes('node_modules/typeorm/')],
  ['mysql2 (protocol, escaping)', (f) => f.url.includes('node_modules/mysql2/')],
  ['socket writes', (f) => ['writeBuffer', 'writev', 'writeUtf8String'].includes(f.functionName)],
  ['garbage collection', (f) => f.functionName === '(garbage collector)'],
];

/** The package a frame's code is in: the npm package, `app:<workspace>/<folder>`, or the native name. */
function packageOf(frame: ProfileNode['callFrame']): string {
  const modules = frame.url.split('node_modules/');
  if (modules.length > 1) {
    const path = modules.at(-1)!.split('/');
    return path[0].startsWith('@') ? `${path[0]}/${path[1]}` : path[0];
  }
  const app = /\/(server|shared|scripts)\/dist\/([^/]+)/.exec(frame.url);
  if (app) return `app:${app[1]}/${app[2].replace(/\.js$/, '')}`;
  return frame.functionName || frame.url || '(unknown)';
}

function main(): void {
  const file = process.argv[2];
  if (!file) throw new Error('Usage: profile-summary <file.cpuprofile>');
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);

  const selfTime = new Map<number, number>();
  profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

  let busy = 0;
  const byPackage = new Map<string, number>();
  const byLayer = new Map(LAYERS.map(([name]) => [name, 0]));
  for (const [id, time] of selfTime) {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)') continue;
    busy += time;
    byPackage.set(packageOf(frame), (byPackage.get(packageOf(frame)) ?? 0) + time);
    // Each layer counts a sample once, however deep it runs in the stack.
    const entered = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
      for (const [name, test] of LAYERS) if (!entered.has(name) && test(byId.get(node)!.callFrame)) entered.add(name);
    }
    for (const name of entered) byLayer.set(name, byLayer.get(name)! + time);
  }

  const share = (time: number) => `${((time / busy) * 100).toFixed(1).padStart(5)} %`;
  console.log(`${(busy / 1e6).toFixed(1)} s busy in ${file}\n\nSelf time by package (top 20):`);
  for (const [name, time] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${share(time)}  ${name}`);
  console.log('\nIn each layer (inclusive: what runs under it, sockets included; a sample may be in several):');
  for (const [name, time] of byLayer) console.log(`  ${share(time)}  ${name}`);
}

main();
