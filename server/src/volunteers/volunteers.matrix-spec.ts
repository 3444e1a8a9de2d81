import { LiaisonProfile } from '../liaisons/liaison-profile.entity';
import { TrainingRecord } from '../liaisons/training-record.entity';
import { F, U, Y, calledBy, moveAs, type Actor, type MatrixKit, type MatrixSection, type Marked, type Scenario, type Who } from '../testing/access-matrix-kit';
import { User } from '../users/user.entity';
import { TrainingAttendance } from './training-attendance.entity';
import { TrainingCourse } from './training-course.entity';
import { TrainingSignUp } from './training-sign-up.entity';
import { VolunteerApplication } from './volunteer-application.entity';
import { VolunteerBirthYear } from './volunteer-birth-year.entity';

/**
 * Volunteers (民情专员, 双报到在职党员) and their training in the access matrix. The method (issue 16; docs/domain.md §9):
 * a resident applies to her community to become a liaison, or registers as an in-service party member reporting to it
 * (a liaison may register as a party member too); the community — its staff and secretary — reviews and accepts or
 * declines, keeps the registry (a birth year for the age mix) and holds the training courses, recording who came. The
 * volunteers sign up for the courses meant for them. The application and the roster are personal data (§11): the
 * applicant and her community's staff read an application; the roster, like the liaison registry, is the community's, its
 * grid's and the street leadership's — the command sub-centre dispatches to departments and needs no volunteer's personal
 * data (the core rows of GET /api/liaisons), nor the courses and who takes them (the registry's trainings); it reads the
 * team's counts and age mix, which are participation figures like the measures it reads (§10.1). Departments take no part.
 *
 * The resident column is a volunteer: for applications a new resident of community A (the applicant), for the courses a
 * resident registered as a party member of A; the liaison column is a new liaison of A for applications (a party-member
 * application, her own), the representative liaisonA for the courses. The representatives never apply: an accepted
 * application changes the applicant's role.
 */
// prettier-ignore
const rows: MatrixSection['rows'] = [
  //                                                res lia stf sec grd cmd dpt adm anon
  ['POST /api/volunteer-applications',               [Y,  Y,  F,  F,  F,  F,  F,  F,  U]],
  ['GET /api/volunteer-applications/mine',           [Y,  Y,  F,  F,  F,  F,  F,  F,  U]],
  ['GET /api/volunteer-applications',                [F,  F,  Y,  Y,  F,  F,  F,  F,  U]],
  ['GET /api/volunteer-applications/:id',            [Y,  Y,  Y,  Y,  F,  F,  F,  F,  U]],
  ['POST /api/volunteer-applications/:id/accept',    [F,  F,  Y,  Y,  F,  F,  F,  F,  U]],
  ['POST /api/volunteer-applications/:id/decline',   [F,  F,  Y,  Y,  F,  F,  F,  F,  U]],
  ['POST /api/volunteer-applications/:id/withdraw',  [Y,  Y,  F,  F,  F,  F,  F,  F,  U]],
  ['POST /api/training-courses',                     [F,  F,  Y,  Y,  F,  F,  F,  F,  U]],
  ['GET /api/training-courses',                      [Y,  Y,  Y,  Y,  Y,  F,  F,  Y,  U]],
  ['GET /api/training-courses/:id',                  [Y,  Y,  Y,  Y,  Y,  F,  F,  Y,  U]],
  ['POST /api/training-courses/:id/sign-up',         [Y,  Y,  F,  F,  F,  F,  F,  F,  U]],
  ['DELETE /api/training-courses/:id/sign-up',       [Y,  Y,  F,  F,  F,  F,  F,  F,  U]],
  ['POST /api/training-courses/:id/attendance',      [F,  F,  Y,  Y,  F,  F,  F,  F,  U]],
  ['GET /api/volunteers/team',                       [F,  F,  Y,  Y,  Y,  Y,  F,  Y,  U]],
  ['GET /api/volunteers',                            [F,  F,  Y,  Y,  Y,  F,  F,  Y,  U]],
  ['PUT /api/volunteers/:userId/birth-year',         [F,  F,  Y,  Y,  F,  F,  F,  F,  U]],
];

