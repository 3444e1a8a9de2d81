import { AppealEvent } from '../appeals/entities/appeal-event.entity';
import { F, U, Y, calledBy, moveAs, type Actor, type MatrixKit, type MatrixSection, type Marked, type Scenario, type Who } from '../testing/access-matrix-kit';
import { MeetingAttendance } from './entities/meeting-attendance.entity';
import { MeetingDecision } from './entities/meeting-decision.entity';
import { MeetingSignUp } from './entities/meeting-sign-up.entity';
import { Meeting } from './entities/meeting.entity';

/**
 * Residents' meetings (议事会) in the access matrix. The method (issue 16, the deliberation hall): the community's party
 * organisation runs the residents' deliberation hall, so a meeting is the community's — its staff and secretary schedule,
 * change and cancel it, keep its attendance (the door's code, the sign-in sheet) and write and publish its minutes and
 * decisions. The residents it is for take part: a resident once she has stated her household (the resident column is a
 * new resident of community A with a flat in 甲1号楼; the representative has stated none), a liaison (a resident
 * volunteer, docs/domain.md §9) as her community's. They sign up, withdraw, and check in at the door; they do not run it.
 * The community's grid (support, §8.4) and the street oversee the deliberation hall, as they oversee the community's
 * management list, projects and measures (§8, §10): they read its meetings, never the personal sheet of who came. The
 * departments are not part of it.
 */
