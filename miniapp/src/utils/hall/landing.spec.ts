import type { CommunityCampaignItem, PollSummary } from '@lingjuli/shared';
import { NOTIFICATION_KINDS } from '@lingjuli/shared';
import { appOrigin, checkInLink, checkInWindowLabel } from '@/utils/hall/check-in';
import { campaignLine, pollLine, sortCampaigns, sortOpenPolls } from '@/utils/hall/landing';
import { HALL_ROLES, MEETING_MANAGER_ROLES, MEETING_STAFF_ROLES, isHallParticipant } from '@/utils/hall/roles';
import { noticeLink } from '@/utils/notice-links';
import { parseScene } from '@/utils/scene';

describe('the landing’s other sections', () => {
  const poll = (id: number, answerState: PollSummary['answerState'], closesAt: string) =>
    ({ id, answerState, closesAt, ballotUnit: 'household', participants: 25 }) as PollSummary;

  it('puts the polls still to answer first, soonest closing first', () => {
    const polls = [poll(1, 'answered', '2026-03-03T10:00:00Z'), poll(2, 'canAnswer', '2026-03-09T10:00:00Z'), poll(3, 'canAnswer', '2026-03-04T10:00:00Z')];
    expect(sortOpenPolls(polls).map((p) => p.id)).toEqual([3, 2, 1]);
    expect(pollLine(polls[1])).toBe('每户一票 · 3月9日 18:00 截止 · 已有25户参与');
  });

  it('says how far a campaign got in her community', () => {
    const tally = { sites: 4, sitesCleared: 3, sitesLeft: 1, found: 15, cleared: 12, left: 3 };
    const campaign = (id: number, status: 'active' | 'finished', startDate: string) =>
      ({ id, status, startDate, community: tally, total: tally }) as CommunityCampaignItem;
    expect(campaignLine(campaign(1, 'active', '2026-03-01'))).toBe('进行中 · 本社区发现15处，已整治12处，还剩3处');
    expect(campaignLine({ ...campaign(1, 'finished', '2026-03-01'), community: { ...tally, found: 0, cleared: 0, left: 0 } })).toBe(
      '已结束 · 本社区暂未发现需整治的问题',
    );
    expect(
      sortCampaigns([campaign(1, 'finished', '2026-01-01'), campaign(2, 'active', '2025-12-01'), campaign(3, 'finished', '2026-02-01')]).map((c) => c.id),
    ).toEqual([2, 3, 1]);
  });
});

describe('who uses which side', () => {
  it('lets residents and liaisons take part, staff keep or read', () => {
    expect(HALL_ROLES).toEqual(['resident', 'liaison']);
    expect(isHallParticipant('liaison')).toBe(true);
    expect(isHallParticipant('communityStaff')).toBe(false);
    expect(MEETING_STAFF_ROLES).toEqual(['communityStaff', 'communitySecretary', 'gridSecretary', 'commandCenter', 'streetAdmin']);
    expect(MEETING_MANAGER_ROLES).toEqual(['communityStaff', 'communitySecretary']);
  });

  it('opens a meeting notice in the hall for residents, on the staff page for staff', () => {
    expect(NOTIFICATION_KINDS).toContain('meetingCancelled');
    expect(noticeLink({ type: 'meeting', id: 3 }, 'resident')).toBe('/hall/meeting/index?id=3');
    expect(noticeLink({ type: 'meeting', id: 3 }, 'liaison')).toBe('/hall/meeting/index?id=3');
    expect(noticeLink({ type: 'meeting', id: 3 }, 'communityStaff')).toBe('/deliberation/meeting/index?id=3');
    expect(noticeLink({ type: 'meeting', id: 3 }, 'departmentStaff')).toBeNull();
  });
});

describe('the door’s check-in link', () => {
  const payload = 'lingjuli-meeting:12:AbCdEfGhIjKlMnOpQrStUvWx';

  it('leads to the home page with the payload as its scene, which the home page reads back', () => {
    const link = checkInLink('https://lingjuli.example.cn/', payload);
    expect(link).toBe('https://lingjuli.example.cn/pages/home/index?scene=m%3Dlingjuli-meeting%3A12%3AAbCdEfGhIjKlMnOpQrStUvWx');
    const scene = decodeURIComponent(/[?&]scene=([^&]+)/.exec(link)![1]);
    expect(parseScene(scene).meetingCheckIn).toEqual({ meetingId: 12, code: 'AbCdEfGhIjKlMnOpQrStUvWx' });
  });

  it('takes the site from the API base in WeChat, from the page in the browser', () => {
    expect(appOrigin('https://api.example.cn:8443/x', null)).toBe('https://api.example.cn:8443');
    expect(appOrigin('', 'http://localhost:4102')).toBe('http://localhost:4102');
    expect(appOrigin('', null)).toBe('');
  });

  it('says when she can check in', () => {
    expect(checkInWindowLabel({ opensAt: '2026-03-02T05:00:00Z', closesAt: '2026-03-02T08:00:00Z' })).toBe('3月2日 13:00 至 3月2日 16:00 可扫码签到');
  });
});
