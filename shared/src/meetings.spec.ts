import type { AudienceRule } from './households';
import {
  checkInState,
  checkInWindow,
  decisionOutcomeLabel,
  isBeforeStart,
  meetingAudienceIncludes,
  meetingCheckInPayload,
  meetingPhase,
  parseMeetingCheckIn,
} from './meetings';

const startsAt = new Date('2026-03-10T19:00:00+08:00');
const endsAt = new Date('2026-03-10T21:00:00+08:00');
const meeting = { status: 'scheduled' as const, startsAt, endsAt };
const at = (iso: string) => new Date(iso);

describe('a meeting’s time', () => {
  it('is upcoming until the start, in progress until the end, then ended; cancelled whatever the time', () => {
    expect(meetingPhase(meeting, at('2026-03-10T18:59:59.999+08:00'))).toBe('upcoming');
    expect(meetingPhase(meeting, startsAt)).toBe('inProgress');
    expect(meetingPhase(meeting, at('2026-03-10T20:59:59.999+08:00'))).toBe('inProgress');
    expect(meetingPhase(meeting, endsAt)).toBe('ended');
    expect(meetingPhase({ ...meeting, status: 'cancelled' }, at('2026-03-01T00:00:00Z'))).toBe('cancelled');
  });

  it('takes changes, sign-ups and withdrawals only before the start', () => {
    expect(isBeforeStart(meeting, at('2026-03-10T18:59:59.999+08:00'))).toBe(true);
    expect(isBeforeStart(meeting, startsAt)).toBe(false);
    expect(isBeforeStart({ ...meeting, status: 'cancelled' }, at('2026-03-01T00:00:00Z'))).toBe(false);
  });

  it('opens the door’s check-in 60 minutes before the start and closes it at the end, both instants included', () => {
    expect(checkInWindow(meeting)).toEqual({ opensAt: at('2026-03-10T18:00:00+08:00'), closesAt: endsAt });
    expect(checkInState(meeting, at('2026-03-10T17:59:59.999+08:00'))).toBe('notOpen');
    expect(checkInState(meeting, at('2026-03-10T18:00:00+08:00'))).toBe('open');
    expect(checkInState(meeting, endsAt)).toBe('open');
    expect(checkInState(meeting, at('2026-03-10T21:00:00.001+08:00'))).toBe('closed');
    expect(checkInState({ ...meeting, status: 'cancelled' }, startsAt)).toBe('cancelled');
  });
});

describe('who a meeting is for', () => {
  const rule = (audience: AudienceRule['audience']): AudienceRule => ({ audience, communityId: 1, buildingIds: [11, 12], invitedUserIds: [100] });
  const resident = { userId: 5, communityId: 1, buildingId: 11 };

  it('is every household of the community, those of some buildings, or the people named', () => {
    expect(meetingAudienceIncludes(rule('community'), resident)).toBe(true);
    expect(meetingAudienceIncludes(rule('buildings'), resident)).toBe(true);
    expect(meetingAudienceIncludes(rule('buildings'), { ...resident, buildingId: 13 })).toBe(false);
    expect(meetingAudienceIncludes(rule('invited'), resident)).toBe(false);
    expect(meetingAudienceIncludes(rule('invited'), { ...resident, userId: 100 })).toBe(true);
  });

  it('never includes someone of another community, even one invited by name who has moved away', () => {
    for (const audience of ['community', 'buildings', 'invited'] as const) {
      expect(meetingAudienceIncludes(rule(audience), { userId: 100, communityId: 2, buildingId: 11 })).toBe(false);
    }
  });

  it('counts a liaison without a household in her community’s meetings, not in a building’s', () => {
    const liaison = { userId: 7, communityId: 1, buildingId: null };
    expect(meetingAudienceIncludes(rule('community'), liaison)).toBe(true);
    expect(meetingAudienceIncludes(rule('buildings'), liaison)).toBe(false);
  });
});

describe('the door’s QR code', () => {
  const code = 'Xk3_9-abcdefghijklmnopqr';

  it('holds the meeting and its code, and reads back', () => {
    const payload = meetingCheckInPayload(42, code);
    expect(payload).toBe(`lingjuli-meeting:42:${code}`);
    expect(parseMeetingCheckIn(` ${payload}\n`)).toEqual({ meetingId: 42, code });
  });

  it('reads nothing else', () => {
    for (const text of [
      '',
      code,
      `lingjuli-meeting:0:${code}`,
      `lingjuli-meeting:042:${code}`,
      'lingjuli-meeting:42:short',
      `other:42:${code}`,
      `lingjuli-meeting:42:${code}:x`,
    ]) {
      expect(parseMeetingCheckIn(text)).toBeNull();
    }
  });
});

describe('a decision’s outcome', () => {
  it('reads 通过, 未通过, or nothing without a vote', () => {
    expect([true, false, null].map(decisionOutcomeLabel)).toEqual(['通过', '未通过', null]);
  });
});
