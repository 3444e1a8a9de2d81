import type { TrainingCourseDetail, VolunteerInfo } from '@lingjuli/shared';
import {
  attendanceBody,
  attendanceError,
  attendanceRows,
  courseCounts,
  courseLine,
  courseState,
  emptyTrainingDraft,
  trainingBody,
  type TrainingDraft,
} from '@/utils/volunteers/trainings';

const draft = (patch: Partial<TrainingDraft> = {}): TrainingDraft => ({
  ...emptyTrainingDraft(),
  title: ' 矛盾调解实务 ',
  day: '2026-03-10',
  start: '14:00',
  place: '社区二楼活动室',
  hours: '1.5',
  ...patch,
});

const volunteer = (userId: number, name: string, patch: Partial<VolunteerInfo> = {}): VolunteerInfo => ({
  userId,
  name,
  communityId: 3,
  kinds: ['liaison'],
  active: true,
  phone: null,
  birthYear: null,
  ageBand: 'unknown',
  workUnit: null,
  partyOrganisation: null,
  joinedAt: '2026-01-01T00:00:00.000Z',
  lastTrainedAt: null,
  ...patch,
});

describe('training courses', () => {
  it('sends a course at its Beijing time, trimmed', () => {
    expect(trainingBody(draft({ description: '  ' }))).toEqual({
      ok: true,
      body: { title: '矛盾调解实务', startsAt: '2026-03-10T14:00:00+08:00', place: '社区二楼活动室', hours: 1.5, audience: 'all' },
    });
    const r = trainingBody(draft({ description: ' 案例讲解 ', audience: 'liaison' }));
    expect(r.ok && r.body).toMatchObject({ description: '案例讲解', audience: 'liaison' });
  });

  it('says what is missing or wrong', () => {
    expect(trainingBody({ ...emptyTrainingDraft(), hours: '' })).toEqual({
      ok: false,
      errors: {
        title: '请填写培训主题',
        place: '请填写地点',
        hours: '培训时长须在0.5到24小时之间，以半小时为单位，如 1.5',
        day: '请选择培训日期',
      },
    });
    for (const hours of ['1.2', '0.25', '25', '一小时']) expect(trainingBody(draft({ hours })).ok).toBe(false);
    expect(trainingBody(draft({ hours: '2' })).ok).toBe(true);
    expect(trainingBody(draft({ day: '2026-02-30' }))).toMatchObject({ ok: false, errors: { day: expect.stringContaining('年-月-日') } });
    expect(trainingBody(draft({ start: '25:00' }))).toMatchObject({ ok: false, errors: { startsAt: expect.any(String) } });
  });

  it('writes a course in a line', () => {
    const course = { startsAt: '2026-03-10T06:00:00.000Z', place: '社区二楼', hours: 1.5, audience: 'all' as const, signUps: 5, attendance: 3 };
    expect(courseLine(course)).toBe('3月10日 14:00 · 社区二楼 · 1.5小时');
    expect(courseCounts(course, false)).toBe('面向全体志愿者 · 报名5人');
    expect(courseCounts(course, true)).toBe('面向全体志愿者 · 报名5人 · 到场3人');
  });

  it('says her place in a course', () => {
    const now = new Date('2026-03-10T05:00:00.000Z');
    const course = { startsAt: '2026-03-10T06:00:00.000Z', signedUp: false, attended: false };
    expect(courseState(course, now)).toBe('open');
    expect(courseState({ ...course, signedUp: true }, now)).toBe('signedUp');
    expect(courseState(course, new Date('2026-03-10T06:00:00.000Z'))).toBe('started');
    expect(courseState({ ...course, attended: true }, now)).toBe('attended');
  });

  it('lists those signed up first, then the community’s other volunteers the course is for', () => {
    const course: Pick<TrainingCourseDetail, 'audience' | 'participants'> = {
      audience: 'liaison',
      participants: [
        { userId: 9, name: '赵建国', signedUpAt: '2026-03-01T00:00:00.000Z', attendedAt: null },
        { userId: 4, name: '李卫东', signedUpAt: null, attendedAt: '2026-03-10T07:00:00.000Z' },
      ],
    };
    const roster = [volunteer(9, '赵建国'), volunteer(5, '王秀英'), volunteer(6, '孙丽', { kinds: ['partyMember'] }), volunteer(7, '周强', { active: false })];
    const rows = attendanceRows(course, roster);
    expect(rows.map((r) => [r.userId, r.note])).toEqual([
      [9, '已报名'],
      [4, '未报名 · 已到场'],
      [5, '未报名'],
    ]);
  });

  it('records only the newly ticked, and needs one at least', () => {
    const rows = attendanceRows({ audience: 'all', participants: [{ userId: 4, name: '李', signedUpAt: null, attendedAt: '2026-03-10T07:00:00.000Z' }] }, []);
    expect(attendanceBody([4, 5, 5], rows)).toEqual({ ok: true, body: { userIds: [5] } });
    expect(attendanceBody([4], rows)).toEqual({ ok: false, errors: { userIds: '请勾选到场的志愿者' } });
  });

  it('names the one the server refused', () => {
    const messages: Record<string, string> = { 'userIds.1': '须为本社区在册的志愿者（民情专员或双报到党员）' };
    const names = new Map([
      [4, '李卫东'],
      [8, '陈某'],
    ]);
    expect(attendanceError((f) => messages[f], [4, 8], names)).toBe('陈某：须为本社区在册的志愿者（民情专员或双报到党员）');
    expect(attendanceError(() => undefined, [4], names)).toBeUndefined();
  });
});
