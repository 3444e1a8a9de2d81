import type { ActorRole } from './enums';
import { availableWhistleActions, checkWhistleClose, checkWhistlePartMove, type WhistlePart } from './power-moves';
import type { WhistleStatus } from './powers';

const part = (status: WhistlePart['status'], reportInMissed = false): WhistlePart => ({ status, reportInMissed });

describe('whistle moves', () => {
  it('walks a department’s part whistled → reported in → completed, progress notes in between', () => {
    expect(checkWhistlePartMove('departmentStaff', 'reportIn', 'open', part('whistled'))).toEqual({ ok: true, to: 'reportedIn' });
    expect(checkWhistlePartMove('departmentStaff', 'progress', 'open', part('reportedIn'))).toEqual({ ok: true, to: 'reportedIn' });
    expect(checkWhistlePartMove('departmentStaff', 'complete', 'open', part('reportedIn'))).toEqual({ ok: true, to: 'completed' });
    // Late is still a report-in.
    expect(checkWhistlePartMove('departmentStaff', 'reportIn', 'open', part('whistled', true))).toEqual({ ok: true, to: 'reportedIn' });
  });

  it('says why a part move is refused: the role, no part, an ended whistle, then the part’s status', () => {
    expect(checkWhistlePartMove('communityStaff', 'reportIn', 'open', part('whistled'))).toEqual({ ok: false, reason: 'role' });
    expect(checkWhistlePartMove('departmentStaff', 'reportIn', 'closed', null)).toEqual({ ok: false, reason: 'notWhistled' });
    expect(checkWhistlePartMove('departmentStaff', 'reportIn', 'cancelled', part('completed'))).toEqual({ ok: false, reason: 'ended' });
    expect(checkWhistlePartMove('departmentStaff', 'complete', 'open', part('whistled'))).toEqual({ ok: false, reason: 'part', from: 'whistled' });
    expect(checkWhistlePartMove('departmentStaff', 'reportIn', 'open', part('completed'))).toEqual({ ok: false, reason: 'part', from: 'completed' });
  });

  it('lets the community close once no department holds the whistle open', () => {
    expect(checkWhistleClose('communityStaff', { status: 'open', parts: [part('completed'), part('whistled', true)] })).toEqual({ ok: true, to: 'closed' });
    expect(checkWhistleClose('communityStaff', { status: 'open', parts: [part('completed'), part('reportedIn')] })).toEqual({ ok: false, reason: 'waiting' });
    expect(checkWhistleClose('communityStaff', { status: 'open', parts: [] })).toEqual({ ok: false, reason: 'waiting' });
    expect(checkWhistleClose('communitySecretary', { status: 'closed', parts: [part('completed')] })).toEqual({ ok: false, reason: 'ended' });
    expect(checkWhistleClose('commandCenter', { status: 'open', parts: [part('completed')] })).toEqual({ ok: false, reason: 'role' });
  });

  it.each<[ActorRole, WhistleStatus, WhistlePart | null, boolean, WhistlePart[], string[]]>([
    ['departmentStaff', 'open', part('whistled'), false, [part('whistled')], ['reportIn']],
    ['departmentStaff', 'open', part('reportedIn'), false, [part('reportedIn')], ['progress', 'complete']],
    ['departmentStaff', 'open', part('completed'), false, [part('completed')], []],
    ['departmentStaff', 'open', null, false, [part('whistled')], []],
    ['departmentStaff', 'closed', part('reportedIn'), false, [part('reportedIn')], []],
    ['communityStaff', 'open', null, true, [part('completed')], ['close']],
    ['communityStaff', 'open', null, false, [part('completed')], []],
    ['communitySecretary', 'open', null, true, [part('completed'), part('reportedIn')], []],
    ['gridSecretary', 'open', null, true, [part('completed')], []],
  ])('%s on a %s whistle (own part %j, own community %s) may: %j', (role, status, ownPart, ownCommunity, parts, actions) => {
    expect(availableWhistleActions(role, { status, parts, ownPart, ownCommunity })).toEqual(actions);
  });
});
