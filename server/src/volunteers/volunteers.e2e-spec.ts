import type { LiaisonInfo, TrainingCourseDetail, TrainingCourseInfo, VolunteerApplicationInfo, VolunteerInfo, VolunteerTeam } from '@lingjuli/shared';
import { LiaisonProfile } from '../liaisons/liaison-profile.entity';
import { TrainingRecord } from '../liaisons/training-record.entity';
import { NotificationOutbox } from '../notifications/notification-outbox.entity';
import type { FixtureUser } from '../testing/fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';
import { User } from '../users/user.entity';
import { PartyMemberRegistration } from './party-member-registration.entity';
import { TrainingAttendance } from './training-attendance.entity';
import { TrainingCourse } from './training-course.entity';
import { TrainingSignUp } from './training-sign-up.entity';
import { VolunteerApplication } from './volunteer-application.entity';
import { VolunteerBirthYear } from './volunteer-birth-year.entity';

describe('volunteers: applications, training courses, the team (real HTTP, real database)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const ids = () => ({
    a: t.fixtures.communities.a.id,
    b: t.fixtures.communities.b.id,
    c: t.fixtures.communities.c.id,
    residentA: t.fixtures.users.residentA.id,
    residentA2: t.fixtures.users.residentA2.id,
    residentB: t.fixtures.users.residentB.id,
    liaisonA: t.fixtures.users.liaisonA.id,
  });
  const form = (body: Record<string, unknown> = {}) => ({
    kind: 'liaison',
    communityId: ids().a,
    name: '王秀英',
    phone: '13911112222',
    birthYear: 1990,
    offers: ['patrol', 'mediation'],
    times: ['weekend'],
    ...body,
  });
  const partyForm = (body: Record<string, unknown> = {}) =>
    form({
      kind: 'partyMember',
      name: '赵建国',
      phone: '13733334444',
      birthYear: 1958,
      workUnit: '区市场监管局',
      partyOrganisation: '区市场监管局机关党支部',
      ...body,
    });
  const apply = (who: FixtureUser, body: Record<string, unknown>) => t.as(who).post('/api/volunteer-applications').send(body);
  const rows = async () => ({
    applications: await t.dataSource.getRepository(VolunteerApplication).find({ order: { id: 'ASC' } }),
    registrations: await t.dataSource.getRepository(PartyMemberRegistration).find({ order: { id: 'ASC' } }),
    birthYears: await t.dataSource.getRepository(VolunteerBirthYear).find({ order: { userId: 'ASC' } }),
    profiles: await t.dataSource.getRepository(LiaisonProfile).find({ order: { id: 'ASC' } }),
    users: await t.dataSource.getRepository(User).find({ order: { id: 'ASC' } }),
    courses: await t.dataSource.getRepository(TrainingCourse).find({ order: { id: 'ASC' } }),
    signUps: await t.dataSource.getRepository(TrainingSignUp).find({ order: { id: 'ASC' } }),
    attendances: await t.dataSource.getRepository(TrainingAttendance).find({ order: { id: 'ASC' } }),
    trainings: await t.dataSource.getRepository(TrainingRecord).find({ order: { id: 'ASC' } }),
    outbox: await t.dataSource.getRepository(NotificationOutbox).count(),
  });
  const notices = (kind: string, subjectId: number) =>
    t.dataSource.getRepository(NotificationOutbox).find({ where: { kind: kind as NotificationOutbox['kind'], subjectId }, order: { recipientId: 'ASC' } });
  const team = async (who: FixtureUser, query = '') => (await t.as(who).get(`/api/volunteers/team${query}`).expect(200)).body as VolunteerTeam;

  /** residentA's liaison application, accepted below; residentA2's party-member registration. */
  let liaisonApp: VolunteerApplicationInfo;
  let partyApp: VolunteerApplicationInfo;

  describe('applying', () => {
    it('takes a resident’s liaison application: pending, her phone encrypted and masked, the community’s staff told', async () => {
      const res = await apply('residentA', form({ timesNote: '周六上午' })).expect(201);
      liaisonApp = res.body;
      expect(liaisonApp).toMatchObject({
        kind: 'liaison',
        status: 'pending',
        applicantId: ids().residentA,
        communityId: ids().a,
        communityName: '测试甲社区',
        name: '王秀英',
        // Masked for everyone but her community's staff, herself included.
        phone: '139****2222',
        birthYear: 1990,
        ageBand: 'from35to49',
        offers: ['patrol', 'mediation'],
        times: ['weekend'],
        timesNote: '周六上午',
        workUnit: null,
        partyOrganisation: null,
        appliedAt: t.clock.now().toISOString(),
        decidedAt: null,
        decidedBy: null,
        actions: ['withdraw'],
      });
      const stored = await t.dataSource.getRepository(VolunteerApplication).findOneByOrFail({ id: liaisonApp.id });
      expect(stored.phoneEncrypted).not.toContain('13911112222');
      const told = await notices('volunteerApplication', liaisonApp.id);
      const { staffA, staffA2, secretaryA } = t.fixtures.users;
      expect(told.map((n) => n.recipientId)).toEqual([staffA.id, staffA2.id, secretaryA.id].sort((x, y) => x - y));
      expect(told[0]).toMatchObject({
        subjectType: 'volunteerApplication',
        title: '新的志愿者申请：民情专员',
        body: '王秀英申请成为测试甲社区的民情专员，请审核。',
      });
    });

    it('refuses a second pending application of the same kind (409), writing nothing', async () => {
      const before = await rows();
      const res = await apply('residentA', form({ communityId: ids().b })).expect(409);
      expect(res.body.code).toBe('VOLUNTEER_APPLICATION_PENDING');
      expect(await rows()).toEqual(before);
    });

    it.each([
      [{ birthYear: 2013 }, 'birthYear', '出生年份须在1900年至2012年之间'],
      [{ birthYear: 1899 }, 'birthYear', expect.stringContaining('出生年份')],
      [{ birthYear: 1990.5 }, 'birthYear', expect.stringContaining('出生年份')],
      [{ communityId: 999999 }, 'communityId', '社区不存在'],
      [{ phone: '12345' }, 'phone', expect.stringContaining('手机号')],
      [{ name: ' ' }, 'name', '姓名不能为空'],
      [{ offers: [] }, 'offers', expect.stringContaining('可提供的服务')],
      [{ offers: ['singing'] }, 'offers', expect.stringContaining('可提供的服务')],
      [{ times: ['weekend', 'weekend'] }, 'times', expect.stringContaining('空闲时间')],
      [{ kind: 'cadre' }, 'kind', expect.any(String)],
      [{ workUnit: '某单位' }, 'workUnit', '仅双报到在职党员填写此项'],
      [{ kind: 'partyMember', partyOrganisation: '某支部' }, 'workUnit', '双报到在职党员请填写工作单位和所在党组织'],
      [{ kind: 'partyMember', workUnit: '某单位' }, 'partyOrganisation', '双报到在职党员请填写工作单位和所在党组织'],
    ])('refuses %j (400 on the field), writing nothing', async (body, field, message) => {
      const before = await rows();
      const res = await apply('residentB', form(body)).expect(400);
      expect(res.body.details).toEqual([{ field, message }]);
      expect(await rows()).toEqual(before);
    });

    it.each(['staffA', 'secretaryA', 'gridSecretary1', 'commandCenter', 'deptParks', 'streetAdmin'] as FixtureUser[])('is not for %s (403)', async (who) => {
      await apply(who, form()).expect(403);
    });

    it('lists her own applications for her, and shows one to nobody else but her community’s staff', async () => {
      const mine = (await t.as('residentA').get('/api/volunteer-applications/mine').expect(200)).body as VolunteerApplicationInfo[];
      expect(mine.map((a) => a.id)).toEqual([liaisonApp.id]);
      expect((await t.as('residentA2').get('/api/volunteer-applications/mine').expect(200)).body).toEqual([]);
      await t.as('residentA').get(`/api/volunteer-applications/${liaisonApp.id}`).expect(200);
      await t.as('residentA2').get(`/api/volunteer-applications/${liaisonApp.id}`).expect(404);
      await t.as('staffB').get(`/api/volunteer-applications/${liaisonApp.id}`).expect(404);
      await t.as('gridSecretary1').get(`/api/volunteer-applications/${liaisonApp.id}`).expect(403);
      const asStaff = (await t.as('staffA').get(`/api/volunteer-applications/${liaisonApp.id}`).expect(200)).body as VolunteerApplicationInfo;
      expect(asStaff).toMatchObject({ phone: '13911112222', actions: ['accept', 'decline'] });
    });
  });

  describe('review', () => {
    it('lists the community’s pending applications for its staff only', async () => {
      const pending = (await t.as('secretaryA').get('/api/volunteer-applications?status=pending').expect(200)).body as VolunteerApplicationInfo[];
      expect(pending.map((a) => a.id)).toEqual([liaisonApp.id]);
      expect((await t.as('staffB').get('/api/volunteer-applications?status=pending').expect(200)).body).toEqual([]);
      await t.as('residentA').get('/api/volunteer-applications').expect(403);
      await t.as('gridSecretary1').get('/api/volunteer-applications').expect(403);
      await t.as('staffA').get('/api/volunteer-applications?status=maybe').expect(400);
    });

    it('hides another community’s application (404) from accepting and declining, changing nothing', async () => {
      const before = await rows();
      await t.as('staffB').post(`/api/volunteer-applications/${liaisonApp.id}/accept`).send({}).expect(404);
      const res = await t.as('secretaryB').post(`/api/volunteer-applications/${liaisonApp.id}/decline`).send({ reason: '不在本社区' }).expect(404);
      expect(res.body.code).toBe('VOLUNTEER_APPLICATION_NOT_FOUND');
      expect(await rows()).toEqual(before);
    });

    it('needs a reason to decline (400)', async () => {
      const res = await t.as('staffA').post(`/api/volunteer-applications/${liaisonApp.id}/decline`).send({ reason: '  ' }).expect(400);
      expect(res.body.details[0].field).toBe('reason');
    });

    it('accepts a liaison: her account becomes a liaison of the community with a registry entry, her login the same; she is told', async () => {
      const before = await t.dataSource.getRepository(User).findOneByOrFail({ id: ids().residentA });
      // Before: her token does not reach a liaison's pages.
      await t.as('residentA').get('/api/me/record').expect(403);
      const res = await t
        .as('staffA')
        .post(`/api/volunteer-applications/${liaisonApp.id}/accept`)
        .send({ duties: ['mediator', 'observer'] })
        .expect(200);
      expect(res.body).toMatchObject({
        status: 'accepted',
        decidedAt: t.clock.now().toISOString(),
        decidedBy: { id: t.fixtures.users.staffA.id, name: 'staffA', role: 'communityStaff' },
        actions: [],
      });
      const user = await t.dataSource.getRepository(User).findOneByOrFail({ id: ids().residentA });
      expect(user).toMatchObject({
        role: 'liaison',
        communityId: ids().a,
        displayName: '王秀英',
        title: '民情专员',
        active: true,
        wechatOpenId: before.wechatOpenId,
      });
      expect(await t.dataSource.getRepository(LiaisonProfile).findOneByOrFail({ userId: ids().residentA })).toMatchObject({
        communityId: ids().a,
        duties: ['observer', 'mediator'],
        joinedAt: t.clock.now(),
        active: true,
      });
      expect(await t.dataSource.getRepository(VolunteerBirthYear).findOneByOrFail({ userId: ids().residentA })).toMatchObject({ birthYear: 1990 });
      // The same registry entry POST /liaisons makes: her phone in full for her community's staff.
      const entry = (await t.as('staffA').get(`/api/liaisons/${ids().residentA}`).expect(200)).body as LiaisonInfo;
      expect(entry).toMatchObject({ name: '王秀英', communityId: ids().a, duties: ['observer', 'mediator'], active: true, phone: '13911112222' });
      // The same token now acts as a liaison.
      await t.as('residentA').get('/api/me/record').expect(200);
      const told = await notices('volunteerDecision', liaisonApp.id);
      expect(told).toHaveLength(1);
      expect(told[0]).toMatchObject({ recipientId: ids().residentA, title: '您已成为民情专员', body: '测试甲社区已通过您的申请，欢迎加入民情专员队伍。' });
    });

    it('refuses to accept or decline it again (409), changing nothing', async () => {
      const before = await rows();
      const again = await t.as('secretaryA').post(`/api/volunteer-applications/${liaisonApp.id}/accept`).send({}).expect(409);
      expect(again.body.code).toBe('VOLUNTEER_APPLICATION_DECIDED');
      await t.as('staffA').post(`/api/volunteer-applications/${liaisonApp.id}/decline`).send({ reason: '重复' }).expect(409);
      await t.as('residentA').post(`/api/volunteer-applications/${liaisonApp.id}/withdraw`).expect(409);
      expect(await rows()).toEqual(before);
    });

    it('refuses a liaison’s application to be a liaison (409), but takes her as a party member', async () => {
      const res = await apply('residentA', form()).expect(409);
      expect(res.body.code).toBe('ALREADY_VOLUNTEER');
      const asParty = await apply('liaisonA', partyForm({ name: '李卫东', phone: '13600000001', birthYear: 1975 })).expect(201);
      await t.as('staffA').post(`/api/volunteer-applications/${asParty.body.id}/accept`).send({}).expect(200);
      // She stays a liaison, and is registered as well.
      expect(await t.dataSource.getRepository(User).findOneByOrFail({ id: ids().liaisonA })).toMatchObject({ role: 'liaison' });
      expect(await t.dataSource.getRepository(PartyMemberRegistration).findOneByOrFail({ userId: ids().liaisonA })).toMatchObject({ communityId: ids().a });
    });

    it('declines with the reason she is told; she may apply again, and once registered as a party member she stays a resident', async () => {
      const first = (await apply('residentA2', partyForm()).expect(201)).body as VolunteerApplicationInfo;
      expect(first).toMatchObject({ workUnit: '区市场监管局', partyOrganisation: '区市场监管局机关党支部', ageBand: 'from60to69' });
      const declined = await t.as('secretaryA').post(`/api/volunteer-applications/${first.id}/decline`).send({ reason: '请补充党组织关系证明' }).expect(200);
      expect(declined.body).toMatchObject({ status: 'declined', declineReason: '请补充党组织关系证明' });
      expect((await notices('volunteerDecision', first.id))[0]).toMatchObject({
        recipientId: ids().residentA2,
        title: '您的双报到在职党员申请未通过',
        body: '测试甲社区：请补充党组织关系证明',
      });
      // Accepting a party member takes no duties.
      partyApp = (await apply('residentA2', partyForm()).expect(201)).body;
      const withDuties = await t
        .as('staffA')
        .post(`/api/volunteer-applications/${partyApp.id}/accept`)
        .send({ duties: ['observer'] })
        .expect(400);
      expect(withDuties.body.details[0].field).toBe('duties');
      await t.as('staffA').post(`/api/volunteer-applications/${partyApp.id}/accept`).send({}).expect(200);
      expect(await t.dataSource.getRepository(User).findOneByOrFail({ id: ids().residentA2 })).toMatchObject({ role: 'resident' });
      expect(await t.dataSource.getRepository(PartyMemberRegistration).findOneByOrFail({ userId: ids().residentA2 })).toMatchObject({
        communityId: ids().a,
        applicationId: partyApp.id,
        name: '赵建国',
        workUnit: '区市场监管局',
        active: true,
      });
      expect((await notices('volunteerDecision', partyApp.id))[0]).toMatchObject({ title: '您的双报到登记已通过' });
      const again = await apply('residentA2', partyForm()).expect(409);
      expect(again.body.code).toBe('ALREADY_VOLUNTEER');
      const mine = (await t.as('residentA2').get('/api/volunteer-applications/mine').expect(200)).body as VolunteerApplicationInfo[];
      expect(mine.map((a) => [a.id, a.status])).toEqual([
        [partyApp.id, 'accepted'],
        [first.id, 'declined'],
      ]);
    });

    it('lets her withdraw a pending application (then apply again); withdrawn, it cannot be accepted (409)', async () => {
      const pending = (await apply('residentB', form({ communityId: ids().b, name: '孙丽', birthYear: 2001 })).expect(201)).body as VolunteerApplicationInfo;
      await t.as('residentA2').post(`/api/volunteer-applications/${pending.id}/withdraw`).expect(404);
      const withdrawn = await t.as('residentB').post(`/api/volunteer-applications/${pending.id}/withdraw`).expect(200);
      expect(withdrawn.body).toMatchObject({ status: 'withdrawn', actions: [] });
      await t.as('staffB').post(`/api/volunteer-applications/${pending.id}/accept`).send({}).expect(409);
      const fresh = (await apply('residentB', form({ communityId: ids().b, name: '孙丽', birthYear: 2001 })).expect(201)).body as VolunteerApplicationInfo;
      await t.as('staffB').post(`/api/volunteer-applications/${fresh.id}/accept`).send({}).expect(200);
      expect(await t.dataSource.getRepository(LiaisonProfile).findOneByOrFail({ userId: ids().residentB })).toMatchObject({ duties: ['liaison'] });
    });
  });

  describe('training courses', () => {
    let forLiaisons: TrainingCourseDetail;
    let forAll: TrainingCourseDetail;
    const course = (body: Record<string, unknown> = {}) => ({
      title: '民情专员入户走访技巧',
      startsAt: '2026-03-10T14:00:00+08:00',
      place: '甲社区党群服务中心二楼',
      hours: 2,
      audience: 'liaison',
      ...body,
    });
    const listed = async (who: FixtureUser, query = '') =>
      ((await t.as(who).get(`/api/training-courses${query}`).expect(200)).body as TrainingCourseInfo[]).map((c) => c.id);

    it('is scheduled by the community’s staff', async () => {
      forLiaisons = (await t.as('staffA').post('/api/training-courses').send(course()).expect(201)).body;
      expect(forLiaisons).toMatchObject({
        communityId: ids().a,
        title: '民情专员入户走访技巧',
        startsAt: '2026-03-10T06:00:00.000Z',
        hours: 2,
        audience: 'liaison',
        signUps: 0,
        attendance: 0,
        participants: [],
      });
      forAll = (
        await t
          .as('secretaryA')
          .post('/api/training-courses')
          .send(course({ title: '矛盾调解实务', audience: 'all', hours: 1.5 }))
          .expect(201)
      ).body;
    });

    it.each([
      [{ hours: 1.2 }, 'hours'],
      [{ hours: 0.25 }, 'hours'],
      [{ hours: 25 }, 'hours'],
      [{ startsAt: '2026-03-10 14:00' }, 'startsAt'],
      [{ audience: 'everyone' }, 'audience'],
      [{ place: '' }, 'place'],
    ])('refuses %j (400)', async (body, field) => {
      const before = await rows();
      const res = await t.as('staffA').post('/api/training-courses').send(course(body)).expect(400);
      expect(res.body.details[0].field).toBe(field);
      expect(await rows()).toEqual(before);
    });

    it.each(['liaisonA', 'residentA2', 'gridSecretary1', 'streetAdmin'] as FixtureUser[])('is not scheduled by %s (403)', async (who) => {
      await t.as(who).post('/api/training-courses').send(course()).expect(403);
    });

    it('shows each volunteer the upcoming courses of her community meant for her kind', async () => {
      // residentA is now a liaison; liaisonA is a liaison and a party member.
      expect(await listed('residentA')).toEqual([forLiaisons.id, forAll.id]);
      expect(await listed('liaisonA')).toEqual([forLiaisons.id, forAll.id]);
      // A registered party member: only the course for all.
      expect(await listed('residentA2')).toEqual([forAll.id]);
      await t.as('residentA2').get(`/api/training-courses/${forLiaisons.id}`).expect(404);
      const seen = (await t.as('residentA2').get(`/api/training-courses/${forAll.id}`).expect(200)).body as TrainingCourseDetail;
      expect(seen.participants).toBeNull();
      // Another community's liaison, and a resident who is no volunteer, see none of them.
      expect(await listed('residentB')).toEqual([]);
      expect(await listed('staffB')).toEqual([]);
      await t.as('staffB').get(`/api/training-courses/${forAll.id}`).expect(404);
      expect(await listed('gridSecretary1')).toEqual([forLiaisons.id, forAll.id]);
      expect(await listed('gridSecretary2')).toEqual([]);
      // The command centre needs no volunteer's courses nor who takes them (like the liaison registry).
      await t.as('commandCenter').get('/api/training-courses').expect(403);
      await t.as('commandCenter').get(`/api/training-courses/${forAll.id}`).expect(403);
      expect(await listed('residentA', '?when=past')).toEqual([]);
    });

    it('signs a volunteer up once however often she asks, and off again', async () => {
      const first = (await t.as('residentA2').post(`/api/training-courses/${forAll.id}/sign-up`).expect(200)).body as TrainingCourseDetail;
      expect(first).toMatchObject({ signUps: 1, signedUp: true, attended: false });
      const again = (await t.as('residentA2').post(`/api/training-courses/${forAll.id}/sign-up`).expect(200)).body as TrainingCourseDetail;
      expect(again.signUps).toBe(1);
      await t.as('residentA').post(`/api/training-courses/${forAll.id}/sign-up`).expect(200);
      await t.as('residentA').delete(`/api/training-courses/${forAll.id}/sign-up`).expect(200);
      await t.as('residentA').post(`/api/training-courses/${forLiaisons.id}/sign-up`).expect(200);
      // Not hers to sign up for: another kind's course, another community's volunteer.
      await t.as('residentA2').post(`/api/training-courses/${forLiaisons.id}/sign-up`).expect(404);
      await t.as('residentB').post(`/api/training-courses/${forAll.id}/sign-up`).expect(404);
      await t.as('staffA').post(`/api/training-courses/${forAll.id}/sign-up`).expect(403);
      const detail = (await t.as('staffA').get(`/api/training-courses/${forAll.id}`).expect(200)).body as TrainingCourseDetail;
      expect(detail.participants).toEqual([{ userId: ids().residentA2, name: '赵建国', signedUpAt: t.clock.now().toISOString(), attendedAt: null }]);
    });

    it('takes attendance only once the course has started (409)', async () => {
      const before = await rows();
      const res = await t
        .as('staffA')
        .post(`/api/training-courses/${forLiaisons.id}/attendance`)
        .send({ userIds: [ids().liaisonA] })
        .expect(409);
      expect(res.body.code).toBe('TRAINING_COURSE_NOT_STARTED');
      expect(await rows()).toEqual(before);
    });

    it('closes sign-up when the course starts (409)', async () => {
      t.clock.set('2026-03-10T14:30:00+08:00');
      const res = await t.as('residentA').post(`/api/training-courses/${forAll.id}/sign-up`).expect(409);
      expect(res.body.code).toBe('TRAINING_COURSE_STARTED');
      await t.as('residentA').delete(`/api/training-courses/${forLiaisons.id}/sign-up`).expect(409);
      expect(await listed('residentA')).toEqual([]);
      expect(await listed('residentA', '?when=past')).toEqual([forAll.id, forLiaisons.id].sort((x, y) => y - x));
    });

    it('refuses anyone who is not a volunteer of the community (400 on userIds.<i>), recording no one', async () => {
      const before = await rows();
      const stranger = await t
        .as('staffA')
        .post(`/api/training-courses/${forAll.id}/attendance`)
        .send({ userIds: [ids().liaisonA, ids().residentB] })
        .expect(400);
      expect(stranger.body.details).toEqual([{ field: 'userIds.1', message: '须为本社区在册的志愿者（民情专员或双报到党员）' }]);
      await t
        .as('staffA')
        .post(`/api/training-courses/${forAll.id}/attendance`)
        .send({ userIds: [t.fixtures.users.staffA2.id] })
        .expect(400);
      await t.as('staffA').post(`/api/training-courses/${forAll.id}/attendance`).send({ userIds: [] }).expect(400);
      await t
        .as('staffA')
        .post(`/api/training-courses/${forAll.id}/attendance`)
        .send({ userIds: [ids().liaisonA, ids().liaisonA] })
        .expect(400);
      await t
        .as('staffB')
        .post(`/api/training-courses/${forAll.id}/attendance`)
        .send({ userIds: [ids().liaisonA] })
        .expect(404);
      expect(await rows()).toEqual(before);
    });

    it('records attendance on her training record, which the liaison registry shows; recording again changes nothing', async () => {
      const body = { userIds: [ids().liaisonA, ids().residentA2] };
      const res = (await t.as('staffA').post(`/api/training-courses/${forAll.id}/attendance`).send(body).expect(200)).body as TrainingCourseDetail;
      expect(res).toMatchObject({ signUps: 1, attendance: 2 });
      expect(res.participants).toEqual(
        [
          { userId: ids().residentA2, name: '赵建国', signedUpAt: expect.any(String), attendedAt: t.clock.now().toISOString() },
          { userId: ids().liaisonA, name: 'liaisonA', signedUpAt: null, attendedAt: t.clock.now().toISOString() },
        ].sort((x, y) => x.userId - y.userId),
      );
      const trainings = (await t.as('staffA').get(`/api/liaisons/${ids().liaisonA}`).expect(200)).body.trainings as LiaisonInfo['trainings'];
      expect(trainings).toEqual([{ id: expect.any(Number), title: '矛盾调解实务', date: '2026-03-10T06:00:00.000Z', hours: 1.5 }]);

      const before = await rows();
      await t
        .as('secretaryA')
        .post(`/api/training-courses/${forAll.id}/attendance`)
        .send({ userIds: [ids().residentA2, ids().liaisonA] })
        .expect(200);
      expect(await rows()).toEqual(before);
      // Adding one more records her alone.
      await t
        .as('staffA')
        .post(`/api/training-courses/${forAll.id}/attendance`)
        .send({ userIds: [ids().liaisonA, ids().residentA] })
        .expect(200);
      expect((await rows()).trainings).toHaveLength(before.trainings.length + 1);
      const seen = (await t.as('residentA2').get(`/api/training-courses/${forAll.id}`).expect(200)).body as TrainingCourseDetail;
      expect(seen).toMatchObject({ attended: true, attendance: 3 });
    });
  });

  describe('the team', () => {
    /** A liaison registered by the staff (POST /liaisons), who never applied: no birth year. */
    let veteran: LiaisonInfo;

    beforeAll(async () => {
      veteran = (
        await t
          .as('staffA')
          .post('/api/liaisons')
          .send({ name: '老专员', phone: '13500000000', duties: ['observer'] })
          .expect(201)
      ).body;
    });

    it('is not for residents, liaisons or departments (403)', async () => {
      for (const who of ['residentA2', 'residentA', 'liaisonA', 'deptParks'] as FixtureUser[]) {
        await t.as(who).get('/api/volunteers/team').expect(403);
        await t.as(who).get('/api/volunteers').expect(403);
      }
    });

    it('counts the community’s volunteers by kind, trained in 12 months and by age band', async () => {
      const a = await team('staffA');
      expect(a).toMatchObject({ year: 2026, trainedSince: '2025-03-10T06:30:00.000Z' });
      expect(a.communities).toHaveLength(1);
      // residentA (liaison, 1990), liaisonA (liaison and party member, 1975), residentA2 (party member, 1958), the veteran (liaison, none).
      expect(a.communities[0]).toEqual({
        communityId: ids().a,
        communityName: '测试甲社区',
        total: 4,
        active: 4,
        byKind: { liaison: { total: 3, active: 3 }, partyMember: { total: 2, active: 2 } },
        trainedLast12Months: 3,
        ageBands: { under35: 0, from35to49: 1, from50to59: 1, from60to69: 1, from70: 0, unknown: 1 },
      });
      expect(a.total).toEqual({ ...a.communities[0], communityId: null, communityName: '合计' });
    });

    it('takes the birth year of a liaison registered before applications from her community’s staff', async () => {
      const before = await rows();
      const url = `/api/volunteers/${veteran.userId}/birth-year`;
      const tooYoung = await t.as('staffA').put(url).send({ birthYear: 2013 }).expect(400);
      expect(tooYoung.body.details).toEqual([{ field: 'birthYear', message: '出生年份须在1900年至2012年之间' }]);
      await t.as('staffA').put(url).send({ birthYear: '1950' }).expect(400);
      await t.as('staffB').put(url).send({ birthYear: 1950 }).expect(404);
      const notVolunteer = await t.as('staffA').put(`/api/volunteers/${t.fixtures.users.staffA2.id}/birth-year`).send({ birthYear: 1950 }).expect(404);
      expect(notVolunteer.body.code).toBe('VOLUNTEER_NOT_FOUND');
      await t.as('gridSecretary1').put(url).send({ birthYear: 1950 }).expect(403);
      await t.as('residentA').put(url).send({ birthYear: 1950 }).expect(403);
      expect(await rows()).toEqual(before);
      const res = (await t.as('staffA').put(url).send({ birthYear: 1950 }).expect(200)).body as VolunteerInfo;
      expect(res).toMatchObject({
        userId: veteran.userId,
        name: '老专员',
        birthYear: 1950,
        ageBand: 'from70',
        kinds: ['liaison'],
        workUnit: null,
        phone: '13500000000',
      });
      expect((await team('secretaryA')).total.ageBands).toEqual({ under35: 0, from35to49: 1, from50to59: 1, from60to69: 1, from70: 1, unknown: 0 });
      // A party member's, given with her application, may be corrected too.
      await t.as('staffA').put(`/api/volunteers/${ids().liaisonA}/birth-year`).send({ birthYear: 1976 }).expect(200);
    });

    it('counts as trained only a training of the last 12 months', async () => {
      t.clock.set('2027-03-10T15:00:00+08:00');
      const a = await team('staffA');
      expect(a.total.trainedLast12Months).toBe(0);
      // Ages move with the year.
      expect(a.total.ageBands).toEqual({ under35: 0, from35to49: 1, from50to59: 1, from60to69: 1, from70: 1, unknown: 0 });
      await t
        .as('staffA')
        .post(`/api/liaisons/${ids().residentA}/trainings`)
        .send({ title: '政策宣讲', date: '2027-01-05T09:00:00+08:00', hours: 1 })
        .expect(201);
      expect((await team('staffA')).total.trainedLast12Months).toBe(1);
      t.clock.set('2026-03-10T15:00:00+08:00');
    });

    it('shows the grid secretary her grid’s communities and the street all, with their sum; outside the scope is 404', async () => {
      const grid = await team('gridSecretary1');
      expect(grid.communities.map((c) => c.communityId)).toEqual([ids().a, ids().b]);
      // residentB became community B's liaison (born 2001).
      expect(grid.communities[1]).toMatchObject({ total: 1, byKind: { liaison: { total: 1, active: 1 }, partyMember: { total: 0, active: 0 } } });
      expect(grid.total).toMatchObject({ total: 5, active: 5, ageBands: { under35: 1, from35to49: 1, from50to59: 1, from60to69: 1, from70: 1, unknown: 0 } });
      const street = await team('streetAdmin');
      expect(street.communities.map((c) => c.communityId)).toEqual([ids().a, ids().b, ids().c]);
      expect(street.communities[2]).toMatchObject({ total: 0, active: 0, trainedLast12Months: 0 });
      expect(street.total.total).toBe(5);
      expect((await team('commandCenter', `?communityId=${ids().b}`)).communities.map((c) => c.communityId)).toEqual([ids().b]);
      expect((await team('gridSecretary1', `?communityId=${ids().b}`)).total.total).toBe(1);
      const outside = await t.as('gridSecretary2').get(`/api/volunteers/team?communityId=${ids().a}`).expect(404);
      expect(outside.body.code).toBe('COMMUNITY_NOT_FOUND');
      await t.as('staffA').get(`/api/volunteers/team?communityId=${ids().b}`).expect(404);
    });

    it('gives the measures’ participation the same count: active liaisons, party members, and the active by age band', async () => {
      const measures = (await t.as('staffA').get('/api/measures').expect(200)).body as { participation: { volunteers: unknown } };
      const a = (await team('staffA')).total;
      expect(measures.participation.volunteers).toEqual({
        liaisons: a.byKind.liaison.active,
        partyMembers: a.byKind.partyMember.active,
        byAgeBand: a.ageBands,
      });
      expect(measures.participation.volunteers).toMatchObject({ liaisons: 3, partyMembers: 2 });
    });

    it('lists the roster with phones in full for the community’s staff only', async () => {
      const own = (await t.as('staffA').get('/api/volunteers').expect(200)).body as VolunteerInfo[];
      expect(own.map((v) => v.userId)).toEqual([ids().residentA, ids().residentA2, ids().liaisonA, veteran.userId].sort((x, y) => x - y));
      const party = own.find((v) => v.userId === ids().residentA2)!;
      expect(party).toMatchObject({ name: '赵建国', kinds: ['partyMember'], phone: '13733334444', birthYear: 1958, ageBand: 'from60to69', active: true });
      expect(party.lastTrainedAt).toBe('2026-03-10T06:00:00.000Z');
      const grid = (await t.as('gridSecretary1').get(`/api/volunteers?communityId=${ids().a}`).expect(200)).body as VolunteerInfo[];
      expect(grid.find((v) => v.userId === ids().residentA2)!.phone).toBe('137****4444');
      await t.as('gridSecretary2').get(`/api/volunteers?communityId=${ids().a}`).expect(404);
      // The roster is personal data: the command centre reads the team's figures, not the names.
      await t.as('commandCenter').get('/api/volunteers').expect(403);
    });
  });
});