// prettier-ignore
const rows: MatrixSection['rows'] = [
  //                                              res lia stf sec grd cmd dpt adm anon
  ['POST /api/meetings',                           [F,  F,  Y,  Y,  F,  F,  F,  F,  U]],
  ['GET /api/meetings',                            [Y,  Y,  Y,  Y,  Y,  Y,  F,  Y,  U]],
  ['GET /api/meetings/:id',                        [Y,  Y,  Y,  Y,  Y,  Y,  F,  Y,  U]],
  ['PUT /api/meetings/:id',                        [F,  F,  Y,  Y,  F,  F,  F,  F,  U]],
  ['POST /api/meetings/:id/cancel',                [F,  F,  Y,  Y,  F,  F,  F,  F,  U]],
  ['POST /api/meetings/:id/sign-up',               [Y,  Y,  F,  F,  F,  F,  F,  F,  U]],
  ['DELETE /api/meetings/:id/sign-up',             [Y,  Y,  F,  F,  F,  F,  F,  F,  U]],
  ['POST /api/meetings/:id/check-in',              [Y,  Y,  F,  F,  F,  F,  F,  F,  U]],
  ['GET /api/meetings/:id/check-in-code',          [F,  F,  Y,  Y,  F,  F,  F,  F,  U]],
  ['GET /api/meetings/:id/participants',           [F,  F,  Y,  Y,  F,  F,  F,  F,  U]],
  ['POST /api/meetings/:id/attendance',            [F,  F,  Y,  Y,  F,  F,  F,  F,  U]],
  ['DELETE /api/meetings/:id/attendance/:userId',  [F,  F,  Y,  Y,  F,  F,  F,  F,  U]],
  ['PUT /api/meetings/:id/minutes',                [F,  F,  Y,  Y,  F,  F,  F,  F,  U]],
  ['POST /api/meetings/:id/minutes/publish',       [F,  F,  Y,  Y,  F,  F,  F,  F,  U]],
];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** When a meeting is, relative to the test clock: to come (sign-up open), about to start (the door's check-in open), running, or over. */
type When = 'upcoming' | 'checkIn' | 'started' | 'ended';
/** Created through the API (a start in the past is refused), then, for a running or past meeting, moved back in the table. */
const TIMES: Record<When, { create: [number, number]; then?: [number, number] }> = {
  upcoming: { create: [48 * HOUR, 50 * HOUR] },
  checkIn: { create: [30 * MINUTE, 3 * HOUR] },
  started: { create: [48 * HOUR, 50 * HOUR], then: [-HOUR, HOUR] },
  ended: { create: [48 * HOUR, 50 * HOUR], then: [-3 * HOUR, -HOUR] },
};

type MatrixMeeting = Marked & { code: string };

function scenarios(kit: MatrixKit): Record<string, Scenario> {
  const f = () => kit.t.fixtures;
  const db = () => kit.t.dataSource;
  const at = (offset: number) => new Date(kit.t.clock.now().getTime() + offset);
  let rooms = 0;

  /** A new resident of community A who has stated a flat in 甲1号楼 (the marker is her name). */
  const statedResident = async (name = kit.newMarker('MXMR')): Promise<Actor> => {
    const user = await kit.newUser({ role: 'resident', displayName: name, communityId: f().communities.a.id });
    const actor = kit.issue(user, name);
    await kit
      .call('PUT', '/api/me/household', actor)
      .send({ buildingId: f().buildings.a1.id, unit: '6', room: `6${++rooms}` })
      .expect(200);
    return actor;
  };
  let resident: Promise<Actor> | undefined;
  /** The resident column: one who takes part (the representative residentA has stated no household). */
  const participant = async (who: Who) => (who === 'resident' ? (resident ??= statedResident('矩阵议事会居民')) : undefined);

  const meetingBody = (topic: string, when: [number, number]) => ({
    topic,
    startsAt: at(when[0]).toISOString(),
    endsAt: at(when[1]).toISOString(),
    place: '社区居委会二楼议事厅',
    agenda: ['通报停车现状', '讨论方案'],
    audience: 'community',
  });
  /** A meeting of community A for all its households, scheduled by staffA (the marker is in its topic). */
  const meetingIn = async (when: When): Promise<MatrixMeeting> => {
    const marker = kit.newMarker('MXMT');
    const times = TIMES[when];
    const res = await kit
      .call('POST', '/api/meetings', kit.actor('staffA'))
      .send(meetingBody(`停车议事会 ${marker}`, times.create))
      .expect(201);
    const id: number = res.body.id;
    if (times.then)
      await db()
        .getRepository(Meeting)
        .update({ id }, { startsAt: at(times.then[0]), endsAt: at(times.then[1]) });
    const { checkInCode } = await db().getRepository(Meeting).findOneByOrFail({ id });
    return { id, marker, code: checkInCode };
  };
  const shared = (when: When) => kit.sharedObject(`meeting:${when}`, () => meetingIn(when));

  const meetingRow = (o: Marked) => db().getRepository(Meeting).findOneByOrFail({ id: o.id });
  const signUps = (o: Marked) =>
    db()
      .getRepository(MeetingSignUp)
      .find({ where: { meetingId: o.id }, order: { id: 'ASC' } });
  const attendances = (o: Marked) =>
    db()
      .getRepository(MeetingAttendance)
      .find({ where: { meetingId: o.id }, order: { id: 'ASC' } });
  const decisions = (o: Marked) =>
    db()
      .getRepository(MeetingDecision)
      .find({ where: { meetingId: o.id }, order: { id: 'ASC' } });
  /** Everything of the meeting a refused call must leave as it was. */
  const record = async (o: Marked) => ({
    meeting: await meetingRow(o),
    signUps: await signUps(o),
    attendances: await attendances(o),
    decisions: await decisions(o),
  });

  /** An appeal of community A (residentA's) that the published decisions answer. */
  let answered: Promise<number> | undefined;
  const answeredAppeal = () =>
    (answered ??= (async () => {
      const res = await kit
        .call('POST', '/api/appeals', kit.actor('residentA'))
        .set('Idempotency-Key', 'matrix-meeting-decision-appeal')
        .send({ channel: 'online', content: '小区里乱停车，消防通道被堵', communityId: f().communities.a.id, buildingId: f().buildings.a1.id })
        .expect(201);
      return res.body.id as number;
    })());
  const decisionLines = async (o: Marked) => {
    const events = await db()
      .getRepository(AppealEvent)
      .find({ where: { appealId: await answeredAppeal(), type: 'meetingDecision' }, order: { id: 'ASC' } });
    return events.filter((e) => (e.data as { meetingId?: number } | null)?.meetingId === o.id);
  };
  /** A meeting that is over, with its minutes saved by staffA: one decision, answering the appeal. */
  const endedWithDraft = async (): Promise<MatrixMeeting> => {
    const o = await meetingIn('ended');
    await kit
      .call('PUT', `/api/meetings/${o.id}/minutes`, kit.actor('staffA'))
      .send({ minutes: '到会居民讨论了两个停车方案。', decisions: [{ text: '采用错时共享停车方案', adopted: true, appealIds: [await answeredAppeal()] }] })
      .expect(200);
    return o;
  };

  /** A meeting about to start that someone (the marker: her name, a stated resident of A) signed up for. */
  const withSignUp = async (): Promise<Marked> => {
    const meeting = await meetingIn('checkIn');
    const name = kit.newMarker('MXMS');
    await kit.call('POST', `/api/meetings/${meeting.id}/sign-up`, await statedResident(name)).expect(200);
    return { id: meeting.id, marker: name };
  };

  /** A move on a meeting, the resident column called by the resident who takes part. */
  const meetingMove = (key: string, spec: Omit<Parameters<typeof moveAs<MatrixMeeting>>[2], 'as'>) => moveAs(kit, key, { as: participant, ...spec });

  return {
    'POST /api/meetings': calledBy(participant, async () => {
      const topic = `停车议事会 ${kit.newMarker('MXMT')}`;
      return {
        url: '/api/meetings',
        body: meetingBody(topic, TIMES.upcoming.create),
        verify: async (res, outcome, caller) => {
          const stored = await db().getRepository(Meeting).findOneBy({ topic });
          if (outcome !== 'ok') return expect(stored).toBeNull();
          expect(res.body).toMatchObject({ topic, communityId: f().communities.a.id, status: 'scheduled' });
          expect(stored).toMatchObject({ communityId: f().communities.a.id, createdById: caller!.id });
        },
      };
    }),
    'GET /api/meetings': calledBy(
      participant,
      kit.read(
        () => shared('upcoming'),
        () => '/api/meetings',
        (res, o) => expect(kit.idsOf(res.body)).toContain(o.id),
      ),
    ),
    'GET /api/meetings/:id': calledBy(
      participant,
      kit.read(
        () => shared('upcoming'),
        (o) => `/api/meetings/${o.id}`,
        (res, o) => expect(res.body).toMatchObject({ id: o.id, topic: `停车议事会 ${o.marker}` }),
      ),
    ),
    'PUT /api/meetings/:id': meetingMove('PUT /api/meetings/:id', {
      object: (fresh) => (fresh ? meetingIn('upcoming') : shared('upcoming')),
      url: (o) => `/api/meetings/${o.id}`,
      body: () => ({ ...meetingBody('停车议事会（改期）', [72 * HOUR, 74 * HOUR]), place: '社区活动中心' }),
      record,
      done: async (res, o) => {
        expect(res.body).toMatchObject({ id: o.id, topic: '停车议事会（改期）', place: '社区活动中心' });
        expect(await meetingRow(o)).toMatchObject({ topic: '停车议事会（改期）', place: '社区活动中心', startsAt: at(72 * HOUR) });
      },
    }),
    'POST /api/meetings/:id/cancel': meetingMove('POST /api/meetings/:id/cancel', {
      object: (fresh) => (fresh ? meetingIn('upcoming') : shared('upcoming')),
      url: (o) => `/api/meetings/${o.id}/cancel`,
      body: () => ({ reason: '遇雨改期' }),
      record,
      done: async (res, o, caller) => {
        expect(res.body).toMatchObject({ id: o.id, status: 'cancelled' });
        expect(await meetingRow(o)).toMatchObject({ status: 'cancelled', cancelledById: caller.id, cancelReason: '遇雨改期' });
      },
    }),
    'POST /api/meetings/:id/sign-up': meetingMove('POST /api/meetings/:id/sign-up', {
      object: (fresh) => (fresh ? meetingIn('upcoming') : shared('upcoming')),
      url: (o) => `/api/meetings/${o.id}/sign-up`,
      record,
      done: async (res, o, caller) => {
        expect(res.body).toMatchObject({ id: o.id, signedUpByMe: true, signUps: 1 });
        expect(await signUps(o)).toMatchObject([{ userId: caller.id }]);
      },
    }),
    // Withdrawing needs her sign-up: an allowed caller signs up first; the refused ones meet someone else's, which stays.
    'DELETE /api/meetings/:id/sign-up': moveAs(kit, 'DELETE /api/meetings/:id/sign-up', {
      as: participant,
      object: async (fresh, caller) => {
        if (!fresh) return kit.sharedObject('meeting:signedUp', withSignUp);
        const o = await meetingIn('upcoming');
        await kit.call('POST', `/api/meetings/${o.id}/sign-up`, caller).expect(200);
        return o;
      },
      url: (o) => `/api/meetings/${o.id}/sign-up`,
      record,
      done: async (res, o) => {
        expect(res.body).toMatchObject({ id: o.id, signedUpByMe: false, signUps: 0 });
        expect(await signUps(o)).toEqual([]);
      },
    }),
    // At the door, with the meeting's code (the refused callers have it too: only access stops them).
    'POST /api/meetings/:id/check-in': meetingMove('POST /api/meetings/:id/check-in', {
      object: (fresh) => (fresh ? meetingIn('checkIn') : shared('checkIn')),
      url: (o) => `/api/meetings/${o.id}/check-in`,
      body: (o) => ({ code: o.code }),
      record,
      done: async (res, o, caller) => {
        expect(res.body).toMatchObject({ id: o.id, attendedByMe: true });
        expect(await attendances(o)).toMatchObject([{ userId: caller.id, method: 'checkIn' }]);
      },
    }),
    // The marker is the door's code itself: nobody but the community's staff may see it.
    'GET /api/meetings/:id/check-in-code': calledBy(
      participant,
      kit.read(
        async () => {
          const o = await shared('checkIn');
          return { id: o.id, marker: o.code };
        },
        (o) => `/api/meetings/${o.id}/check-in-code`,
        (res, o) => expect(res.body).toMatchObject({ meetingId: o.id, code: o.marker, payload: `lingjuli-meeting:${o.id}:${o.marker}` }),
      ),
    ),
    // The marker is the name of the resident who signed up: the sign-in sheet is personal.
    'GET /api/meetings/:id/participants': calledBy(
      participant,
      kit.read(
        () => kit.sharedObject('meeting:signedUp', withSignUp),
        (o) => `/api/meetings/${o.id}/participants`,
        (res, o) => expect(res.body).toMatchObject([{ user: { name: o.marker }, household: expect.stringContaining('甲1号楼'), attendedAt: null }]),
      ),
    ),
    'POST /api/meetings/:id/attendance': moveAs(kit, 'POST /api/meetings/:id/attendance', {
      as: participant,
      object: async (fresh) => {
        const o = fresh ? await meetingIn('checkIn') : await shared('checkIn');
        return { ...o, attendee: await kit.sharedObject('meeting:attendee', async () => ({ id: (await statedResident()).id, marker: '' })) };
      },
      url: (o) => `/api/meetings/${o.id}/attendance`,
      body: (o) => ({ userIds: [o.attendee.id] }),
      record,
      done: async (res, o, caller) => {
        expect(res.body).toMatchObject([{ user: { id: o.attendee.id }, attendance: 'staff' }]);
        expect(await attendances(o)).toMatchObject([{ userId: o.attendee.id, method: 'staff', recordedById: caller.id }]);
      },
    }),
    // A wrong attendance taken back: staffA recorded someone (the marker: her name) at a meeting about to start.
    'DELETE /api/meetings/:id/attendance/:userId': moveAs(kit, 'DELETE /api/meetings/:id/attendance/:userId', {
      as: participant,
      object: async (fresh) => {
        const make = async () => {
          const meeting = await meetingIn('checkIn');
          const name = kit.newMarker('MXMA');
          const attendee = await statedResident(name);
          await kit
            .call('POST', `/api/meetings/${meeting.id}/attendance`, kit.actor('staffA'))
            .send({ userIds: [attendee.id] })
            .expect(200);
          return { id: meeting.id, marker: name, userId: attendee.id };
        };
        return fresh ? make() : kit.sharedObject('meeting:attended', make);
      },
      url: (o) => `/api/meetings/${o.id}/attendance/${o.userId}`,
      record,
      done: async (res, o) => {
        expect(res.status).toBe(204);
        expect(await attendances(o)).toEqual([]);
      },
    }),
    'PUT /api/meetings/:id/minutes': meetingMove('PUT /api/meetings/:id/minutes', {
      object: (fresh) => (fresh ? meetingIn('started') : shared('started')),
      url: (o) => `/api/meetings/${o.id}/minutes`,
      body: () => ({ minutes: '到会居民讨论了两个停车方案。', decisions: [{ text: '采用错时共享停车方案', adopted: true }] }),
      record,
      done: async (res, o, caller) => {
        expect(res.body).toMatchObject({ id: o.id, minutesState: 'draft', minutes: '到会居民讨论了两个停车方案。' });
        expect(await meetingRow(o)).toMatchObject({ minutes: '到会居民讨论了两个停车方案。', minutesSavedById: caller.id, minutesPublishedAt: null });
        expect(await decisions(o)).toMatchObject([{ text: '采用错时共享停车方案', adopted: true }]);
      },
    }),
    // Publishing puts the decision on the answered appeal's timeline (the ledger) in the same transaction.
    'POST /api/meetings/:id/minutes/publish': moveAs(kit, 'POST /api/meetings/:id/minutes/publish', {
      as: participant,
      object: (fresh) => (fresh ? endedWithDraft() : kit.sharedObject('meeting:draft', endedWithDraft)),
      url: (o) => `/api/meetings/${o.id}/minutes/publish`,
      record: async (o) => ({ ...(await record(o)), lines: await decisionLines(o) }),
      done: async (res, o, caller) => {
        expect(res.body).toMatchObject({ id: o.id, minutesState: 'published' });
        expect(await meetingRow(o)).toMatchObject({ minutesPublishedById: caller.id, minutesPublishedAt: kit.t.clock.now() });
        expect(await decisionLines(o)).toMatchObject([{ actorId: caller.id, visibility: 'public' }]);
      },
    }),
  };
}

export const meetingsMatrix: MatrixSection = { rows, scenarios };
