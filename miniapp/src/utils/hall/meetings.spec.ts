import type { MeetingDecisionInfo, MeetingSummary } from '@lingjuli/shared';
import {
  audienceLabel,
  capacityLabel,
  checkInOpensLabel,
  decisionLines,
  hallMeetingLists,
  linkedAppealCount,
  meetingTimeLabel,
  minutesTodo,
  phaseNow,
  residentMeetingView,
  signUpState,
  sortStaffMeetings,
} from '@/utils/hall/meetings';

const HOUR = 3600_000;
// 2026-03-02 (a Monday) 10:00 in Beijing.
const NOW = new Date('2026-03-02T02:00:00Z');
const at = (hours: number) => new Date(NOW.getTime() + hours * HOUR).toISOString();

function meeting(over: Partial<MeetingSummary> = {}): MeetingSummary {
  const startsAt = over.startsAt ?? at(4);
  return {
    id: 1,
    communityId: 1,
    communityName: '和平里社区',
    topic: '小区停车管理方案议事会',
    place: '社区居委会二楼议事厅',
    startsAt,
    endsAt: over.endsAt ?? new Date(new Date(startsAt).getTime() + 2 * HOUR).toISOString(),
    agenda: ['通报停车现状', '讨论方案'],
    audience: 'community',
    buildings: [],
    capacity: null,
    signUps: 0,
    status: 'scheduled',
    phase: 'upcoming',
    cancelledAt: null,
    cancelReason: null,
    minutesState: 'none',
    minutesPublishedAt: null,
    signedUpByMe: false,
    attendedByMe: false,
    checkInOpensAt: new Date(new Date(startsAt).getTime() - HOUR).toISOString(),
    checkInClosesAt: over.endsAt ?? new Date(new Date(startsAt).getTime() + 2 * HOUR).toISOString(),
    ...over,
  };
}

describe('a meeting in words', () => {
  it('names the day, the weekday and the times in Beijing time', () => {
    expect(meetingTimeLabel(meeting())).toBe('3月2日（周一）14:00–16:00');
    // From 22:00 to 01:00 the next day.
    expect(meetingTimeLabel(meeting({ startsAt: at(12), endsAt: at(15) }))).toBe('3月2日（周一）22:00 至 3月3日 01:00');
  });

  it('says the places and who it is for', () => {
    expect(capacityLabel(meeting({ signUps: 12 }))).toBe('不限人数 · 已报名12人');
    expect(capacityLabel(meeting({ capacity: 30, signUps: 12 }))).toBe('限30人 · 已报名12人');
    expect(audienceLabel(meeting())).toBe('全体居民');
    expect(
      audienceLabel(
        meeting({
          audience: 'buildings',
          buildings: [
            { id: 3, name: '3号楼' },
            { id: 5, name: '5号楼' },
          ],
        }),
      ),
    ).toBe('3号楼、5号楼居民');
    expect(audienceLabel(meeting({ audience: 'invited' }))).toBe('特邀人员（如居民代表）');
    expect(checkInOpensLabel(meeting())).toBe('3月2日 13:00 起可在会场扫码签到');
  });

  it('reads its phase by the clock now, not as loaded', () => {
    const m = meeting({ phase: 'upcoming' });
    expect(phaseNow(m, NOW)).toBe('upcoming');
    expect(phaseNow(m, new Date(NOW.getTime() + 4 * HOUR))).toBe('inProgress');
    expect(phaseNow(m, new Date(NOW.getTime() + 6 * HOUR))).toBe('ended');
    expect(phaseNow(meeting({ status: 'cancelled' }), NOW)).toBe('cancelled');
  });
});

