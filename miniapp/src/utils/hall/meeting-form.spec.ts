import type { MeetingDetail } from '@lingjuli/shared';
import {
  addAgendaItem,
  agendaItemError,
  agendaToSend,
  cancelBody,
  draftFromMeeting,
  emptyMeetingDraft,
  meetingBody,
  moveAgendaItem,
  removeAgendaItem,
  type MeetingDraft,
} from '@/utils/hall/meeting-form';

// 2026-03-02 10:00 in Beijing.
const NOW = new Date('2026-03-02T02:00:00Z');

const filled = (over: Partial<MeetingDraft> = {}): MeetingDraft => ({
  ...emptyMeetingDraft(),
  topic: ' 小区停车管理方案议事会 ',
  day: '2026-03-05',
  start: '14:30',
  end: '16:00',
  place: '社区居委会二楼议事厅',
  agenda: ['通报停车现状'],
  ...over,
});

describe('the meeting form', () => {
  it('sends the times in Beijing time with their offset, and only what the audience needs', () => {
    const checked = meetingBody(filled({ agendaInput: ' 讨论方案 ', capacity: '30' }), NOW);
    expect(checked).toEqual({
      ok: true,
      body: {
        topic: '小区停车管理方案议事会',
        startsAt: '2026-03-05T14:30:00+08:00',
        endsAt: '2026-03-05T16:00:00+08:00',
        place: '社区居委会二楼议事厅',
        agenda: ['通报停车现状', '讨论方案'],
        audience: 'community',
        capacity: 30,
      },
    });
    const buildings = meetingBody(filled({ audience: 'buildings', buildingIds: [3, 5, 3], invitedUserIds: [9] }), NOW);
    expect(buildings.ok && buildings.body).toMatchObject({ audience: 'buildings', buildingIds: [3, 5] });
    expect(buildings.ok && 'invitedUserIds' in buildings.body).toBe(false);
    const invited = meetingBody(filled({ audience: 'invited', invitedUserIds: [9], buildingIds: [3] }), NOW);
    expect(invited.ok && invited.body).toMatchObject({ audience: 'invited', invitedUserIds: [9] });
    expect(invited.ok && 'buildingIds' in invited.body).toBe(false);
  });

  it('says what is missing or wrong, field by field', () => {
    const checked = meetingBody({ ...emptyMeetingDraft(), start: '', end: '' }, NOW);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors).toEqual({
      topic: '请填写议题',
      place: '请填写地点',
      agenda: '请至少添加一项议程',
      day: '请选择日期',
    });
    const times = meetingBody(filled({ day: '2026-03-02', start: '09:00', end: '08:00' }), NOW);
    expect(!times.ok && times.errors).toEqual({ startsAt: '开始时间不能早于现在', endsAt: '结束时间应晚于开始时间' });
    const bad = meetingBody(filled({ day: '2026-02-30', capacity: '0' }), NOW);
    expect(!bad.ok && bad.errors).toMatchObject({ day: '日期格式应为 年-月-日，如 2026-03-02', capacity: expect.stringContaining('1到10000') });
    const audience = meetingBody(filled({ audience: 'buildings' }), NOW);
    expect(!audience.ok && audience.errors).toEqual({ buildingIds: '请选择参会的楼栋' });
    const nobody = meetingBody(filled({ audience: 'invited' }), NOW);
    expect(!nobody.ok && nobody.errors).toEqual({ invitedUserIds: '请选择参会人员（如居民代表）' });
    const longItem = meetingBody(filled({ agenda: ['好', '很'.repeat(201)] }), NOW);
    expect(!longItem.ok && longItem.errors).toEqual({ agenda: '第2项议程超过200个字' });
  });

  it('adds agenda items one by one, moves and removes them', () => {
    let d = filled({ agenda: [], agendaInput: '  通报现状 ' });
    d = addAgendaItem(d);
    expect(d.agenda).toEqual(['通报现状']);
    expect(d.agendaInput).toBe('');
    expect(addAgendaItem(d)).toBe(d);
    expect(agendaItemError('', 0)).toBe('请先填写这一项议程');
    expect(agendaItemError('一项', 20)).toBe('议程最多20项');
    d = addAgendaItem({ ...d, agendaInput: '讨论方案' });
    expect(moveAgendaItem(d, 1, -1).agenda).toEqual(['讨论方案', '通报现状']);
    expect(moveAgendaItem(d, 1, 1)).toBe(d);
    expect(removeAgendaItem(d, 0).agenda).toEqual(['讨论方案']);
    expect(agendaToSend({ agenda: ['一', ' '], agendaInput: ' 二 ' })).toEqual(['一', '二']);
  });

  it('fills the form from a scheduled meeting to change it', () => {
    const m = {
      topic: '议题',
      startsAt: '2026-03-05T06:30:00.000Z',
      endsAt: '2026-03-05T08:00:00.000Z',
      place: '议事厅',
      agenda: ['一'],
      audience: 'invited',
      buildings: [],
      invitees: [{ id: 9, name: '张三', role: 'resident' }],
      capacity: 40,
    } as unknown as MeetingDetail;
    expect(draftFromMeeting(m)).toMatchObject({ day: '2026-03-05', start: '14:30', end: '16:00', invitedUserIds: [9], capacity: '40', agendaInput: '' });
  });

  it('leaves a blank cancel reason out', () => {
    expect(cancelBody('  ')).toEqual({ ok: true, body: {} });
    expect(cancelBody(' 改期 ')).toEqual({ ok: true, body: { reason: '改期' } });
    expect(cancelBody('长'.repeat(201)).ok).toBe(false);
  });
});
