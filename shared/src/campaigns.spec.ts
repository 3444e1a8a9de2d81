import {
  CAMPAIGN_ACTIONS,
  CAMPAIGN_FINAL_STATUSES,
  CAMPAIGN_MOVES,
  CAMPAIGN_STATUSES,
  availableCampaignActions,
  campaignAcceptsSites,
  campaignIsPublic,
  campaignMove,
  campaignPeople,
  isCampaignPeriod,
  isClearedCount,
  tallyCampaign,
  type CampaignSiteGroup,
} from './campaigns';
import { ROLES } from './enums';

describe('campaign moves', () => {
  it('goes planned → active → finished, one way', () => {
    expect(campaignMove('planned', 'start')).toBe('active');
    expect(campaignMove('active', 'finish')).toBe('finished');
    expect(campaignMove('planned', 'finish')).toBeNull();
    expect(campaignMove('active', 'start')).toBeNull();
    expect(campaignMove('finished', 'start')).toBeNull();
    expect(campaignMove('finished', 'finish')).toBeNull();
  });

  it('reaches every status from planned, and only the final one has no way on', () => {
    const reached = new Set(['planned']);
    for (let changed = true; changed;) {
      changed = false;
      for (const move of Object.values(CAMPAIGN_MOVES)) {
        if (reached.has(move.from) && !reached.has(move.to)) changed = reached.add(move.to).size > 0;
      }
    }
    expect([...reached].sort()).toEqual([...CAMPAIGN_STATUSES].sort());
    const deadEnds = CAMPAIGN_STATUSES.filter((s) => !Object.values(CAMPAIGN_MOVES).some((m) => m.from === s));
    expect(deadEnds).toEqual([...CAMPAIGN_FINAL_STATUSES]);
  });

  it('offers the street its move now, and nobody else any', () => {
    expect(availableCampaignActions('streetAdmin', 'planned')).toEqual(['start']);
    expect(availableCampaignActions('commandCenter', 'active')).toEqual(['finish']);
    expect(availableCampaignActions('streetAdmin', 'finished')).toEqual([]);
    for (const role of ROLES.filter((r) => r !== 'streetAdmin' && r !== 'commandCenter')) {
      for (const status of CAMPAIGN_STATUSES) expect(availableCampaignActions(role, status)).toEqual([]);
    }
    expect(CAMPAIGN_ACTIONS).toEqual(Object.keys(CAMPAIGN_MOVES));
  });

  it('takes sites only while active, and shows the public a campaign once it runs', () => {
    expect(CAMPAIGN_STATUSES.filter(campaignAcceptsSites)).toEqual(['active']);
    expect(CAMPAIGN_STATUSES.filter(campaignIsPublic)).toEqual(['active', 'finished']);
  });
});

describe('campaign numbers', () => {
  it('lets a campaign last one day or more, never end before it starts', () => {
    expect(isCampaignPeriod('2026-04-01', '2026-04-30')).toBe(true);
    expect(isCampaignPeriod('2026-04-01', '2026-04-01')).toBe(true);
    expect(isCampaignPeriod('2026-04-02', '2026-04-01')).toBe(false);
    expect(isCampaignPeriod('2026-12-31', '2027-01-01')).toBe(true);
  });

  it('clears at least one and at most what was found', () => {
    expect(isClearedCount(3, 3)).toBe(true);
    expect(isClearedCount(3, 1)).toBe(true);
    expect(isClearedCount(3, 4)).toBe(false);
    expect(isClearedCount(3, 0)).toBe(false);
    expect(isClearedCount(3, 1.5)).toBe(false);
  });

  it('adds up the people the units send', () => {
    expect(campaignPeople([{ people: 120 }, { people: 80 }, { people: 100 }])).toBe(300);
    expect(campaignPeople([])).toBe(0);
  });
});

describe('tallyCampaign', () => {
  const group = (communityId: number, status: CampaignSiteGroup['status'], sites: number, found: number, cleared = 0): CampaignSiteGroup => ({
    communityId,
    status,
    sites,
    found,
    cleared,
  });

  it('counts sites and things found, cleared and left per community, zeros included, and the total', () => {
    const { communities, total } = tallyCampaign([1, 2, 3], [group(1, 'open', 2, 5), group(1, 'cleared', 3, 7, 7), group(2, 'cleared', 1, 3, 2)]);
    expect(communities).toEqual([
      { communityId: 1, sites: 5, sitesCleared: 3, sitesLeft: 2, found: 12, cleared: 7, left: 5 },
      // A site cleared of 2 of its 3 locks keeps one left.
      { communityId: 2, sites: 1, sitesCleared: 1, sitesLeft: 0, found: 3, cleared: 2, left: 1 },
      { communityId: 3, sites: 0, sitesCleared: 0, sitesLeft: 0, found: 0, cleared: 0, left: 0 },
    ]);
    expect(total).toEqual({ sites: 6, sitesCleared: 4, sitesLeft: 2, found: 15, cleared: 9, left: 6 });
  });

  it('counts an open site’s things as left whatever the group says it cleared, and leaves out unlisted communities', () => {
    const { communities, total } = tallyCampaign([2], [group(2, 'open', 1, 4, 4), group(9, 'cleared', 5, 5, 5)]);
    expect(communities).toEqual([{ communityId: 2, sites: 1, sitesCleared: 0, sitesLeft: 1, found: 4, cleared: 0, left: 4 }]);
    expect(total).toEqual({ sites: 1, sitesCleared: 0, sitesLeft: 1, found: 4, cleared: 0, left: 4 });
  });

  it('keeps the order of the communities given', () => {
    expect(tallyCampaign([3, 1], []).communities.map((c) => c.communityId)).toEqual([3, 1]);
  });
});
