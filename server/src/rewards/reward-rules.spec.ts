import { ROLES, REWARD_STATUSES, type Role, type RewardStatus } from '@lingjuli/shared';
import { availableRewardActions, checkRewardMove } from './reward-rules';

describe('reward request moves', () => {
  const at = (status: RewardStatus, hasMeeting = true) => ({ status, hasMeeting });

  it('walks draft → awaitingApproval → approved → acknowledged, with a return and resubmission', () => {
    expect(checkRewardMove('communityStaff', 'submit', at('draft'))).toEqual({ ok: true, to: 'awaitingApproval' });
    expect(checkRewardMove('communitySecretary', 'return', at('awaitingApproval'))).toEqual({ ok: true, to: 'returned' });
    expect(checkRewardMove('communityStaff', 'recordMeeting', at('returned'))).toEqual({ ok: true, to: 'returned' });
    expect(checkRewardMove('communitySecretary', 'submit', at('returned'))).toEqual({ ok: true, to: 'awaitingApproval' });
    expect(checkRewardMove('communitySecretary', 'approve', at('awaitingApproval'))).toEqual({ ok: true, to: 'approved' });
    expect(checkRewardMove('streetAdmin', 'acknowledge', at('approved'))).toEqual({ ok: true, to: 'acknowledged' });
  });

  it('needs the meeting record to submit or approve, in any state', () => {
    for (const status of REWARD_STATUSES) {
      expect(checkRewardMove('communitySecretary', 'approve', at(status, false))).toEqual({ ok: false, reason: 'meeting' });
      expect(checkRewardMove('communityStaff', 'submit', at(status, false))).toEqual({ ok: false, reason: 'meeting' });
    }
  });

  it('leaves approval to the secretary and acknowledgement to the street', () => {
    const approvers = ROLES.filter((r) => checkRewardMove(r, 'approve', at('awaitingApproval')).ok);
    expect(approvers).toEqual(['communitySecretary']);
    const acknowledgers = ROLES.filter((r) => checkRewardMove(r, 'acknowledge', at('approved')).ok);
    expect(acknowledgers).toEqual(['streetAdmin']);
    expect(checkRewardMove('streetAdmin', 'acknowledge', at('awaitingApproval'))).toEqual({ ok: false, reason: 'status' });
  });

  it.each<[Role, RewardStatus, boolean, string[]]>([
    ['communityStaff', 'draft', false, ['recordMeeting']],
    ['communityStaff', 'draft', true, ['recordMeeting', 'submit']],
    ['communityStaff', 'awaitingApproval', true, []],
    ['communitySecretary', 'awaitingApproval', true, ['approve', 'return']],
    ['communitySecretary', 'approved', true, []],
    ['streetAdmin', 'approved', true, ['acknowledge']],
    ['streetAdmin', 'acknowledged', true, []],
    ['gridSecretary', 'awaitingApproval', true, []],
  ])('%s on a %s request (meeting %s) may: %j', (role, status, hasMeeting, actions) => {
    expect(availableRewardActions(role, at(status, hasMeeting))).toEqual(actions);
  });
});