const HOUR = 3600_000;

type Kind = 'liaison' | 'partyMember';
/** An application as the matrix made it: the marker is the applicant's name on it. */
type Application = Marked & { applicant: Actor };
/** A volunteer of community A: the marker is her name. */
type Volunteer = Marked & { actor: Actor };
/** A course of community A (the marker is in its title), with the volunteer whose attendance the staff record. */
type Course = Marked & { title: string };

function scenarios(kit: MatrixKit): Record<string, Scenario> {
  const f = () => kit.t.fixtures;
  const db = () => kit.t.dataSource;
  const a = () => f().communities.a.id;

  /** A new account of community A (a resident who will apply, or a liaison). */
  const newPerson = async (role: 'resident' | 'liaison', name: string): Promise<Actor> =>
    kit.issue(await kit.newUser({ role, displayName: name, communityId: a() }), name);

  const applicationBody = (kind: Kind, name: string) => ({
    kind,
    communityId: a(),
    name,
    phone: '13800138000',
    birthYear: 1992,
    offers: ['patrol', 'mediation'],
    times: ['weekend'],
    ...(kind === 'partyMember' ? { workUnit: '区卫生健康委员会', partyOrganisation: '区卫健委机关第一党支部' } : {}),
  });
  /** A pending application to community A: a resident's to be a liaison, or a liaison's to register as a party member. */
  const applied = async (kind: Kind = 'liaison', by?: Actor): Promise<Application> => {
    const marker = kit.newMarker('MXVA');
    const applicant = by ?? (await newPerson(kind === 'liaison' ? 'resident' : 'liaison', `申请人${marker}`));
    const res = await kit.call('POST', '/api/volunteer-applications', applicant).send(applicationBody(kind, marker)).expect(201);
    return { id: res.body.id, marker, applicant };
  };
  /** The resident and liaison columns' own application (each one's, shared by the cells that only read it). */
  const ownApplication = (who: Who) =>
    who === 'liaison'
      ? kit.sharedObject('volunteerApplication:liaison', () => applied('partyMember'))
      : kit.sharedObject('volunteerApplication:resident', () => applied());
  const applicantOf = async (who: Who) => (who === 'resident' || who === 'liaison' ? (await ownApplication(who)).applicant : undefined);
  /** The pending application that refused decisions share. */
  const pending = () => kit.sharedObject('volunteerApplication:pending', () => applied());
  const applicationRow = (o: Marked) => db().getRepository(VolunteerApplication).findOneByOrFail({ id: o.id });
  /** The application and its applicant's account, which an accepted liaison application changes. */
  const applicationRecord = async (o: Application) => ({
    application: await applicationRow(o),
    applicant: await db()
      .getRepository(User)
      .findOne({ select: { id: true, role: true, communityId: true, displayName: true }, where: { id: o.applicant.id } }),
    registry: await db().getRepository(LiaisonProfile).findOneBy({ userId: o.applicant.id }),
  });

  /** A resident of community A registered as a party member (双报到) through her accepted application. */
  const partyMember = () =>
    kit.sharedObject('volunteer:partyMember', async (): Promise<Volunteer> => {
      const application = await applied('partyMember', await newPerson('resident', '矩阵双报到党员'));
      await kit.call('POST', `/api/volunteer-applications/${application.id}/accept`, kit.actor('staffA')).send({}).expect(200);
      return { id: application.applicant.id, marker: application.marker, actor: application.applicant };
    });
  /** The courses' resident column is a registered party member; the liaison column the representative liaisonA. */
  const volunteerOf = async (who: Who) => (who === 'resident' ? (await partyMember()).actor : undefined);

  /** A liaison of community A as the registry has her (the marker is her name). */
  const liaisonOfA = async (): Promise<Volunteer> => {
    const marker = kit.newMarker('MXVL');
    const actor = await newPerson('liaison', marker);
    return { id: actor.id, marker, actor };
  };
  const sharedLiaison = () => kit.sharedObject('volunteer:liaison', liaisonOfA);

  /** A course of community A for all its volunteers, by staffA: to come, or begun an hour ago (to record who came). */
  const courseIn = async (when: 'upcoming' | 'started'): Promise<Course> => {
    const marker = kit.newMarker('MXTC');
    const title = `民情专员矛盾调解培训 ${marker}`;
    const startsAt = new Date(kit.t.clock.now().getTime() + (when === 'upcoming' ? 48 * HOUR : -HOUR)).toISOString();
    const res = await kit
      .call('POST', '/api/training-courses', kit.actor('staffA'))
      .send({ title, startsAt, place: '社区活动室', hours: 2, audience: 'all' })
      .expect(201);
    return { id: res.body.id, marker, title };
  };
  const sharedCourse = (when: 'upcoming' | 'started') => kit.sharedObject(`trainingCourse:${when}`, () => courseIn(when));
  const signUps = (o: Marked) =>
    db()
      .getRepository(TrainingSignUp)
      .find({ where: { courseId: o.id }, order: { id: 'ASC' } });
  /** Who is recorded as present, and the training records written for the volunteer the staff record. */
  const attendanceRecord = async (o: Course) => ({
    attendances: await db()
      .getRepository(TrainingAttendance)
      .find({ where: { courseId: o.id }, order: { id: 'ASC' } }),
    trainings: await db()
      .getRepository(TrainingRecord)
      .find({ where: { title: o.title }, order: { id: 'ASC' } }),
  });
  const birthYearOf = (o: Marked) => db().getRepository(VolunteerBirthYear).findOneBy({ userId: o.id });

  return {
    // A resident applies to be a liaison; a liaison registers as a party member (she is a liaison already).
    'POST /api/volunteer-applications': calledBy(
      async (who) => (who === 'resident' || who === 'liaison' ? newPerson(who, `矩阵申请${who}`) : undefined),
      async (who) => {
        const marker = kit.newMarker('MXVA');
        const kind: Kind = who === 'liaison' ? 'partyMember' : 'liaison';
        return {
          url: '/api/volunteer-applications',
          body: applicationBody(kind, marker),
          verify: async (res, outcome, caller) => {
            const stored = await db().getRepository(VolunteerApplication).findOneBy({ name: marker });
            if (outcome !== 'ok') return expect(stored).toBeNull();
            expect(res.body).toMatchObject({ kind, status: 'pending', name: marker, communityId: a(), applicantId: caller!.id });
            expect(stored).toMatchObject({ applicantId: caller!.id, kind, status: 'pending', communityId: a() });
          },
        };
      },
    ),
    'GET /api/volunteer-applications/mine': (who, actor) =>
      calledBy(
        applicantOf,
        kit.read(
          () => ownApplication(who),
          () => '/api/volunteer-applications/mine',
          (res, o) => expect(kit.idsOf(res.body)).toContain(o.id),
        ),
      )(who, actor),
    'GET /api/volunteer-applications': kit.read(
      pending,
      () => '/api/volunteer-applications',
      (res, o) => expect(kit.idsOf(res.body)).toContain(o.id),
    ),
    // The applicant reads her own; her community's staff read it too.
    'GET /api/volunteer-applications/:id': (who, actor) =>
      calledBy(
        applicantOf,
        kit.read(
          () => (who === 'resident' || who === 'liaison' ? ownApplication(who) : pending()),
          (o) => `/api/volunteer-applications/${o.id}`,
          (res, o) => expect(res.body).toMatchObject({ id: o.id, name: o.marker, status: 'pending' }),
        ),
      )(who, actor),
    // Accepting a liaison's application makes the applicant's own account the community's liaison, with her registry entry.
    'POST /api/volunteer-applications/:id/accept': moveAs(kit, 'POST /api/volunteer-applications/:id/accept', {
      object: (fresh) => (fresh ? applied() : pending()),
      url: (o) => `/api/volunteer-applications/${o.id}/accept`,
      body: () => ({}),
      record: applicationRecord,
      done: async (res, o, caller) => {
        expect(res.body).toMatchObject({ id: o.id, status: 'accepted' });
        expect(await applicationRecord(o)).toMatchObject({
          application: { status: 'accepted', decidedById: caller.id, pendingSlot: null },
          applicant: { role: 'liaison', communityId: a(), displayName: o.marker },
          registry: { communityId: a(), duties: ['liaison'] },
        });
      },
    }),
    'POST /api/volunteer-applications/:id/decline': moveAs(kit, 'POST /api/volunteer-applications/:id/decline', {
      object: (fresh) => (fresh ? applied() : pending()),
      url: (o) => `/api/volunteer-applications/${o.id}/decline`,
      body: () => ({ reason: '本期民情专员名额已满，欢迎下次申请' }),
      record: applicationRecord,
      done: async (res, o, caller) => {
        expect(res.body).toMatchObject({ id: o.id, status: 'declined' });
        expect(await applicationRecord(o)).toMatchObject({
          application: { status: 'declined', decidedById: caller.id, declineReason: '本期民情专员名额已满，欢迎下次申请' },
          applicant: { role: 'resident' },
          registry: null,
        });
      },
    }),
    // Her own pending application: each allowed cell is a new applicant of the column's role, withdrawing what she applied for.
    'POST /api/volunteer-applications/:id/withdraw': moveAs(kit, 'POST /api/volunteer-applications/:id/withdraw', {
      as: async (who) => (who === 'resident' || who === 'liaison' ? newPerson(who, `矩阵撤回${who}`) : undefined),
      object: (fresh, caller) => (fresh ? applied(caller!.role === 'liaison' ? 'partyMember' : 'liaison', caller) : pending()),
      url: (o) => `/api/volunteer-applications/${o.id}/withdraw`,
      record: applicationRecord,
      done: async (res, o, caller) => {
        expect(res.body).toMatchObject({ id: o.id, status: 'withdrawn' });
        expect(await applicationRow(o)).toMatchObject({ status: 'withdrawn', decidedById: caller.id, pendingSlot: null });
      },
    }),

    'POST /api/training-courses': async () => {
      const title = `民情专员培训 ${kit.newMarker('MXTC')}`;
      return {
        url: '/api/training-courses',
        body: { title, startsAt: new Date(kit.t.clock.now().getTime() + 72 * HOUR).toISOString(), place: '社区活动室', hours: 1.5, audience: 'liaison' },
        verify: async (res, outcome, caller) => {
          const stored = await db().getRepository(TrainingCourse).findOneBy({ title });
          if (outcome !== 'ok') return expect(stored).toBeNull();
          expect(res.body).toMatchObject({ title, communityId: a(), hours: 1.5, signUps: 0 });
          expect(stored).toMatchObject({ communityId: a(), createdById: caller!.id, audience: 'liaison' });
        },
      };
    },
    // Soonest first, 50 a page: each cell lists a course of its own.
    'GET /api/training-courses': calledBy(
      volunteerOf,
      kit.read(
        () => courseIn('upcoming'),
        () => '/api/training-courses',
        (res, o) => expect(kit.idsOf(res.body)).toContain(o.id),
      ),
    ),
    'GET /api/training-courses/:id': calledBy(
      volunteerOf,
      kit.read(
        () => sharedCourse('upcoming'),
        (o) => `/api/training-courses/${o.id}`,
        (res, o) => expect(res.body).toMatchObject({ id: o.id, title: o.title, communityId: a() }),
      ),
    ),
    'POST /api/training-courses/:id/sign-up': moveAs(kit, 'POST /api/training-courses/:id/sign-up', {
      as: volunteerOf,
      object: (fresh) => (fresh ? courseIn('upcoming') : sharedCourse('upcoming')),
      url: (o) => `/api/training-courses/${o.id}/sign-up`,
      record: signUps,
      done: async (res, o, caller) => {
        expect(res.body).toMatchObject({ id: o.id, signedUp: true, signUps: 1 });
        expect(await signUps(o)).toMatchObject([{ userId: caller.id }]);
      },
    }),
    // Her name off a course she signed up for (the refused share a course with the party member signed up).
    'DELETE /api/training-courses/:id/sign-up': moveAs(kit, 'DELETE /api/training-courses/:id/sign-up', {
      as: volunteerOf,
      object: async (fresh, caller) => {
        if (!fresh)
          return kit.sharedObject('trainingCourse:signedUp', async () => {
            const course = await courseIn('upcoming');
            await kit.call('POST', `/api/training-courses/${course.id}/sign-up`, (await partyMember()).actor).expect(200);
            return course;
          });
        const course = await courseIn('upcoming');
        await kit.call('POST', `/api/training-courses/${course.id}/sign-up`, caller).expect(200);
        return course;
      },
      url: (o) => `/api/training-courses/${o.id}/sign-up`,
      record: signUps,
      done: async (res, o) => {
        expect(res.body).toMatchObject({ id: o.id, signedUp: false, signUps: 0 });
        expect(await signUps(o)).toEqual([]);
      },
    }),
    // Who came, once it has begun: the attendance goes on her training record.
    'POST /api/training-courses/:id/attendance': moveAs(kit, 'POST /api/training-courses/:id/attendance', {
      object: async (fresh) => ({ ...(fresh ? await courseIn('started') : await sharedCourse('started')), attendee: await sharedLiaison() }),
      url: (o) => `/api/training-courses/${o.id}/attendance`,
      body: (o) => ({ userIds: [o.attendee.id] }),
      record: attendanceRecord,
      done: async (res, o, caller) => {
        expect(res.body).toMatchObject({ id: o.id, attendance: 1 });
        expect(await attendanceRecord(o)).toMatchObject({
          attendances: [{ userId: o.attendee.id, recordedById: caller.id }],
          trainings: [{ liaisonUserId: o.attendee.id, hours: 2, recordedById: caller.id }],
        });
      },
    }),

    // The counts and age mix (no names): community A's count includes the matrix's liaison.
    'GET /api/volunteers/team': kit.read(
      sharedLiaison,
      () => '/api/volunteers/team',
      (res) => {
        const ofA = (res.body.communities as { communityId: number; total: number }[]).find((c) => c.communityId === a());
        expect(ofA?.total).toBeGreaterThanOrEqual(1);
        expect(res.body.total.total).toBeGreaterThanOrEqual(ofA!.total);
      },
    ),
    'GET /api/volunteers': kit.read(
      sharedLiaison,
      () => '/api/volunteers',
      (res, o) => expect(res.body).toContainEqual(expect.objectContaining({ userId: o.id, name: o.marker, communityId: a(), kinds: ['liaison'] })),
    ),
    'PUT /api/volunteers/:userId/birth-year': moveAs(kit, 'PUT /api/volunteers/:userId/birth-year', {
      object: (fresh) => (fresh ? liaisonOfA() : sharedLiaison()),
      url: (o) => `/api/volunteers/${o.id}/birth-year`,
      body: () => ({ birthYear: 1988 }),
      record: birthYearOf,
      done: async (res, o, caller) => {
        expect(res.body).toMatchObject({ userId: o.id, name: o.marker, birthYear: 1988 });
        expect(await birthYearOf(o)).toMatchObject({ birthYear: 1988, recordedById: caller.id });
      },
    }),
  };
}

export const volunteersMatrix: MatrixSection = { rows, scenarios };
