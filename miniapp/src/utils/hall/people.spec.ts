import type { AppealSummary, LiaisonInfo, MeetingParticipantInfo, ResidentHousehold } from '@lingjuli/shared';
import { appealChoices, attendanceCandidates, attendanceSummary, filterAppeals, filterPeople, participantLines, peopleChoices } from '@/utils/hall/people';

const household = (userId: number, displayName: string, label: string) => ({ userId, displayName, label }) as ResidentHousehold;
const liaison = (userId: number, name: string, active = true) => ({ userId, name, active }) as LiaisonInfo;
const participant = (id: number, name: string, over: Partial<MeetingParticipantInfo> = {}): MeetingParticipantInfo => ({
  user: { id, name, role: 'resident' },
  household: '3号楼 2单元 301室',
  signedUpAt: '2026-03-01T02:00:00Z',
  attendedAt: null,
  attendance: null,
  ...over,
});

describe('the people staff choose', () => {
  const people = peopleChoices(
    [household(2, '李四', '5号楼 1单元 101室'), household(1, '张三', '3号楼 2单元 301室'), household(4, '赵六', '10号楼 1单元 101室')],
    [liaison(3, '王五'), liaison(1, '张三'), liaison(5, '离任专员', false)],
  );

  it('lists residents by household, then the active liaisons, each person once', () => {
    expect(people).toEqual([
      { userId: 1, name: '张三', note: '3号楼 2单元 301室 · 民情专员' },
      { userId: 2, name: '李四', note: '5号楼 1单元 101室' },
      { userId: 4, name: '赵六', note: '10号楼 1单元 101室' },
      { userId: 3, name: '王五', note: '民情专员' },
    ]);
  });

  it('finds them by name or building', () => {
    expect(filterPeople(people, '李').map((p) => p.userId)).toEqual([2]);
    expect(filterPeople(people, '5号楼').map((p) => p.userId)).toEqual([2]);
    expect(filterPeople(people, ' ')).toHaveLength(4);
  });

  it('offers those signed up and not yet recorded first, never someone recorded already', () => {
    const sheet = [participant(2, '李四'), participant(1, '张三', { attendedAt: '2026-03-02T06:00:00Z', attendance: 'checkIn' })];
    expect(attendanceCandidates(sheet, people).map((p) => p.userId)).toEqual([2, 4, 3]);
    expect(attendanceCandidates(sheet, people)[0].note).toBe('3号楼 2单元 301室 · 已报名');
  });
});

describe('the sign-in sheet', () => {
  const sheet = [
    participant(1, '张三', { attendedAt: '2026-03-02T06:05:00Z', attendance: 'checkIn' }),
    participant(2, '李四'),
    participant(3, '王五', { signedUpAt: null, household: null, attendedAt: '2026-03-02T06:10:00Z', attendance: 'staff' }),
  ];

  it('says who signed up and how each came', () => {
    expect(participantLines(sheet).map((l) => l.state)).toEqual([
      '已报名 · 扫码签到 3月2日 14:05',
      '已报名 · 未到会',
      '未报名 · 工作人员登记到会 3月2日 14:10',
    ]);
    expect(participantLines(sheet)[2].household).toBe('未登记住址');
    expect(attendanceSummary(sheet)).toBe('报名2人 · 到会2人（其中未报名1人）');
    expect(attendanceSummary([])).toBe('报名0人 · 到会0人');
  });
});

describe('the appeals a decision answers', () => {
  const appeals = appealChoices([
    { id: 7, code: '20260302-00007', buildingName: '3号楼', category: 'other', summary: '楼下停车太乱' },
    { id: 8, code: '20260302-00008', buildingName: null, category: 'other', summary: '路灯不亮' },
  ] as AppealSummary[]);

  it('lists each by code, building, category and first words, found by code (with or without its dash) or words', () => {
    expect(appeals[0]).toEqual({ id: 7, code: '20260302-00007', line: '3号楼 · 其他 · 楼下停车太乱' });
    expect(filterAppeals(appeals, '2026030200008').map((a) => a.id)).toEqual([8]);
    expect(filterAppeals(appeals, '00007').map((a) => a.id)).toEqual([7]);
    expect(filterAppeals(appeals, '停车').map((a) => a.id)).toEqual([7]);
    expect(filterAppeals(appeals, '')).toHaveLength(2);
  });
});
