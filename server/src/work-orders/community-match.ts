/*
 * Which community (and building) a 12345 work order belongs to (pure). By the batch's community column
 * when it names one — its name, its code, or its name without 社区 — and otherwise by the address: the
 * community whose name appears in it, then the building of that community named in it. A name that
 * could be either of two communities is not guessed: the row is refused and a person decides.
 */

export interface DirectoryCommunity {
  id: number;
  name: string;
  code: string;
}

export interface DirectoryBuilding {
  id: number;
  name: string;
  communityId: number;
}

export interface Directory {
  communities: readonly DirectoryCommunity[];
  buildings: readonly DirectoryBuilding[];
}

export interface Placement {
  community: DirectoryCommunity | null;
  building: DirectoryBuilding | null;
  error?: string;
  warning?: string;
}

const compact = (text: string) => text.replace(/\s+/g, '');

/** A community's name without its 社区 (万寿路西街社区 → 万寿路西街), when two characters or more are left. */
function shortName(name: string): string | null {
  const short = compact(name).replace(/社区$/, '');
  return short.length >= 2 && short !== compact(name) ? short : null;
}

interface Found<T> {
  item: T;
  start: number;
  end: number;
}

/**
 * Where each name occurs in the text. A name that starts with a digit must not follow one (3号楼 is not
 * in 13号楼); an occurrence inside a longer one is dropped (万寿路 inside 万寿路西街社区).
 */
function occurrences<T>(text: string, named: readonly { item: T; name: string }[]): Found<T>[] {
  const found: Found<T>[] = [];
  for (const { item, name } of named) {
    if (!name) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (/^\d/.test(name) && at > 0 && /\d/.test(text[at - 1])) continue;
      found.push({ item, start: at, end: at + name.length });
    }
  }
  return found.filter((f) => !found.some((g) => g !== f && g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start));
}

/** The one item the occurrences name, or all of them when they name several. */
const distinct = <T>(found: readonly Found<T>[]): T[] => [...new Set(found.map((f) => f.item))];

/** The communities a text names: by their full names first, by their names without 社区 only if no full name is there. */
function communitiesIn(text: string, communities: readonly DirectoryCommunity[]): DirectoryCommunity[] {
  const full = distinct(
    occurrences(
      text,
      communities.map((c) => ({ item: c, name: compact(c.name) })),
    ),
  );
  if (full.length) return full;
  // Not a short name followed by 街道: 万寿路街道 is the street, not 万寿路社区.
  const short = occurrences(
    text,
    communities.flatMap((c) => (shortName(c.name) ? [{ item: c, name: shortName(c.name)! }] : [])),
  ).filter((f) => !text.startsWith('街道', f.end));
  return distinct(short);
}

/** Places a work order by its community column, or else by its address. */
export function placeWorkOrder(directory: Directory, communityText: string | null, address: string | null): Placement {
  const community = communityText ? byCommunityColumn(directory.communities, communityText) : address ? byAddress(directory.communities, address) : null;
  if (!community) return { community: null, building: null, error: '缺少所属社区和诉求地址，无法确定所属社区' };
  if ('error' in community) return { community: null, building: null, error: community.error };
  if (!address) return { community, building: null };
  const buildings = distinct(
    occurrences(
      compact(address),
      directory.buildings.filter((b) => b.communityId === community.id).map((b) => ({ item: b, name: compact(b.name) })),
    ),
  );
  if (buildings.length > 1) return { community, building: null, warning: `地址中出现多个楼栋（${buildings.map((b) => b.name).join('、')}），未指定楼栋` };
  return { community, building: buildings[0] ?? null };
}

function byCommunityColumn(communities: readonly DirectoryCommunity[], value: string): DirectoryCommunity | { error: string } {
  const wanted = compact(value);
  const exact = communities.find(
    (c) =>
      compact(c.name) === wanted ||
      c.code.toLowerCase() === wanted.toLowerCase() ||
      (shortName(c.name) !== null && shortName(c.name) === wanted.replace(/社区$/, '')),
  );
  if (exact) return exact;
  // 万寿路街道翠微路2号院社区居委会: the community's name inside a longer one.
  const named = communitiesIn(wanted, communities);
  if (named.length === 1) return named[0];
  if (named.length > 1) return { error: `所属社区「${value}」可能是${named.map((c) => c.name).join('、')}，请核对` };
  return { error: `未知社区「${value}」：不是本街道的社区` };
}

function byAddress(communities: readonly DirectoryCommunity[], address: string): DirectoryCommunity | { error: string } {
  const named = communitiesIn(compact(address), communities);
  if (named.length === 1) return named[0];
  if (named.length > 1) return { error: `诉求地址中出现多个社区（${named.map((c) => c.name).join('、')}），无法确定所属社区` };
  return { error: `诉求地址「${address}」中没有本街道的社区名称，无法确定所属社区` };
}
