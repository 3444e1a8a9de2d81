import type { AppealDetail, InboxMessage, MeetingCheckInCode, MeetingDetail, MeetingParticipantInfo, MeetingSummary, Role } from '@lingjuli/shared';
import { AppealEvent } from '../appeals/entities/appeal-event.entity';
import { TokenService } from '../auth/token.service';
import { NotificationOutbox } from '../notifications/notification-outbox.entity';
import type { FixtureUser } from '../testing/fixtures';
import { createTestApp, type AuthedAgent, type TestApp } from '../testing/test-app';
import { Scheduler } from '../timers/scheduler.service';
import { User } from '../users/user.entity';
import { MeetingAttendance } from './entities/meeting-attendance.entity';
import { MeetingSignUp } from './entities/meeting-sign-up.entity';
import { Meeting } from './entities/meeting.entity';
import { MeetingsService } from './meetings.service';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Residents' meetings (议事会) of the deliberation hall, over real HTTP and a real database. */
describe('residents’ meetings (议事会)', () => {
  let t: TestApp;
  let key = 0;
  /** A resident of community A who has not stated her household. */
  let unstated: AuthedAgent;
  let unstatedId: number;

  beforeAll(async () => {
    t = await createTestApp();
    const { a1, a2, b1 } = t.fixtures.buildings;
    // residentA lives in 甲1号楼, residentA2 in 甲2号楼, residentB in community B; the liaison states none.
    await t.as('residentA').put('/api/me/household').send({ buildingId: a1.id, unit: '1', room: '101' }).expect(200);
    await t.as('residentA2').put('/api/me/household').send({ buildingId: a2.id, unit: '2', room: '201' }).expect(200);
    await t.as('residentB').put('/api/me/household').send({ buildingId: b1.id, unit: '1', room: '101' }).expect(200);
    const user = await t.dataSource.getRepository(User).save({
      role: 'resident',
      displayName: '未登记住址的居民',
      communityId: t.fixtures.communities.a.id,
      active: true,
      createdAt: t.clock.now(),
    });
    unstatedId = user.id;
    unstated = agent(user.id, 'resident');
  });
  afterAll(() => t.close());

  const agent = (userId: number, role: Role): AuthedAgent => {
    const auth = `Bearer ${t.app.get(TokenService).issue(userId, role).token}`;
    return {
      get: (url) => t.http.get(url).set('Authorization', auth),
      post: (url) => t.http.post(url).set('Authorization', auth),
      put: (url) => t.http.put(url).set('Authorization', auth),
      patch: (url) => t.http.patch(url).set('Authorization', auth),
      delete: (url) => t.http.delete(url).set('Authorization', auth),
    };
  };
  /** An instant so many hours from the test clock's now, with Beijing's offset as a client sends it. */
  const inHours = (hours: number) => beijing(new Date(t.clock.now().getTime() + hours * HOUR));
  const beijing = (at: Date) => new Date(at.getTime() + 8 * HOUR).toISOString().replace('Z', '+08:00');

  const meetingBody = (extra: Record<string, unknown> = {}) => ({
    topic: '小区停车管理方案议事会',
    startsAt: inHours(48),
    endsAt: inHours(50),
    place: '社区居委会二楼议事厅',
    agenda: ['  通报停车现状  ', '讨论两个方案', '表决'],
    audience: 'community',
    ...extra,
  });
  const schedule = async (extra: Record<string, unknown> = {}, who: FixtureUser = 'staffA'): Promise<MeetingDetail> =>
    (await t.as(who).post('/api/meetings').send(meetingBody(extra)).expect(201)).body;
  const list = async (who: FixtureUser, query = ''): Promise<MeetingSummary[]> => (await t.as(who).get(`/api/meetings${query}`).expect(200)).body;
  const file = async (who: FixtureUser, community: 'a' | 'b', buildingId: number): Promise<AppealDetail> =>
    (
      await t
        .as(who)
        .post('/api/appeals')
        .set('Idempotency-Key', `meeting-appeal-${++key}`)
        .send({ channel: 'online', content: '小区里乱停车，消防通道被堵', category: 'other', communityId: t.fixtures.communities[community].id, buildingId })
        .expect(201)
    ).body;
  const outbox = (kind: string) =>
    t.dataSource.getRepository(NotificationOutbox).find({ where: { kind: kind as NotificationOutbox['kind'] }, order: { id: 'ASC' } });
  const inbox = async (who: FixtureUser): Promise<InboxMessage[]> => (await t.as(who).get('/api/notifications').expect(200)).body;

  describe('scheduling', () => {
    it('schedules a meeting of the caller’s community with a random check-in code only staff get', async () => {
      const { a } = t.fixtures.communities;
      const meeting = await schedule({ capacity: 30 });
      expect(meeting).toMatchObject({
        communityId: a.id,
        communityName: '测试甲社区',
        topic: '小区停车管理方案议事会',
        place: '社区居委会二楼议事厅',
        agenda: ['通报停车现状', '讨论两个方案', '表决'],
        audience: 'community',
        buildings: [],
        capacity: 30,
        signUps: 0,
        status: 'scheduled',
        phase: 'upcoming',
        minutesState: 'none',
        minutes: null,
        decisions: [],
        invitees: [],
        attendance: 0,
        createdBy: { id: t.fixtures.users.staffA.id, role: 'communityStaff' },
        startsAt: new Date(t.clock.now().getTime() + 48 * HOUR).toISOString(),
        checkInOpensAt: new Date(t.clock.now().getTime() + 47 * HOUR).toISOString(),
        checkInClosesAt: new Date(t.clock.now().getTime() + 50 * HOUR).toISOString(),
      });
      expect(meeting).not.toHaveProperty('checkInCode');

      const code: MeetingCheckInCode = (await t.as('secretaryA').get(`/api/meetings/${meeting.id}/check-in-code`).expect(200)).body;
      expect(code.code).toMatch(/^[A-Za-z0-9_-]{24}$/);
      expect(code.payload).toBe(`lingjuli-meeting:${meeting.id}:${code.code}`);
      const other = await schedule();
      const otherCode = (await t.as('staffA').get(`/api/meetings/${other.id}/check-in-code`).expect(200)).body.code;
      expect(otherCode).not.toBe(code.code);
      // Nobody but the community's staff gets the code.
      for (const who of ['residentA', 'liaisonA', 'gridSecretary1', 'streetAdmin'] as const)
        await t.as(who).get(`/api/meetings/${meeting.id}/check-in-code`).expect(403);
      await t.as('staffB').get(`/api/meetings/${meeting.id}/check-in-code`).expect(404);
    });

    it('refuses a meeting in the past, ending before it starts, too long, or for another community’s buildings and people (400 on the field)', async () => {
      const { a1, b1 } = t.fixtures.buildings;
      const { residentB, staffA2, residentA, liaisonA } = t.fixtures.users;
      const meetings = () => t.dataSource.getRepository(Meeting).count();
      const count = await meetings();
      const refused = async (extra: Record<string, unknown>, field: string) => {
        const res = await t.as('staffA').post('/api/meetings').send(meetingBody(extra)).expect(400);
        expect(res.body.details[0].field).toBe(field);
        return res.body.message as string;
      };
      expect(await refused({ startsAt: inHours(-1), endsAt: inHours(1) }, 'startsAt')).toContain('开始时间不能早于现在');
      expect(await refused({ startsAt: inHours(5), endsAt: inHours(5) }, 'endsAt')).toContain('结束时间应晚于开始时间');
      expect(await refused({ startsAt: inHours(5), endsAt: inHours(30) }, 'endsAt')).toContain('24小时');
      await refused({ startsAt: '2026-03-10T19:00:00' }, 'startsAt');
      await refused({ agenda: [] }, 'agenda');
      await refused({ agenda: ['  '] }, 'agenda');
      await refused({ audience: 'everyone' }, 'audience');
      await refused({ capacity: 0 }, 'capacity');
      await refused({ audience: 'buildings' }, 'buildingIds');
      expect(await refused({ audience: 'buildings', buildingIds: [a1.id, b1.id] }, 'buildingIds.1')).toContain('不属于本社区');
      await refused({ audience: 'community', buildingIds: [a1.id] }, 'buildingIds');
      await refused({ audience: 'invited' }, 'invitedUserIds');
      // Staff, a resident of another community, someone without a stated household: not residents' representatives of A.
      expect(await refused({ audience: 'invited', invitedUserIds: [residentA.id, staffA2.id] }, 'invitedUserIds.1')).toContain('本社区');
      await refused({ audience: 'invited', invitedUserIds: [liaisonA.id, residentB.id] }, 'invitedUserIds.1');
      await refused({ audience: 'invited', invitedUserIds: [unstatedId] }, 'invitedUserIds.0');
      expect(await meetings()).toBe(count);
    });

    it('lets only community staff schedule, in their own community', async () => {
      for (const who of ['residentA', 'liaisonA', 'gridSecretary1', 'commandCenter', 'deptParks', 'streetAdmin'] as const) {
        await t.as(who).post('/api/meetings').send(meetingBody()).expect(403);
      }
      const b = await schedule({}, 'staffB');
      expect(b.communityId).toBe(t.fixtures.communities.b.id);
      await t.as('staffA').get(`/api/meetings/${b.id}`).expect(404);
      await t.as('staffA').put(`/api/meetings/${b.id}`).send(meetingBody()).expect(404);
      await t.as('staffA').post(`/api/meetings/${b.id}/cancel`).send({}).expect(404);
    });
  });

  describe('who sees a meeting', () => {
    let all: MeetingDetail;
    let building1: MeetingDetail;
    let building2: MeetingDetail;
    let invited: MeetingDetail;

    beforeAll(async () => {
      const { a1, a2 } = t.fixtures.buildings;
      all = await schedule({ topic: '全体居民议事会' });
      building1 = await schedule({ topic: '甲1号楼加装电梯议事会', audience: 'buildings', buildingIds: [a1.id] });
      building2 = await schedule({ topic: '甲2号楼议事会', audience: 'buildings', buildingIds: [a2.id] });
      invited = await schedule({
        topic: '居民代表议事会',
        audience: 'invited',
        invitedUserIds: [t.fixtures.users.residentA2.id, t.fixtures.users.liaisonA.id],
      });
    });
    const ids = (meetings: MeetingSummary[]) => meetings.map((m) => m.id);

    it('shows a resident her community’s meetings whose audience includes her, and nothing else (404)', async () => {
      const a = ids(await list('residentA'));
      expect(a).toEqual(expect.arrayContaining([all.id, building1.id]));
      expect(a).not.toEqual(expect.arrayContaining([building2.id]));
      expect(a).not.toContain(invited.id);
      await t.as('residentA').get(`/api/meetings/${building2.id}`).expect(404);
      await t.as('residentA').get(`/api/meetings/${invited.id}`).expect(404);
      const seen = (await t.as('residentA').get(`/api/meetings/${building1.id}`).expect(200)).body as MeetingDetail;
      expect(seen).toMatchObject({ buildings: [{ id: t.fixtures.buildings.a1.id, name: '甲1号楼' }], invitees: null, attendance: null, createdBy: null });

      const a2 = ids(await list('residentA2'));
      expect(a2).toEqual(expect.arrayContaining([all.id, building2.id, invited.id]));
      expect(a2).not.toContain(building1.id);
    });

    it('counts a liaison in her community’s meetings and those she is invited to', async () => {
      const seen = ids(await list('liaisonA'));
      expect(seen).toEqual(expect.arrayContaining([all.id, invited.id]));
      expect(seen).not.toContain(building1.id);
    });

    it('is 404 to a resident of another community, whatever the meeting', async () => {
      expect(ids(await list('residentB'))).not.toEqual(expect.arrayContaining([all.id]));
      for (const m of [all, building1, invited]) {
        const res = await t.as('residentB').get(`/api/meetings/${m.id}`).expect(404);
        expect(res.body).toMatchObject({ code: 'MEETING_NOT_FOUND', message: '找不到该议事会' });
        await t.as('residentB').post(`/api/meetings/${m.id}/sign-up`).expect(404);
      }
    });

    it('asks a resident without a stated household to state it first (409), before looking at any meeting', async () => {
      for (const res of [
        await unstated.get('/api/meetings').expect(409),
        await unstated.get(`/api/meetings/${all.id}`).expect(409),
        await unstated.get('/api/meetings/999999').expect(409),
        await unstated.post(`/api/meetings/${all.id}/sign-up`).expect(409),
        await unstated
          .post(`/api/meetings/${all.id}/check-in`)
          .send({ code: 'x'.repeat(24) })
          .expect(409),
      ]) {
        expect(res.body).toMatchObject({ code: 'HOUSEHOLD_REQUIRED', message: expect.stringContaining('请先登记您的住址') });
      }
      expect(await t.dataSource.getRepository(MeetingSignUp).countBy({ userId: unstatedId })).toBe(0);
    });

    it('shows staff their community’s, the grid its communities’, the street all; departments nothing', async () => {
      expect(ids(await list('staffA'))).toEqual(expect.arrayContaining([all.id, building1.id, building2.id, invited.id]));
      expect(ids(await list('staffB'))).not.toContain(all.id);
      expect(ids(await list('gridSecretary1'))).toContain(all.id);
      expect(ids(await list('gridSecretary2'))).not.toContain(all.id);
      await t.as('gridSecretary2').get(`/api/meetings/${all.id}`).expect(404);
      expect(ids(await list('streetAdmin', `?communityId=${t.fixtures.communities.a.id}`))).toContain(invited.id);
      expect(ids(await list('streetAdmin', `?communityId=${t.fixtures.communities.b.id}`))).not.toContain(invited.id);
      const staffView = (await t.as('staffA').get(`/api/meetings/${invited.id}`).expect(200)).body as MeetingDetail;
      expect(staffView.invitees!.map((p) => p.id).sort()).toEqual([t.fixtures.users.residentA2.id, t.fixtures.users.liaisonA.id].sort());
      await t.as('deptParks').get('/api/meetings').expect(403);
      expect(((await t.as('commandCenter').get(`/api/meetings/${all.id}`).expect(200)).body as MeetingDetail).id).toBe(all.id);
    });
  });

  describe('signing up', () => {
    it('signs her up before the start, once, within the limit; she may withdraw; staff see who signed up', async () => {
      const meeting = await schedule({ topic: '限额议事会', capacity: 1 });
      const signed = (await t.as('residentA').post(`/api/meetings/${meeting.id}/sign-up`).expect(200)).body as MeetingDetail;
      expect(signed).toMatchObject({ signUps: 1, signedUpByMe: true, attendedByMe: false });
      // Again: nothing changes.
      expect((await t.as('residentA').post(`/api/meetings/${meeting.id}/sign-up`).expect(200)).body).toMatchObject({ signUps: 1 });
      const full = await t.as('residentA2').post(`/api/meetings/${meeting.id}/sign-up`).expect(409);
      expect(full.body).toMatchObject({ code: 'MEETING_FULL', message: '报名人数已满（1人）' });

      const sheet: MeetingParticipantInfo[] = (await t.as('secretaryA').get(`/api/meetings/${meeting.id}/participants`).expect(200)).body;
      expect(sheet).toEqual([
        {
          user: { id: t.fixtures.users.residentA.id, name: 'residentA', role: 'resident' },
          household: '甲1号楼 1单元 101室',
          signedUpAt: t.clock.now().toISOString(),
          attendedAt: null,
          attendance: null,
        },
      ]);
      for (const who of ['residentA', 'gridSecretary1', 'streetAdmin'] as const) await t.as(who).get(`/api/meetings/${meeting.id}/participants`).expect(403);
      await t.as('staffB').get(`/api/meetings/${meeting.id}/participants`).expect(404);

      expect((await t.as('residentA').delete(`/api/meetings/${meeting.id}/sign-up`).expect(200)).body).toMatchObject({ signUps: 0, signedUpByMe: false });
      await t.as('residentA2').post(`/api/meetings/${meeting.id}/sign-up`).expect(200);
      await t.as('liaisonA').post(`/api/meetings/${meeting.id}/sign-up`).expect(409);
      // Staff do not sign up.
      await t.as('staffA').post(`/api/meetings/${meeting.id}/sign-up`).expect(403);
    });

    it('refuses signing up or withdrawing once the meeting has started (409)', async () => {
      const meeting = await schedule({ topic: '即将开始的议事会', startsAt: inHours(1), endsAt: inHours(2) });
      await t.as('residentA').post(`/api/meetings/${meeting.id}/sign-up`).expect(200);
      t.clock.advance(HOUR);
      const late = await t.as('residentA2').post(`/api/meetings/${meeting.id}/sign-up`).expect(409);
      expect(late.body).toMatchObject({ code: 'MEETING_STARTED', message: '议事会已开始，报名已截止' });
      const withdraw = await t.as('residentA').delete(`/api/meetings/${meeting.id}/sign-up`).expect(409);
      expect(withdraw.body.code).toBe('MEETING_STARTED');
      expect(await t.dataSource.getRepository(MeetingSignUp).countBy({ meetingId: meeting.id })).toBe(1);
    });
  });

  describe('changing and cancelling', () => {
    it('tells those signed up when the time or place moves, and drops sign-ups the new audience leaves out', async () => {
      const { a1 } = t.fixtures.buildings;
      const meeting = await schedule({ topic: '楼道改造议事会' });
      await t.as('residentA').post(`/api/meetings/${meeting.id}/sign-up`).expect(200);
      await t.as('residentA2').post(`/api/meetings/${meeting.id}/sign-up`).expect(200);
      // Only 甲1号楼 now, an hour later: residentA2 (甲2号楼) is no longer invited.
      const changed = (
        await t
          .as('secretaryA')
          .put(`/api/meetings/${meeting.id}`)
          .send(meetingBody({ topic: '楼道改造议事会', startsAt: inHours(49), endsAt: inHours(51), audience: 'buildings', buildingIds: [a1.id] }))
          .expect(200)
      ).body as MeetingDetail;
      expect(changed).toMatchObject({ audience: 'buildings', signUps: 1 });
      await t.as('residentA2').get(`/api/meetings/${meeting.id}`).expect(404);
      const told = (await outbox('meetingChanged')).filter((n) => n.subjectId === meeting.id);
      expect(told.map((n) => n.recipientId)).toEqual([t.fixtures.users.residentA.id]);
      expect(told[0]).toMatchObject({ title: '议事会时间或地点有变', subjectType: 'meeting' });
      // A change that moves nothing tells nobody.
      await t
        .as('staffA')
        .put(`/api/meetings/${meeting.id}`)
        .send(meetingBody({ topic: '楼道改造议事会（二）', startsAt: inHours(49), endsAt: inHours(51), audience: 'buildings', buildingIds: [a1.id] }))
        .expect(200);
      expect((await outbox('meetingChanged')).filter((n) => n.subjectId === meeting.id)).toHaveLength(1);
      // The limit cannot fall below the sign-ups.
      await t
        .as('staffA')
        .put(`/api/meetings/${meeting.id}`)
        .send(meetingBody({ capacity: 2 }))
        .expect(200);
      await t.as('residentA2').post(`/api/meetings/${meeting.id}/sign-up`).expect(200);
      const below = await t
        .as('staffA')
        .put(`/api/meetings/${meeting.id}`)
        .send(meetingBody({ capacity: 1 }))
        .expect(400);
      expect(below.body.details[0]).toMatchObject({ field: 'capacity', message: '已有2人报名，人数上限不能少于2' });
      expect(await t.dataSource.getRepository(Meeting).findOneByOrFail({ id: meeting.id })).toMatchObject({ capacity: 2 });
    });

    it('cancels before the start and tells those signed up; after the start neither change nor cancel (409)', async () => {
      const meeting = await schedule({ topic: '将取消的议事会' });
      await t.as('residentA').post(`/api/meetings/${meeting.id}/sign-up`).expect(200);
      const cancelled = (await t.as('staffA').post(`/api/meetings/${meeting.id}/cancel`).send({ reason: '  遇雨改期  ' }).expect(200)).body as MeetingDetail;
      expect(cancelled).toMatchObject({ status: 'cancelled', phase: 'cancelled', cancelReason: '遇雨改期', cancelledAt: t.clock.now().toISOString() });
      const told = (await outbox('meetingCancelled')).filter((n) => n.subjectId === meeting.id);
      expect(told.map((n) => n.recipientId)).toEqual([t.fixtures.users.residentA.id]);
      expect(told[0].body).toContain('「将取消的议事会」已取消：遇雨改期');
      await t.as('staffA').post(`/api/meetings/${meeting.id}/cancel`).send({}).expect(409);
      expect((await t.as('residentA2').post(`/api/meetings/${meeting.id}/sign-up`).expect(409)).body.code).toBe('MEETING_CANCELLED');
      expect((await t.as('staffA').put(`/api/meetings/${meeting.id}`).send(meetingBody()).expect(409)).body.code).toBe('MEETING_CANCELLED');
      // Residents still see it, cancelled.
      expect((await list('residentA')).find((m) => m.id === meeting.id)).toMatchObject({ phase: 'cancelled' });

      const started = await schedule({ topic: '已开始的议事会', startsAt: inHours(1), endsAt: inHours(3) });
      t.clock.advance(HOUR);
      const change = await t.as('staffA').put(`/api/meetings/${started.id}`).send(meetingBody()).expect(409);
      expect(change.body).toMatchObject({ code: 'MEETING_STARTED', message: '议事会已开始，不能再修改' });
      expect((await t.as('staffA').post(`/api/meetings/${started.id}/cancel`).send({}).expect(409)).body.code).toBe('MEETING_STARTED');
    });
  });

  describe('attendance', () => {
    let meeting: MeetingDetail;
    let code: string;

    beforeAll(async () => {
      meeting = await schedule({ topic: '签到议事会', startsAt: inHours(3), endsAt: inHours(5) });
      code = (await t.as('staffA').get(`/api/meetings/${meeting.id}/check-in-code`).expect(200)).body.code;
      await t.as('residentA').post(`/api/meetings/${meeting.id}/sign-up`).expect(200);
    });
    const checkIn = (who: FixtureUser, body: object) => t.as(who).post(`/api/meetings/${meeting.id}/check-in`).send(body);

    it('refuses a wrong code (404) and a check-in outside the window (409), from 60 minutes before the start to the end', async () => {
      const wrong = await checkIn('residentA', { code: code.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) }).expect(404);
      expect(wrong.body).toMatchObject({ code: 'CHECK_IN_CODE_INVALID', message: expect.stringContaining('签到码无效') });
      await checkIn('residentA', { code: 'short' }).expect(404);
      await checkIn('residentA', {}).expect(400);

      t.clock.advance(2 * HOUR - 1);
      const early = await checkIn('residentA', { code }).expect(409);
      expect(early.body).toMatchObject({ code: 'CHECK_IN_NOT_OPEN', message: expect.stringContaining('开始前60分钟起可扫码签到') });
      const staffEarly = await t
        .as('staffA')
        .post(`/api/meetings/${meeting.id}/attendance`)
        .send({ userIds: [t.fixtures.users.residentA2.id] })
        .expect(409);
      expect(staffEarly.body.code).toBe('CHECK_IN_NOT_OPEN');
      expect(await t.dataSource.getRepository(MeetingAttendance).countBy({ meetingId: meeting.id })).toBe(0);
    });

    it('checks her in at the door, signed up or not, once; another community’s resident with the right code is 404', async () => {
      t.clock.advance(1);
      const done = (await checkIn('residentA', { code: ` ${code} ` }).expect(200)).body as MeetingDetail;
      expect(done).toMatchObject({ signedUpByMe: true, attendedByMe: true });
      await checkIn('residentA', { code }).expect(200);
      // Not signed up: attendance counts all the same.
      expect((await checkIn('liaisonA', { code }).expect(200)).body).toMatchObject({ signedUpByMe: false, attendedByMe: true });
      expect((await checkIn('residentB', { code }).expect(404)).body.code).toBe('MEETING_NOT_FOUND');
      await checkIn('staffA', { code }).expect(403);
    });

    it('lets staff record people present (idempotent), take one back, and refuses someone of another community (400)', async () => {
      const { residentA, residentA2, residentB, staffA } = t.fixtures.users;
      const bad = await t
        .as('staffA')
        .post(`/api/meetings/${meeting.id}/attendance`)
        .send({ userIds: [residentA2.id, residentB.id] })
        .expect(400);
      expect(bad.body.details[0]).toMatchObject({ field: 'userIds.1' });
      await t
        .as('staffA')
        .post(`/api/meetings/${meeting.id}/attendance`)
        .send({ userIds: [staffA.id] })
        .expect(400);
      await t
        .as('staffA')
        .post(`/api/meetings/${meeting.id}/attendance`)
        .send({ userIds: [unstatedId] })
        .expect(400);

      t.clock.advance(3 * HOUR + 1); // after the end: staff still enter the paper list
      const sheet: MeetingParticipantInfo[] = (
        await t
          .as('staffA')
          .post(`/api/meetings/${meeting.id}/attendance`)
          .send({ userIds: [residentA2.id, residentA.id] })
          .expect(200)
      ).body;
      await t
        .as('staffA')
        .post(`/api/meetings/${meeting.id}/attendance`)
        .send({ userIds: [residentA2.id] })
        .expect(200);
      const byUser = Object.fromEntries(sheet.map((p) => [p.user.id, p]));
      expect(byUser[residentA.id]).toMatchObject({ attendance: 'checkIn', household: '甲1号楼 1单元 101室' });
      expect(byUser[residentA.id].signedUpAt).not.toBeNull();
      expect(byUser[residentA2.id]).toMatchObject({ attendance: 'staff', signedUpAt: null, household: '甲2号楼 2单元 201室' });
      expect(await t.dataSource.getRepository(MeetingAttendance).findOneBy({ meetingId: meeting.id, userId: residentA2.id })).toMatchObject({
        recordedById: staffA.id,
      });
      expect(sheet).toHaveLength(3);

      const late = await checkIn('residentA2', { code }).expect(409);
      expect(late.body).toMatchObject({ code: 'CHECK_IN_CLOSED', message: '议事会已结束，签到已关闭' });

      await t.as('staffA').delete(`/api/meetings/${meeting.id}/attendance/${t.fixtures.users.liaisonA.id}`).expect(204);
      await t.as('staffA').delete(`/api/meetings/${meeting.id}/attendance/${t.fixtures.users.liaisonA.id}`).expect(204);
      await t.as('staffB').delete(`/api/meetings/${meeting.id}/attendance/${residentA.id}`).expect(404);
      expect((await t.as('staffA').get(`/api/meetings/${meeting.id}`).expect(200)).body).toMatchObject({ attendance: 2 });
    });
  });

  describe('minutes and decisions', () => {
    let meeting: MeetingDetail;
    let parking: AppealDetail;
    let noise: AppealDetail;
    let otherCommunity: AppealDetail;

    beforeAll(async () => {
      const { a1, b1 } = t.fixtures.buildings;
      parking = await file('residentA', 'a', a1.id);
      // residentA2 says "me too" on it.
      await t.as('residentA2').post(`/api/appeals/${parking.id}/support`).send({ buildingId: a1.id, category: parking.category }).expect(200);
      noise = await file('staffA', 'a', a1.id);
      otherCommunity = await file('residentB', 'b', b1.id);
      meeting = await schedule({ topic: '小区停车管理方案', startsAt: inHours(2), endsAt: inHours(4) });
    });
    const minutesBody = (extra: Record<string, unknown> = {}) => ({
      minutes: '  到会居民32人。通报了小区停车现状，讨论了两个方案。  ',
      decisions: [
        { text: '采用方案二：东侧空地施划30个车位，按户抽签。联系人王芳13812345678', adopted: true, appealIds: [parking.id] },
        { text: '继续征求意见：夜间施工噪音问题另行议定', appealIds: [noise.id] },
      ],
      ...extra,
    });
    const save = (who: FixtureUser, body: object) => t.as(who).put(`/api/meetings/${meeting.id}/minutes`).send(body);

    it('takes drafts only once the meeting has started, keeps them from residents, and refuses another community’s appeal (400)', async () => {
      const early = await save('staffA', minutesBody()).expect(409);
      expect(early.body).toMatchObject({ code: 'MEETING_NOT_STARTED' });
      t.clock.advance(2 * HOUR);

      const foreign = await save('staffA', minutesBody({ decisions: [{ text: '决议', appealIds: [parking.id, otherCommunity.id] }] })).expect(400);
      expect(foreign.body.details[0]).toMatchObject({ field: 'decisions.0.appealIds.1', message: '诉求不存在或不属于本社区' });
      await save('staffA', minutesBody({ decisions: [{ text: '决议', appealIds: [999999] }] })).expect(400);
      const nested = await save('staffA', minutesBody({ decisions: [{ text: '' }] })).expect(400);
      expect(nested.body.details[0].field).toBe('decisions.0.text');
      await save('residentA', minutesBody()).expect(403);
      await save('staffB', minutesBody()).expect(404);

      // Drafts as often as needed; each replaces the one before.
      await save('staffA', minutesBody({ decisions: [{ text: '初稿' }] })).expect(200);
      const draft = (await save('secretaryA', minutesBody()).expect(200)).body as MeetingDetail;
      expect(draft).toMatchObject({
        minutesState: 'draft',
        minutes: '到会居民32人。通报了小区停车现状，讨论了两个方案。',
        decisions: [
          {
            text: '采用方案二：东侧空地施划30个车位，按户抽签。联系人王芳13812345678',
            adopted: true,
            appeals: [{ id: parking.id, code: parking.code, category: parking.category }],
          },
          { text: '继续征求意见：夜间施工噪音问题另行议定', adopted: null, appeals: [{ id: noise.id }] },
        ],
      });
      const residents = (await t.as('residentA').get(`/api/meetings/${meeting.id}`).expect(200)).body as MeetingDetail;
      expect(residents).toMatchObject({ minutesState: 'none', minutes: null, decisions: [] });
      expect((await t.as('gridSecretary1').get(`/api/meetings/${meeting.id}`).expect(200)).body).toMatchObject({ minutesState: 'none', minutes: null });
    });

    it('publishes after the end only, in one transaction: a public timeline line on each linked appeal and its residents told', async () => {
      const notYet = await t.as('staffA').post(`/api/meetings/${meeting.id}/minutes/publish`).expect(409);
      expect(notYet.body).toMatchObject({ code: 'MEETING_NOT_ENDED', message: '议事会结束后才能发布会议纪要' });
      t.clock.advance(2 * HOUR);
      await t.as('residentA').post(`/api/meetings/${meeting.id}/minutes/publish`).expect(403);
      await t.as('staffB').post(`/api/meetings/${meeting.id}/minutes/publish`).expect(404);

      const published = (await t.as('staffA').post(`/api/meetings/${meeting.id}/minutes/publish`).expect(200)).body as MeetingDetail;
      expect(published).toMatchObject({ minutesState: 'published', minutesPublishedAt: t.clock.now().toISOString(), phase: 'ended' });

      // The appeal's timeline: one public line, by the staff member, quoting the decision.
      const lines = await t.dataSource.getRepository(AppealEvent).findBy({ appealId: parking.id, type: 'meetingDecision' });
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({
        visibility: 'public',
        actorId: t.fixtures.users.staffA.id,
        actorRole: 'communityStaff',
        fromStatus: 'received',
        toStatus: 'received',
        data: { meetingId: meeting.id, decisionId: published.decisions[0].id, adopted: true },
      });
      expect(lines[0].note).toMatch(/^居民议事会「小区停车管理方案」（2026-03-\d\d）决议（通过）：采用方案二/);
      const detail = (await t.as('residentA').get(`/api/appeals/${parking.id}`).expect(200)).body as AppealDetail;
      expect(detail.timeline.at(-1)).toMatchObject({ type: 'meetingDecision', visibility: 'public' });
      expect(await t.dataSource.getRepository(AppealEvent).countBy({ appealId: noise.id, type: 'meetingDecision' })).toBe(1);
      expect(await t.dataSource.getRepository(AppealEvent).countBy({ appealId: otherCommunity.id, type: 'meetingDecision' })).toBe(0);

      // Delivered to their inboxes by the next scheduler pass: the reporter, and the neighbour who said "me too"
      // (the decision's words masked for her); the staff-filed appeal has no resident to tell.
      await t.app.get(Scheduler).tick();
      const reporter = (await inbox('residentA')).filter((m) => m.kind === 'meetingDecision');
      expect(reporter).toHaveLength(1);
      expect(reporter[0]).toMatchObject({ title: '居民议事会对您反映的问题作出决议', appealId: parking.id, subject: { type: 'appeal', id: parking.id } });
      expect(reporter[0].body).toBe(
        `${parking.code}：议事会「小区停车管理方案」决议（通过）：采用方案二：东侧空地施划30个车位，按户抽签。联系人王芳13812345678`,
      );
      const supporter = (await inbox('residentA2')).filter((m) => m.kind === 'meetingDecision');
      expect(supporter).toHaveLength(1);
      expect(supporter[0].body).toContain('采用方案二');
      expect(supporter[0].body).not.toContain('13812345678');
      expect((await inbox('staffA')).filter((m) => m.kind === 'meetingDecision')).toEqual([]);
      expect((await inbox('residentB')).filter((m) => m.kind === 'meetingDecision')).toEqual([]);

      // Residents of the audience now read the minutes and decisions.
      const read = (await t.as('residentB').get(`/api/meetings/${meeting.id}`)).status;
      expect(read).toBe(404);
      const seen = (await t.as('residentA2').get(`/api/meetings/${meeting.id}`).expect(200)).body as MeetingDetail;
      expect(seen).toMatchObject({ minutesState: 'published', minutes: '到会居民32人。通报了小区停车现状，讨论了两个方案。' });
      expect(seen.decisions.map((d) => d.text)).toEqual([
        '采用方案二：东侧空地施划30个车位，按户抽签。联系人王芳13812345678',
        '继续征求意见：夜间施工噪音问题另行议定',
      ]);
    });

    it('refuses editing the minutes or decisions after publication (409 MINUTES_PUBLISHED), and publishing twice', async () => {
      const edit = await save('staffA', minutesBody({ minutes: '改写的纪要' })).expect(409);
      expect(edit.body).toMatchObject({ code: 'MINUTES_PUBLISHED', message: '会议纪要和决议已发布，不能再修改' });
      const again = await t.as('secretaryA').post(`/api/meetings/${meeting.id}/minutes/publish`).expect(409);
      expect(again.body.code).toBe('MINUTES_PUBLISHED');
      expect((await t.as('staffA').get(`/api/meetings/${meeting.id}`).expect(200)).body.minutes).toBe('到会居民32人。通报了小区停车现状，讨论了两个方案。');
      expect(await t.dataSource.getRepository(AppealEvent).countBy({ appealId: parking.id, type: 'meetingDecision' })).toBe(1);
    });

    it('refuses publishing without a saved draft, and minutes for a cancelled meeting', async () => {
      const bare = await schedule({ topic: '无纪要议事会', startsAt: inHours(1), endsAt: inHours(2) });
      const gone = await schedule({ topic: '取消的议事会' });
      await t.as('staffA').post(`/api/meetings/${gone.id}/cancel`).send({}).expect(200);
      t.clock.advance(2 * HOUR);
      expect((await t.as('staffA').post(`/api/meetings/${bare.id}/minutes/publish`).expect(409)).body.code).toBe('MINUTES_REQUIRED');
      expect((await t.as('staffA').put(`/api/meetings/${gone.id}/minutes`).send(minutesBody()).expect(409)).body.code).toBe('MEETING_CANCELLED');
    });
  });

  describe('participation figures', () => {
    it('counts meetings held (minutes published) and their attendance per community and period', async () => {
      const { a, b, c } = t.fixtures.communities;
      const service = t.app.get(MeetingsService);
      const from = new Date(t.clock.now().getTime() - 30 * DAY);
      const to = new Date(t.clock.now().getTime() + DAY);
      const before = await service.participation([a.id, b.id, c.id], from, to);
      expect(before.find((r) => r.communityId === b.id)).toEqual({ communityId: b.id, meetingsHeld: 0, attendances: 0, attendees: 0 });
      expect(before.find((r) => r.communityId === a.id)).toMatchObject({ meetingsHeld: 1 });

      // The attendance meeting (3 recorded, one taken back) gets its minutes published too.
      const attended = (await t.dataSource.getRepository(Meeting).findOneByOrFail({ topic: '签到议事会' })).id;
      await t.as('staffA').put(`/api/meetings/${attended}/minutes`).send({ minutes: '到会2人', decisions: [] }).expect(200);
      await t.as('staffA').post(`/api/meetings/${attended}/minutes/publish`).expect(200);
      const after = await service.participation([a.id], from, to);
      expect(after).toEqual([{ communityId: a.id, meetingsHeld: 2, attendances: 2, attendees: 2 }]);
      // Outside the period: nothing.
      expect(await service.participation([a.id], to, new Date(to.getTime() + DAY))).toEqual([
        { communityId: a.id, meetingsHeld: 0, attendances: 0, attendees: 0 },
      ]);
    });
  });
});
