import { CampaignsService } from '../../campaigns/campaigns.service';
import { contextOf as as } from '../../users/user.mapper';
import type { User } from '../../users/user.entity';
import type { DepartmentKey, SampleCommunity } from '../sample-organisation';
import { hallClock } from './hall-time';
import type { HallSeedContext } from './index';

/** The paper: more than 500 private ground locks and posts cleared in one campaign, with 300 people from many units. */
export const GROUND_LOCK_CAMPAIGN_TITLE = '地锁专项整治';

/** The units taking part and the people each sends: 300 in all. */
const UNITS: [DepartmentKey, number][] = [
  ['cityManagement', 60],
  ['enforcement', 80],
  ['police', 40],
  ['property', 90],
  ['safety', 30],
];
/** The units that clear sites, in turn with the community's own staff. */
const CLEARERS: DepartmentKey[] = ['cityManagement', 'enforcement', 'property', 'police'];

/** Communities whose liaisons report sites, and sites each. */
const COMMUNITIES_WITH_SITES = 12;
const SITES_PER_COMMUNITY = 4;

const PLACES = ['小区东门外侧路边', '小区中心花园西侧', '南门内侧消防通道旁', '地下室出入口坡道旁'];
const FINDINGS = [
  '公共车位上私装地锁，长期占用',
  '地锁和水泥地桩混装，车位被圈占',
  '私装地锁占用消防通道一侧，影响消防车通行',
  '废旧地锁损坏未拆除，存在绊倒隐患',
];

/**
 * The street's ground-lock campaign (地锁专项整治) across all its communities, through the real service with
 * the clock at each step: created by the street admin with five units taking part (300 people), started
 * six weeks back; the liaisons of twelve communities (and their staff, now and then) report the sites
 * found on their rounds, several locks at a place; the units and the community staff clear them within
 * days — all but two sites, a few with a lock left whose owner holds the space's title —; finished two
 * weeks back with its public result (清理私装地锁500余处).
 */
export async function seedCampaigns({ app, clock, org, now }: HallSeedContext): Promise<void> {
  const campaigns = app.get(CampaignsService);
  const { at, date } = hallClock(now);
  const admin = as(org.admin);

  clock.set(at(-50, 10));
  const campaign = await campaigns.create(admin, {
    title: GROUND_LOCK_CAMPAIGN_TITLE,
    description: '针对小区内私装地锁、地桩占用公共车位和消防通道的问题，街道统筹城管、执法、派出所、物业等力量开展专项整治，恢复公共停车秩序。',
    siteKind: '私装地锁',
    allCommunities: true,
    units: UNITS.map(([key, people]) => ({ departmentId: org.departments[key].id, people })),
    startDate: date(-45),
    endDate: date(-15),
  });
  clock.set(at(-45, 9));
  await campaigns.start(admin, campaign.id);

  let cleared = 0;
  let found = 0;
  for (const place of org.communities.slice(0, COMMUNITIES_WITH_SITES)) {
    const c = place.index;
    for (let s = 0; s < SITES_PER_COMMUNITY; s += 1) {
      const count = 7 + ((c * 7 + s * 5) % 11);
      clock.set(at(-44 + c, 9 + s * 2));
      const { site } = await campaigns.reportSite(as(reporter(place, s)), campaign.id, {
        ...(s === 1 ? { locationText: PLACES[c % PLACES.length] } : { buildingId: place.buildings[(c + s) % place.buildings.length].id }),
        finding: FINDINGS[(c + s) % FINDINGS.length],
        count,
      });
      found += count;
      // Two sites are still open when the campaign ends; at a few, one lock stays (its owner holds the space's title).
      if ((c === 5 && s === 3) || (c === 10 && s === 2)) continue;
      const partial = s === 3 && c % 3 === 0;
      const done = partial ? count - 1 : count;
      clock.set(at(-42 + c + (s % 3), 14));
      await campaigns.clearSite(as(clearer(org.departmentStaff, place, c + s)), site.id, {
        clearedCount: done,
        note: partial ? `拆除${done}处，另有1处车位使用人持有产权证明，已登记，由社区跟进协调。` : `已全部拆除${done}处，恢复公共停车位。`,
      });
      cleared += done;
    }
  }

  clock.set(at(-14, 10));
  const people = UNITS.reduce((sum, [, n]) => sum + n, 0);
  await campaigns.finish(admin, campaign.id, {
    resultSummary: `专项整治历时一个月，街道城管、执法、派出所、物业等${UNITS.length}家单位共${people}人参加，排查私装地锁、地桩${found}处，清理私装地锁${Math.floor(cleared / 100) * 100}余处（${cleared}处），恢复公共停车位；未清理的${found - cleared}处已登记，由社区跟进协调。`,
  });
  clock.set(now);
}

/** The sites are found on the liaisons' rounds; now and then by the community's staff. */
function reporter(place: SampleCommunity, s: number): User {
  if (s === 2 || place.liaisons.length === 0) return place.staff[0];
  return place.liaisons[s % place.liaisons.length];
}

/** A unit taking part, or (every third site) the community's own staff. */
function clearer(departmentStaff: Record<DepartmentKey, User>, place: SampleCommunity, k: number): User {
  if (k % 3 === 2) return place.staff[k % place.staff.length];
  return departmentStaff[CLEARERS[k % CLEARERS.length]];
}