describe('what the resident can do', () => {
  it('signs up before the start while places are left, withdraws until then', () => {
    expect(residentMeetingView(meeting(), NOW)).toMatchObject({ canSignUp: true, canWithdraw: false, checkIn: 'notOpen' });
    expect(residentMeetingView(meeting({ signedUpByMe: true }), NOW)).toMatchObject({ canSignUp: false, canWithdraw: true });
    expect(residentMeetingView(meeting({ capacity: 2, signUps: 2 }), NOW)).toMatchObject({ canSignUp: false, full: true });
    const started = new Date(NOW.getTime() + 4.5 * HOUR);
    expect(residentMeetingView(meeting({ signedUpByMe: true }), started)).toMatchObject({ canSignUp: false, canWithdraw: false, checkIn: 'open' });
  });

  it('checks in from an hour before the start to the end', () => {
    expect(residentMeetingView(meeting(), new Date(NOW.getTime() + 2.9 * HOUR)).checkIn).toBe('notOpen');
    expect(residentMeetingView(meeting(), new Date(NOW.getTime() + 3 * HOUR)).checkIn).toBe('open');
    expect(residentMeetingView(meeting(), new Date(NOW.getTime() + 6 * HOUR)).checkIn).toBe('open');
    expect(residentMeetingView(meeting(), new Date(NOW.getTime() + 6 * HOUR + 1)).checkIn).toBe('closed');
    expect(residentMeetingView(meeting({ status: 'cancelled' }), NOW).checkIn).toBe('cancelled');
  });

  it('tags her sign-up on the list', () => {
    expect(signUpState(meeting(), NOW)).toBe('open');
    expect(signUpState(meeting({ signedUpByMe: true }), NOW)).toBe('signedUp');
    expect(signUpState(meeting({ capacity: 1, signUps: 1 }), NOW)).toBe('full');
    expect(signUpState(meeting({ startsAt: at(-1) }), NOW)).toBe('closed');
    expect(signUpState(meeting({ status: 'cancelled', signedUpByMe: true }), NOW)).toBe('cancelled');
  });
});

describe('the lists', () => {
  const soon = meeting({ id: 1, startsAt: at(2) });
  const later = meeting({ id: 2, startsAt: at(48) });
  const running = meeting({ id: 3, startsAt: at(-1) });
  const endedWithMinutes = meeting({ id: 4, startsAt: at(-72), minutesState: 'published' });
  const endedLater = meeting({ id: 5, startsAt: at(-30), minutesState: 'published' });
  const endedBare = meeting({ id: 6, startsAt: at(-24) });
  const cancelled = meeting({ id: 7, startsAt: at(5), status: 'cancelled' });

  it('gives the landing those to come (soonest first, a cancelled one marked) and those with published minutes (latest first)', () => {
    const lists = hallMeetingLists([later, endedWithMinutes, soon, running, endedBare, endedLater, cancelled], NOW);
    expect(lists.upcoming.map((m) => m.id)).toEqual([3, 1, 7, 2]);
    expect(lists.withMinutes.map((m) => m.id)).toEqual([5, 4]);
  });

  it('gives staff the running, then to come, then ended latest first, cancelled last', () => {
    expect(sortStaffMeetings([endedWithMinutes, cancelled, later, endedBare, soon, running], NOW).map((m) => m.id)).toEqual([3, 1, 2, 6, 4, 7]);
  });

  it('tells staff what an ended meeting still needs', () => {
    expect(minutesTodo(endedBare, NOW)).toBe('待记录会议纪要');
    expect(minutesTodo({ ...endedBare, minutesState: 'draft' }, NOW)).toBe('纪要草稿待发布');
    expect(minutesTodo(endedWithMinutes, NOW)).toBeNull();
    expect(minutesTodo(soon, NOW)).toBeNull();
  });
});

describe('decisions', () => {
  const decisions: MeetingDecisionInfo[] = [
    { id: 10, text: '增设30个停车位', adopted: true, appeals: [{ id: 7, code: '20260302-00007', category: 'other' }] },
    { id: 11, text: '收费方案', adopted: false, appeals: [] },
    { id: 12, text: '下次再议', adopted: null, appeals: [{ id: 8, code: '20260302-00008', category: 'other' }] },
  ];

  it('reads 通过 / 未通过 and marks her own appeals to open', () => {
    const lines = decisionLines(decisions, new Set([8]));
    expect(lines.map((l) => [l.outcome, l.tone])).toEqual([
      ['通过', 'ok'],
      ['未通过', 'danger'],
      [null, 'plain'],
    ]);
    expect(lines[0].appeals).toEqual([{ id: 7, code: '20260302-00007', mine: false }]);
    expect(lines[2].appeals).toEqual([{ id: 8, code: '20260302-00008', mine: true }]);
  });

  it('counts each linked appeal once', () => {
    expect(linkedAppealCount([{ appealIds: [1, 2] }, { appealIds: [2, 3] }, { appealIds: [] }])).toBe(3);
  });
});
