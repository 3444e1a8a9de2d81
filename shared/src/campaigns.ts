/**
 * Street-wide campaigns (专项整治, docs/domain.md "Street-wide campaigns"): the street runs a campaign across its
 * communities — the paper's example cleared more than 500 private ground locks (私装地锁) with 300
 * people from many units. Liaisons and community staff report the sites they find; the community or a
 * unit taking part clears them; the counts found, cleared and left per community are the progress and,
 * once published, the public result. Pure rules shared by the server and the mini-program.
 */
import type { ActorRole, Role } from './enums';
import { PERMISSIONS } from './permissions';

/** planned (筹备中) → active (进行中, sites are reported and cleared) → finished (已结束, with its public result). */
export const CAMPAIGN_STATUSES = ['planned', 'active', 'finished'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, string> = { planned: '筹备中', active: '进行中', finished: '已结束' };

/** A site is reported `open` (待整治) and cleared once (已整治). */
export const CAMPAIGN_SITE_STATUSES = ['open', 'cleared'] as const;
export type CampaignSiteStatus = (typeof CAMPAIGN_SITE_STATUSES)[number];

export const CAMPAIGN_SITE_STATUS_LABELS: Record<CampaignSiteStatus, string> = { open: '待整治', cleared: '已整治' };

/** A campaign's moves, made by the street. */
export const CAMPAIGN_ACTIONS = ['start', 'finish'] as const;
export type CampaignAction = (typeof CAMPAIGN_ACTIONS)[number];

export interface CampaignMove {
  from: CampaignStatus;
  to: CampaignStatus;
  roles: readonly ActorRole[];
  /** The button's words. */
  label: string;
}

/** The move table (like the appeal's transition table): one way through, no way back. */
export const CAMPAIGN_MOVES: Record<CampaignAction, CampaignMove> = {
  start: { from: 'planned', to: 'active', roles: PERMISSIONS['campaign.manage'], label: '启动整治' },
  finish: { from: 'active', to: 'finished', roles: PERMISSIONS['campaign.manage'], label: '结束并公布结果' },
};

/** No move leaves it. */
export const CAMPAIGN_FINAL_STATUSES: readonly CampaignStatus[] = ['finished'];

/** The status the move leads to, or null when it does not start from `status` (a 409). */
export function campaignMove(status: CampaignStatus, action: CampaignAction): CampaignStatus | null {
  const move = CAMPAIGN_MOVES[action];
  return move.from === status ? move.to : null;
}

/** What the role may do to a campaign in `status` now, in the table's order. */
export function availableCampaignActions(role: Role, status: CampaignStatus): CampaignAction[] {
  return CAMPAIGN_ACTIONS.filter((action) => CAMPAIGN_MOVES[action].from === status && CAMPAIGN_MOVES[action].roles.includes(role));
}

/** Sites are reported and cleared only while the campaign runs: not before it starts, not after its result. */
export function campaignAcceptsSites(status: CampaignStatus): boolean {
  return status === 'active';
}

/** Residents see a campaign once it runs: its public result (counts, never names, places or photos). */
export function campaignIsPublic(status: CampaignStatus): boolean {
  return status !== 'planned';
}

/** Bounds of a campaign's numbers. */
export const CAMPAIGN_LIMITS = {
  /** How many things at one site (3 locks at one place), and how many of them were cleared. */
  siteCount: { min: 1, max: 999 },
  /** How many people a unit sends. */
  people: { min: 1, max: 9999 },
  units: 50,
  communities: 100,
  photos: 9,
  /** Lengths of the words, in characters. */
  title: 100,
  description: 2000,
  siteKind: 30,
  locationText: 200,
  finding: 500,
  clearNote: 2000,
  resultSummary: 2000,
} as const;

/** Calendar dates `YYYY-MM-DD` compare as text; a campaign may last one day (start = end). */
export function isCampaignPeriod(startDate: string, endDate: string): boolean {
  return startDate <= endDate;
}

/** A site may be cleared of at most what was found at it (and at least one thing). */
export function isClearedCount(found: number, cleared: number): boolean {
  return Number.isInteger(cleared) && cleared >= CAMPAIGN_LIMITS.siteCount.min && cleared <= found;
}

/** The people a campaign brings, all units together (300 in the paper's ground-lock campaign). */
export function campaignPeople(units: readonly { people: number }[]): number {
  return units.reduce((sum, u) => sum + u.people, 0);
}

/**
 * What a database groups the sites into: per community and site status, how many sites, the things
 * found at them, and (for cleared sites) the things cleared.
 */
export interface CampaignSiteGroup {
  communityId: number;
  status: CampaignSiteStatus;
  sites: number;
  found: number;
  cleared: number;
}

/** The progress of a campaign, or of one community in it. */
export interface CampaignTally {
  /** Sites reported, cleared, and still open. */
  sites: number;
  sitesCleared: number;
  sitesLeft: number;
  /** Things found (e.g. ground locks), cleared, and left: found − cleared (a site cleared of fewer than were found keeps the rest). */
  found: number;
  cleared: number;
  left: number;
}

export interface CampaignCommunityTally extends CampaignTally {
  communityId: number;
}

const emptyTally = (): CampaignTally => ({ sites: 0, sitesCleared: 0, sitesLeft: 0, found: 0, cleared: 0, left: 0 });

function add(tally: CampaignTally, group: Omit<CampaignSiteGroup, 'communityId'>): void {
  const cleared = group.status === 'cleared' ? group.cleared : 0;
  tally.sites += group.sites;
  tally.found += group.found;
  tally.cleared += cleared;
  tally.left += group.found - cleared;
  if (group.status === 'cleared') tally.sitesCleared += group.sites;
  else tally.sitesLeft += group.sites;
}

/**
 * The progress per community, in the order of `communityIds` (zeros for a community without sites),
 * and the total of those rows. Groups of communities not listed (outside the reader's view) count nowhere.
 */
export function tallyCampaign(
  communityIds: readonly number[],
  groups: readonly CampaignSiteGroup[],
): { communities: CampaignCommunityTally[]; total: CampaignTally } {
  const rows = new Map(communityIds.map((communityId) => [communityId, { communityId, ...emptyTally() }]));
  const total = emptyTally();
  for (const group of groups) {
    const row = rows.get(group.communityId);
    if (!row) continue;
    add(row, group);
    add(total, group);
  }
  return { communities: [...rows.values()], total };
}
