import { APPEAL_STATUSES, FINAL_STATUSES } from './enums';
import { REWARD_FINAL_STATUSES, REWARD_MOVES, WHISTLE_FINAL_STATUSES, WHISTLE_MOVES, WHISTLE_TARGET_FINAL_STATUSES } from './power-moves';
import { REWARD_STATUSES, WHISTLE_STATUSES, WHISTLE_TARGET_STATUSES } from './powers';
import { APPEAL_TRANSITIONS } from './transitions';

/**
 * Every state table as a graph: where a record starts, which statuses end it (declared), and each
 * move's edges. A table is sound when every status can be reached from the start, every status that
 * is not final has a way on and can still reach an end, and no final status has a way out.
 */
interface StateTable {
  name: string;
  statuses: readonly string[];
  initial: readonly string[];
  final: readonly string[];
  moves: readonly { from: readonly string[]; to: string }[];
}

const edgesOf = (table: StateTable): [string, string][] =>
  table.moves.flatMap((m) => m.from.map((from): [string, string] => [from, m.to === 'same' ? from : m.to])).filter(([from, to]) => from !== to);

function reachable(starts: readonly string[], edges: [string, string][]): Set<string> {
  const seen = new Set(starts);
  for (let grew = true; grew;) {
    grew = false;
    for (const [from, to] of edges) {
      if (seen.has(from) && !seen.has(to)) {
        seen.add(to);
        grew = true;
      }
    }
  }
  return seen;
}

function problems(table: StateTable) {
  const edges = edgesOf(table);
  const fromStart = reachable(table.initial, edges);
  const reversed = edges.map(([from, to]): [string, string] => [to, from]);
  const toAnEnd = reachable(table.final, reversed);
  return {
    unknown: [...new Set(edges.flat())].filter((s) => !table.statuses.includes(s)),
    unreachable: table.statuses.filter((s) => !fromStart.has(s)),
    deadEnds: table.statuses.filter((s) => !table.final.includes(s) && !edges.some(([from]) => from === s)),
    noWayToAnEnd: table.statuses.filter((s) => !toAnEnd.has(s)),
    finalWithAWayOut: table.final.filter((s) => edges.some(([from]) => from === s)),
  };
}

const TABLES: StateTable[] = [
  // Filing (intake) creates an appeal `received`; it is not a transition.
  { name: 'appeal', statuses: APPEAL_STATUSES, initial: ['received'], final: FINAL_STATUSES, moves: APPEAL_TRANSITIONS },
  {
    name: 'whistle',
    statuses: WHISTLE_STATUSES,
    initial: ['open'],
    final: WHISTLE_FINAL_STATUSES,
    moves: Object.values(WHISTLE_MOVES).filter((m) => m.on === 'whistle'),
  },
  {
    name: 'whistled department',
    statuses: WHISTLE_TARGET_STATUSES,
    initial: ['whistled'],
    final: WHISTLE_TARGET_FINAL_STATUSES,
    moves: Object.values(WHISTLE_MOVES).filter((m) => m.on === 'part'),
  },
  { name: 'reward request', statuses: REWARD_STATUSES, initial: ['draft'], final: REWARD_FINAL_STATUSES, moves: Object.values(REWARD_MOVES) },
];

describe('state tables', () => {
  it.each(TABLES.map((t) => [t.name, t] as const))('the %s table reaches every status, leaves every one that is not final, and ends', (_name, table) => {
    expect(problems(table)).toEqual({ unknown: [], unreachable: [], deadEnds: [], noWayToAnEnd: [], finalWithAWayOut: [] });
  });

  it('finds what is wrong with a broken table', () => {
    const broken: StateTable = {
      name: 'broken',
      statuses: ['a', 'b', 'c', 'd', 'e'],
      initial: ['a'],
      final: ['e'],
      moves: [
        { from: ['a'], to: 'b' },
        { from: ['b'], to: 'same' },
        { from: ['d'], to: 'e' },
        { from: ['e'], to: 'a' },
      ],
    };
    expect(problems(broken)).toEqual({
      unknown: [],
      unreachable: ['c', 'd', 'e'],
      deadEnds: ['b', 'c'],
      noWayToAnEnd: ['a', 'b', 'c'],
      finalWithAWayOut: ['e'],
    });
  });
});
