import type { VolunteerApplicationInfo } from '@lingjuli/shared';
import { applicationStateView, hallVolunteerCard, inviteLine, isVolunteer, kindChoices, latestByKind, volunteerRefusal } from '@/utils/volunteers/applications';

const NOW = new Date('2026-03-10T06:00:00Z');

const app = (patch: Partial<VolunteerApplicationInfo> = {}): VolunteerApplicationInfo => ({
  id: 1,
  kind: 'liaison',
  status: 'pending',
  applicantId: 7,
  communityId: 3,
  communityName: '测试甲社区',
  name: '王秀英',
  phone: '139****2222',
  birthYear: 1958,
  ageBand: 'from60to69',
  offers: ['patrol'],
  times: ['weekend'],
  timesNote: null,
  workUnit: null,
  partyOrganisation: null,
  appliedAt: '2026-03-01T02:00:00.000Z',
  decidedAt: null,
  decidedBy: null,
  declineReason: null,
  actions: ['withdraw'],
  ...patch,
});

describe('her volunteer applications', () => {
  it('says where each stands, with the reason of a decline', () => {
    expect(applicationStateView(app())).toMatchObject({ tone: 'warning', title: '您的民情专员申请正在审核' });
    expect(applicationStateView(app()).note).toContain('3月1日 10:00提交给测试甲社区');
    expect(applicationStateView(app({ status: 'accepted' }))).toMatchObject({ tone: 'ok', title: '您已成为民情专员' });
    expect(applicationStateView(app({ kind: 'partyMember', status: 'accepted' }))).toMatchObject({ title: '您的双报到登记已通过' });
    expect(applicationStateView(app({ status: 'declined', declineReason: '请补充证明' }))).toEqual({
      tone: 'danger',
      title: '您的民情专员申请未通过',
      note: '测试甲社区：请补充证明',
    });
    expect(applicationStateView(app({ status: 'withdrawn' })).title).toBe('您已撤回民情专员申请');
  });

  it('takes the latest of each kind', () => {
    const older = app({ id: 1, status: 'declined', appliedAt: '2026-02-01T00:00:00.000Z' });
    const newer = app({ id: 2, appliedAt: '2026-03-01T00:00:00.000Z' });
    const party = app({ id: 3, kind: 'partyMember', status: 'accepted' });
    expect(latestByKind([older, party, newer])).toEqual({ liaison: newer, partyMember: party });
  });

  it('closes a kind she serves in or waits for, and opens the others', () => {
    expect(kindChoices('resident', [])).toEqual([
      { kind: 'liaison', open: true },
      { kind: 'partyMember', open: true },
    ]);
    expect(kindChoices('liaison', [])).toEqual([
      { kind: 'liaison', open: false, reason: '您已是民情专员' },
      { kind: 'partyMember', open: true },
    ]);
    expect(kindChoices('resident', [app()])[0]).toEqual({ kind: 'liaison', open: false, reason: '申请正在审核' });
    expect(kindChoices('resident', [app({ kind: 'partyMember', status: 'accepted' })])[1]).toMatchObject({ open: false, reason: '您已登记双报到' });
    // Declined or withdrawn: she may try again.
    expect(kindChoices('resident', [app({ status: 'declined' })])[0].open).toBe(true);
    expect(isVolunteer('resident', [app({ kind: 'partyMember', status: 'accepted' })])).toBe(true);
    expect(isVolunteer('resident', [app()])).toBe(false);
    expect(isVolunteer('liaison', [])).toBe(true);
  });

  it('shows on the hall’s landing the waiting one, a recent decision, an invitation, or nothing', () => {
    expect(hallVolunteerCard('resident', [], NOW)).toEqual({ kind: 'invite', open: ['liaison', 'partyMember'] });
    expect(hallVolunteerCard('resident', [app()], NOW)).toMatchObject({ kind: 'application', application: { id: 1 } });
    const decided = app({ status: 'declined', decidedAt: '2026-03-05T00:00:00.000Z' });
    expect(hallVolunteerCard('resident', [decided], NOW)).toMatchObject({ kind: 'application', view: { tone: 'danger' } });
    const longAgo = app({ status: 'declined', decidedAt: '2026-01-05T00:00:00.000Z' });
    expect(hallVolunteerCard('resident', [longAgo], NOW)).toEqual({ kind: 'invite', open: ['liaison', 'partyMember'] });
    const party = app({ id: 4, kind: 'partyMember', status: 'accepted', decidedAt: '2025-12-01T00:00:00.000Z' });
    expect(hallVolunteerCard('liaison', [party], NOW)).toBeNull();
    expect(hallVolunteerCard('liaison', [], NOW)).toEqual({ kind: 'invite', open: ['partyMember'] });
  });

  it('invites by what she may still apply for', () => {
    expect(inviteLine(['liaison', 'partyMember'])).toContain('民情专员');
    expect(inviteLine(['partyMember'])).toContain('双报到');
    expect(inviteLine(['liaison'])).not.toContain('双报到');
  });

  it('turns refusals into sentences', () => {
    expect(volunteerRefusal({ code: 'VOLUNTEER_APPLICATION_PENDING', message: '' })).toMatchObject({ reload: true });
    expect(volunteerRefusal({ code: 'ALREADY_VOLUNTEER', message: '您已是民情专员' }).message).toBe('您已是民情专员，不用再申请了。');
    expect(volunteerRefusal({ code: 'NETWORK', message: '' })).toMatchObject({ reload: false });
    expect(volunteerRefusal({ code: 'SOMETHING_ELSE', message: '服务器的话' })).toEqual({ message: '服务器的话', reload: false });
  });
});
