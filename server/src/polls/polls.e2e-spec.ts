import type { PollDetail, PollResults, PollSummary } from '@lingjuli/shared';
import type request from 'supertest';
import { TokenService } from '../auth/token.service';
import { NotificationOutbox } from '../notifications/notification-outbox.entity';
import type { FixtureUser } from '../testing/fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';
import { bodyBytes, readWorkbook, sheetRows } from '../testing/xlsx';
import { TimerDrain } from '../timers/timer-drain.service';
import { Timer } from '../timers/timer.entity';
import { isUniqueViolation } from '../database/db-errors';
import { HouseholdsService } from '../households/households.service';
import { User } from '../users/user.entity';
import { PollBallot } from './poll-ballot.entity';
import { PollParticipation } from './poll-participation.entity';
import { PollsService } from './polls.service';

const DAY = 24 * 60 * 60_000;

/** A resident's agent: the fixture residents, or one made here. */
type Agent = { [M in 'get' | 'post' | 'put']: (url: string) => request.Test };

/** The parking plan (停车方案), as the paper's example: which plan, extras, the plans in order, a word. */
const parkingQuestions = () => [
  { type: 'single', prompt: '您支持哪个停车方案？', options: ['方案一：地面划线停车', '方案二：错时共享停车', '方案三：建立体车库'] },
  { type: 'multiple', prompt: '希望同步做哪些改造？（最多选两项）', options: ['加装充电桩', '增设照明', '绿化补种'], maxChoices: 2, required: false },
  { type: 'ranked', prompt: '请按优先顺序排列三个方案', options: ['方案一', '方案二', '方案三'] },
  { type: 'text', prompt: '其他意见和建议', required: false },
];

describe('polls and questionnaires of the deliberation hall (real HTTP, real database)', () => {
  let t: TestApp;
  let made = 0;

  beforeAll(async () => {
    t = await createTestApp({ startAt: '2026-05-04T09:00:00+08:00' });
  });
  afterAll(() => t.close());

  const drain = () => t.app.get(TimerDrain).drain();
  const a = () => t.fixtures.communities.a;
  const b = () => t.fixtures.buildings;

  /** A new resident of a community, with an agent carrying her token. */
  const newResident = async (communityId = a().id): Promise<{ user: User; as: Agent }> => {
    const user = await t.dataSource.getRepository(User).save({
      role: 'resident',
      displayName: `居民${++made}`,
      username: null,
      passwordHash: null,
      wechatOpenId: `openid-poll-${made}`,
      communityId,
      gridId: null,
      departmentId: null,
      active: true,
      createdAt: t.clock.now(),
    });
    // Issued at each request: the tests move the clock past a token's lifetime.
    const auth = () => `Bearer ${t.app.get(TokenService).issue(user.id, 'resident').token}`;
    return {
      user,
      as: {
        get: (url) => t.http.get(url).set('Authorization', auth()),
        post: (url) => t.http.post(url).set('Authorization', auth()),
        put: (url) => t.http.put(url).set('Authorization', auth()),
      },
    };
  };
  /** A resident who stated this flat. */
  const living = async (buildingId: number, unit: string, room: string, communityId = a().id) => {
    const r = await newResident(communityId);
    await r.as.put('/api/me/household').send({ buildingId, unit, room }).expect(200);
    return r;
  };

  const closesIn = (days: number) => new Date(t.clock.now().getTime() + days * DAY).toISOString();
  const create = async (extra: Record<string, unknown> = {}, who: FixtureUser = 'staffA'): Promise<PollDetail> =>
    (
      await t
        .as(who)
        .post('/api/polls')
        .send({
          title: '小区停车方案征求意见',
          description: '小区车位紧张，社区拟定三个方案，请各户表态。',
          questions: parkingQuestions(),
          audience: 'community',
          ballotUnit: 'household',
          closesAt: closesIn(7),
          ...extra,
        })
        .expect(201)
    ).body;
  /** A good answer to the parking poll: a plan, extras, a ranking, a word. */
  const ballot = (poll: PollDetail, choice = 1, words = '') => {
    const [single, multiple, ranked, text] = poll.questions;
    return {
      answers: [
        { questionId: single.id, optionIds: [single.options[choice].id] },
        { questionId: multiple.id, optionIds: [multiple.options[0].id] },
        { questionId: ranked.id, optionIds: [ranked.options[choice].id, ranked.options[(choice + 1) % 3].id] },
        { questionId: text.id, text: words },
      ],
    };
  };
  const counts = async (pollId: number) => ({
    participations: await t.dataSource.getRepository(PollParticipation).countBy({ pollId }),
    ballots: await t.dataSource.getRepository(PollBallot).countBy({ pollId }),
  });
  const notices = async (kind: string, pollId: number) =>
    (await t.dataSource.getRepository(NotificationOutbox).findBy({ kind: kind as never, subjectType: 'poll' as never, subjectId: pollId }))
      .map((n) => n.recipientId)
      .sort();

  describe('creating and editing', () => {
    it('staff create the parking poll in their community; it closes itself by a timer', async () => {
      const poll = await create();
      expect(poll).toMatchObject({
        communityId: a().id,
        status: 'open',
        audience: 'community',
        ballotUnit: 'household',
        verifiedHouseholdsOnly: false,
        notifyParticipants: true,
        opensAt: t.clock.now().toISOString(),
        participants: 0,
        answerState: null,
        editable: true,
        adoption: null,
        createdBy: { id: t.fixtures.users.staffA.id },
      });
      expect(poll.questions.map((q) => [q.type, q.required, q.maxChoices, q.options.length])).toEqual([
        ['single', true, null, 3],
        ['multiple', false, 2, 3],
        ['ranked', true, null, 3],
        ['text', false, null, 0],
      ]);
      expect(await t.dataSource.getRepository(Timer).findOneByOrFail({ ownerType: 'poll', ownerId: poll.id })).toMatchObject({
        kind: 'pollClose',
        fireAt: new Date(poll.closesAt),
        deadline: new Date(poll.closesAt),
      });
    });

    it('refuses what is not a poll, on the field, writing nothing', async () => {
      const before = (await t.as('staffA').get('/api/polls').expect(200)).body.length;
      const refused = async (extra: Record<string, unknown>, field: string) => {
        const res = await t
          .as('staffA')
          .post('/api/polls')
          .send({
            title: '测试',
            description: '说明',
            questions: parkingQuestions(),
            audience: 'community',
            ballotUnit: 'household',
            closesAt: closesIn(3),
            ...extra,
          })
          .expect(400);
        expect(res.body.details[0].field).toBe(field);
      };
      await refused({ closesAt: '2026-05-01T00:00:00+08:00' }, 'closesAt');
      await refused({ opensAt: closesIn(5) }, 'closesAt');
      await refused({ closesAt: closesIn(400) }, 'closesAt');
      await refused({ closesAt: '2026-05-10' }, 'closesAt');
      await refused({ ballotUnit: 'building' }, 'ballotUnit');
      await refused({ questions: [] }, 'questions');
      await refused({ questions: [{ type: 'single', prompt: '只有一个选项？', options: ['是'] }] }, 'questions.0.options');
      await refused({ questions: [{ type: 'text', prompt: '意见', options: ['甲', '乙'] }] }, 'questions.0.options');
      await refused({ questions: [{ type: 'single', prompt: '重复', options: ['甲', ' 甲 '] }] }, 'questions.0.options.1');
      await refused({ questions: [{ type: 'single', prompt: '单选', options: ['甲', '乙'], maxChoices: 1 }] }, 'questions.0.maxChoices');
      await refused({ questions: [{ type: 'multiple', prompt: '多选', options: ['甲', '乙'], maxChoices: 3 }] }, 'questions.0.maxChoices');
      await refused({ questions: [{ type: 'vote', prompt: '？', options: ['甲', '乙'] }] }, 'questions.0.type');
      await refused({ audience: 'buildings' }, 'buildingIds');
      await refused({ audience: 'buildings', buildingIds: [b().a1.id, b().b1.id] }, 'buildingIds.1');
      await refused({ audience: 'community', buildingIds: [b().a1.id] }, 'buildingIds');
      await refused({ audience: 'invited', invitedUserIds: [t.fixtures.users.residentA.id, t.fixtures.users.residentB.id] }, 'invitedUserIds.1');
      await refused({ audience: 'invited', invitedUserIds: [t.fixtures.users.staffA.id] }, 'invitedUserIds.0');
      expect((await t.as('staffA').get('/api/polls').expect(200)).body.length).toBe(before);
      await t.as('residentA').post('/api/polls').send({}).expect(403);
      await t.as('streetAdmin').post('/api/polls').send({}).expect(403);
    });

    it('is edited only before the first answer, its timer following the new closing time', async () => {
      const poll = await create({ title: '楼道堆物清理方案' });
      const edited = await t
        .as('secretaryA')
        .put(`/api/polls/${poll.id}`)
        .send({
          title: '楼道堆物清理方案（修订）',
          description: '修订',
          questions: parkingQuestions().slice(0, 1),
          audience: 'community',
          ballotUnit: 'resident',
          closesAt: closesIn(10),
        })
        .expect(200);
      expect(edited.body).toMatchObject({ title: '楼道堆物清理方案（修订）', ballotUnit: 'resident', editable: true });
      expect(edited.body.questions).toHaveLength(1);
      expect(await t.dataSource.getRepository(Timer).findOneByOrFail({ ownerType: 'poll', ownerId: poll.id })).toMatchObject({
        deadline: new Date(edited.body.closesAt),
        version: 2,
      });
      await t
        .as('staffB')
        .put(`/api/polls/${poll.id}`)
        .send({ title: '乙', description: '乙', questions: parkingQuestions(), audience: 'community', ballotUnit: 'household', closesAt: closesIn(3) })
        .expect(404);

      const voter = await living(b().a1.id, '1', '101');
      const [single] = edited.body.questions;
      await voter.as
        .post(`/api/polls/${poll.id}/answers`)
        .send({ answers: [{ questionId: single.id, optionIds: [single.options[0].id] }] })
        .expect(201);
      expect((await t.as('staffA').get(`/api/polls/${poll.id}`).expect(200)).body.editable).toBe(false);
      const late = await t
        .as('staffA')
        .put(`/api/polls/${poll.id}`)
        .send({ title: '改', description: '改', questions: parkingQuestions(), audience: 'community', ballotUnit: 'household', closesAt: closesIn(3) })
        .expect(409);
      expect(late.body.code).toBe('POLL_HAS_ANSWERS');
    });
  });

  describe('answering', () => {
    let poll: PollDetail;
    beforeAll(async () => {
      poll = await create({ title: '停车方案（每户一票）' });
    });

    it('one answer per household: a second from her, or from another resident of her flat, is refused', async () => {
      const { residentA, residentA2 } = t.fixtures.users;
      await t.as('residentA').put('/api/me/household').send({ buildingId: b().a1.id, unit: '2', room: '301' }).expect(200);
      await t.as('residentA2').put('/api/me/household').send({ buildingId: b().a1.id, unit: '2单元', room: '301室' }).expect(200);

      const listed = (await t.as('residentA').get('/api/polls').expect(200)).body as PollSummary[];
      expect(listed.find((p) => p.id === poll.id)).toMatchObject({ answerState: 'canAnswer', participants: 0 });

      const receipt = await t.as('residentA').post(`/api/polls/${poll.id}/answers`).send(ballot(poll, 1)).expect(201);
      expect(receipt.body).toEqual({ pollId: poll.id, answeredAt: t.clock.now().toISOString(), participants: 1 });

      const again = await t.as('residentA').post(`/api/polls/${poll.id}/answers`).send(ballot(poll, 0)).expect(409);
      expect(again.body.code).toBe('POLL_ALREADY_ANSWERED');
      const flatmate = await t.as('residentA2').post(`/api/polls/${poll.id}/answers`).send(ballot(poll, 0)).expect(409);
      expect(flatmate.body).toMatchObject({ code: 'HOUSEHOLD_ALREADY_VOTED', message: expect.stringContaining('您家已有人参与') });
      expect(await counts(poll.id)).toEqual({ participations: 1, ballots: 1 });

      const states = async (who: FixtureUser) => ((await t.as(who).get(`/api/polls/${poll.id}`).expect(200)).body as PollDetail).answerState;
      expect(await states('residentA')).toBe('answered');
      expect(await states('residentA2')).toBe('householdAnswered');
      expect(residentA.id).not.toBe(residentA2.id);
    });

    it('another flat of the same building answers too', async () => {
      const neighbour = await living(b().a1.id, '2', '302');
      await neighbour.as
        .post(`/api/polls/${poll.id}/answers`)
        .send(ballot(poll, 1, '希望晚上加强巡查，联系我13912345678'))
        .expect(201);
      expect(await counts(poll.id)).toEqual({ participations: 2, ballots: 2 });
    });

    it('per resident: two residents of one flat each answer once', async () => {
      const perResident = await create({ title: '垃圾分类时间（每人一票）', ballotUnit: 'resident' });
      const flat = [await living(b().a2.id, '3', '501'), await living(b().a2.id, '3', '501')];
      for (const r of flat) await r.as.post(`/api/polls/${perResident.id}/answers`).send(ballot(perResident)).expect(201);
      const twice = await flat[0].as.post(`/api/polls/${perResident.id}/answers`).send(ballot(perResident)).expect(409);
      expect(twice.body.code).toBe('POLL_ALREADY_ANSWERED');
      expect(await counts(perResident.id)).toEqual({ participations: 2, ballots: 2 });
    });

    it('two phones of one flat at the same instant: the database counts one', async () => {
      const flat = [];
      for (let i = 0; i < 4; i++) flat.push(await living(b().a2.id, '5', '1201'));
      const answers = await Promise.all(flat.map((r) => r.as.post(`/api/polls/${poll.id}/answers`).send(ballot(poll, 2))));
      expect(answers.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
      expect(answers.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual([
        'HOUSEHOLD_ALREADY_VOTED',
        'HOUSEHOLD_ALREADY_VOTED',
        'HOUSEHOLD_ALREADY_VOTED',
      ]);
      expect(await counts(poll.id)).toEqual({ participations: 3, ballots: 3 });
    });

    it('the unique key holds even when the service is bypassed', async () => {
      const [row] = await t.dataSource.getRepository(PollParticipation).find({ where: { pollId: poll.id }, take: 1 });
      const other = await newResident();
      await expect(
        t.dataSource
          .getRepository(PollParticipation)
          .insert({ pollId: poll.id, userId: other.user.id, householdId: row.householdId, ballotHouseholdId: row.householdId, at: t.clock.now() }),
      ).rejects.toThrow();
    });

    // Two connections at once: SQLite has one writer, so this is MariaDB's.
    (process.env.TEST_DATABASE === 'mariadb' ? it : it.skip)(
      'MariaDB: of two transactions in flight for one flat, the unique key lets one commit',
      async () => {
        const flat = [await living(b().a2.id, '5', '1301'), await living(b().a2.id, '5', '1301')];
        const household = (await t.app.get(HouseholdsService).householdOf(t.dataSource.manager, flat[0].user.id))!.householdId;
        const [first, second] = [t.dataSource.createQueryRunner(), t.dataSource.createQueryRunner()];
        try {
          await first.startTransaction();
          await second.startTransaction();
          const row = (userId: number) => ({ pollId: poll.id, userId, householdId: household, ballotHouseholdId: household, at: t.clock.now() });
          await first.manager.insert(PollParticipation, row(flat[0].user.id));
          // The second waits on the first's key: it has not failed yet while the first is open.
          let outcome = 'waiting';
          const racing = second.manager.insert(PollParticipation, row(flat[1].user.id)).then(
            () => (outcome = 'inserted'),
            (error: unknown) => (outcome = isUniqueViolation(error) ? 'duplicate' : String(error)),
          );
          await new Promise((resolve) => setTimeout(resolve, 300));
          expect(outcome).toBe('waiting');
          await first.commitTransaction();
          await racing;
          expect(outcome).toBe('duplicate');
          await second.rollbackTransaction();
        } finally {
          await first.release();
          await second.release();
        }
        expect(await t.dataSource.getRepository(PollParticipation).countBy({ pollId: poll.id, householdId: household })).toBe(1);
      },
    );

    it('a resident of another community, or none stated, or no household: 404 or 409', async () => {
      await t.as('residentB').put('/api/me/household').send({ buildingId: b().b1.id, unit: '1', room: '101' }).expect(200);
      const stranger = await t.as('residentB').post(`/api/polls/${poll.id}/answers`).send(ballot(poll)).expect(404);
      expect(stranger.body.code).toBe('POLL_NOT_FOUND');
      await t.as('residentB').get(`/api/polls/${poll.id}`).expect(404);
      expect(((await t.as('residentB').get('/api/polls').expect(200)).body as PollSummary[]).map((p) => p.id)).not.toContain(poll.id);

      const newcomer = await newResident();
      expect(((await newcomer.as.get(`/api/polls/${poll.id}`).expect(200)).body as PollDetail).answerState).toBe('householdRequired');
      const unstated = await newcomer.as.post(`/api/polls/${poll.id}/answers`).send(ballot(poll)).expect(409);
      expect(unstated.body).toMatchObject({ code: 'HOUSEHOLD_REQUIRED', message: expect.stringContaining('请先登记您的住址') });

      await t.as('staffA').post(`/api/polls/${poll.id}/answers`).send(ballot(poll)).expect(403);
      await t.as('residentA').post('/api/polls/999999/answers').send(ballot(poll)).expect(404);
    });

    it('refuses answers that do not fit the questions, on the field, writing nothing', async () => {
      const voter = await living(b().a1.id, '4', '402');
      const before = await counts(poll.id);
      const [single, multiple, ranked, text] = poll.questions;
      const refused = async (change: (body: ReturnType<typeof ballot>) => unknown, field: string) => {
        const body = ballot(poll);
        const sent = (change(body) as object | undefined) ?? body;
        const res = await voter.as.post(`/api/polls/${poll.id}/answers`).send(sent).expect(400);
        expect(res.body.details[0].field).toBe(field);
      };
      await refused((x) => ({ answers: x.answers.slice(0, 3) }), 'answers');
      await refused((x) => void (x.answers[0].optionIds = [multiple.options[0].id]), 'answers.0.optionIds');
      await refused((x) => void (x.answers[0].optionIds = [single.options[0].id, single.options[1].id]), 'answers.0.optionIds');
      await refused((x) => void (x.answers[0].optionIds = []), 'answers.0');
      await refused((x) => void (x.answers[1].optionIds = multiple.options.map((o) => o.id)), 'answers.1.optionIds');
      await refused((x) => void (x.answers[2].optionIds = [ranked.options[0].id, ranked.options[0].id]), 'answers.2.optionIds');
      await refused((x) => void (x.answers[2].optionIds = [ranked.options[0].id, single.options[0].id]), 'answers.2.optionIds');
      await refused((x) => void (x.answers[3].text = '字'.repeat(501)), 'answers.3.text');
      await refused((x) => void (x.answers[3] = { questionId: text.id, optionIds: [single.options[0].id] } as never), 'answers.3.optionIds');
      await refused((x) => void (x.answers[0].questionId = text.id), 'answers.0.questionId');
      await refused((x) => void (x.answers[0].optionIds = ['1'] as never), 'answers.0.optionIds');
      expect(await counts(poll.id)).toEqual(before);
      // The longest words go through.
      const body = ballot(poll);
      body.answers[3].text = '字'.repeat(500);
      await voter.as.post(`/api/polls/${poll.id}/answers`).send(body).expect(201);
    });

    it('before it opens: 409, and it says so', async () => {
      const later = await create({ title: '下周开始的征求意见', opensAt: closesIn(1), closesAt: closesIn(8) });
      expect(later.status).toBe('scheduled');
      expect(((await t.as('residentA').get(`/api/polls/${later.id}`).expect(200)).body as PollDetail).answerState).toBe('notOpen');
      const early = await t.as('residentA').post(`/api/polls/${later.id}/answers`).send(ballot(later)).expect(409);
      expect(early.body.code).toBe('POLL_NOT_OPEN');
    });

    it('a poll for verified households waits until staff verify hers', async () => {
      const verifiedOnly = await create({ title: '加装电梯意向（须核实住户）', verifiedHouseholdsOnly: true });
      const voter = await living(b().a2.id, '1', '202');
      const refused = await voter.as.post(`/api/polls/${verifiedOnly.id}/answers`).send(ballot(verifiedOnly)).expect(409);
      expect(refused.body.code).toBe('HOUSEHOLD_NOT_VERIFIED');
      await t.as('staffA').post(`/api/households/${voter.user.id}/verify`).expect(200);
      await voter.as.post(`/api/polls/${verifiedOnly.id}/answers`).send(ballot(verifiedOnly)).expect(201);
    });

    it('a poll for some buildings, or for the invited, is only theirs to see and answer', async () => {
      const inA1 = await living(b().a1.id, '6', '601');
      const inA2 = await living(b().a2.id, '6', '601');
      const buildings = await create({ title: '2号楼外墙改造', audience: 'buildings', buildingIds: [b().a2.id] });
      expect(buildings.buildings).toEqual([{ id: b().a2.id, name: b().a2.name }]);
      await inA1.as.get(`/api/polls/${buildings.id}`).expect(404);
      expect(((await inA1.as.get('/api/polls').expect(200)).body as PollSummary[]).map((p) => p.id)).not.toContain(buildings.id);
      await inA1.as.post(`/api/polls/${buildings.id}/answers`).send(ballot(buildings)).expect(404);
      await inA2.as.post(`/api/polls/${buildings.id}/answers`).send(ballot(buildings)).expect(201);

      const representative = await living(b().a1.id, '7', '701');
      const invited = await create({ title: '居民代表议题征集', audience: 'invited', invitedUserIds: [representative.user.id] });
      expect(invited.invitedUserIds).toEqual([representative.user.id]);
      expect(((await representative.as.get(`/api/polls/${invited.id}`).expect(200)).body as PollDetail).invitedUserIds).toEqual([]);
      await inA1.as.get(`/api/polls/${invited.id}`).expect(404);
      await inA1.as.post(`/api/polls/${invited.id}/answers`).send(ballot(invited)).expect(404);
      await representative.as.post(`/api/polls/${invited.id}/answers`).send(ballot(invited)).expect(201);
    });
  });

  describe('results, closing by the timer, adopting', () => {
    let poll: PollDetail;
    const voters: { as: Agent; user: User }[] = [];

    beforeAll(async () => {
      t.clock.set('2026-06-01T09:00:00+08:00');
      // May's polls close first, as of their own closing times.
      await drain();
      poll = await create({ title: '停车方案表决', closesAt: '2026-06-08T18:00:00+08:00' });
      // Three households answer; a fourth household states its flat and stays silent.
      voters.push(await living(b().a1.id, '8', '801'), await living(b().a1.id, '8', '802'), await living(b().a2.id, '8', '803'));
      await living(b().a2.id, '8', '804');
      await voters[0].as
        .post(`/api/polls/${poll.id}/answers`)
        .send(ballot(poll, 1, '方案二最好，有事打我电话13812345678'))
        .expect(201);
      await voters[1].as
        .post(`/api/polls/${poll.id}/answers`)
        .send(ballot(poll, 1, ''))
        .expect(201);
      await voters[2].as
        .post(`/api/polls/${poll.id}/answers`)
        .send(ballot(poll, 0, '尽快实施'))
        .expect(201);
    });

    it('staff see the results live, the free words masked and sorted; residents not before the close', async () => {
      const early = await voters[0].as.get(`/api/polls/${poll.id}/results`).expect(409);
      expect(early.body.code).toBe('POLL_RESULTS_NOT_PUBLISHED');
      const live = (await t.as('staffA').get(`/api/polls/${poll.id}/results`).expect(200)).body as PollResults;
      expect(live).toMatchObject({ status: 'open', participants: 3, adoption: null });
      // Every household of community A that stated a flat by now is in the audience.
      expect(live.eligible).toBeGreaterThanOrEqual(4);
      expect(live.turnout).toBeCloseTo(3 / live.eligible);
      const [single, , ranked, text] = live.questions;
      expect(single.options.map((o) => [o.count, o.share])).toEqual([
        [1, 1 / 3],
        [2, 2 / 3],
        [0, 0],
      ]);
      // Two ballots rank 方案二 then 方案三, one 方案一 then 方案二: 3 points a first place, 2 a second.
      expect(ranked.options.map((o) => [o.label, o.bordaPoints, o.firstPreferences])).toEqual([
        ['方案一', 3, 1],
        ['方案二', 8, 2],
        ['方案三', 4, 0],
      ]);
      expect(ranked.rankedOrder).toEqual([ranked.options[1].optionId, ranked.options[2].optionId, ranked.options[0].optionId]);
      expect(text.answered).toBe(2);
      expect(text.texts).toEqual(['尽快实施', '方案二最好，有事打我电话***********'].sort());
      await t.as('gridSecretary1').get(`/api/polls/${poll.id}/results`).expect(200);
      await t.as('staffB').get(`/api/polls/${poll.id}/results`).expect(404);
      await t.as('deptParks').get(`/api/polls/${poll.id}/results`).expect(403);
    });

    it('closes at its time by the timer, not a millisecond before: the results are out and staff are told', async () => {
      t.clock.set(new Date(new Date(poll.closesAt).getTime() - 1).toISOString());
      expect(await drain()).toMatchObject({ fired: 0 });
      const last = await living(b().a2.id, '9', '901');
      await last.as.post(`/api/polls/${poll.id}/answers`).send(ballot(poll, 2)).expect(201);
      voters.push(last);

      t.clock.set(poll.closesAt);
      // Closed at its time even before the timer has run.
      const late = await voters[0].as.post(`/api/polls/${poll.id}/answers`).send(ballot(poll)).expect(409);
      expect(late.body.code).toBe('POLL_CLOSED');
      const newcomer = await living(b().a1.id, '9', '902');
      expect((await newcomer.as.post(`/api/polls/${poll.id}/answers`).send(ballot(poll)).expect(409)).body.code).toBe('POLL_CLOSED');

      expect(await drain()).toMatchObject({ fired: 1, failed: 0 });
      const closed = (await t.as('staffA').get(`/api/polls/${poll.id}`).expect(200)).body as PollDetail;
      expect(closed).toMatchObject({ status: 'closed', closedAt: poll.closesAt, participants: 4, editable: false });

      const { staffA, staffA2, secretaryA } = t.fixtures.users;
      expect(await notices('pollClosed', poll.id)).toEqual([staffA.id, staffA2.id, secretaryA.id, ...voters.map((v) => v.user.id)].sort());
      const staffNotice = await t.dataSource
        .getRepository(NotificationOutbox)
        .findOneByOrFail({ kind: 'pollClosed', recipientId: staffA.id, subjectId: poll.id });
      expect(staffNotice.title).toBe('征求意见已结束：停车方案表决');
      expect(staffNotice.body).toMatch(/^「停车方案表决」已结束，4户参与（应参与\d+户，参与率[\d.]+%）。请查看结果，记录采纳方案。$/);

      // Residents of the audience now see the results, without the free words; the turnout is fixed at the close.
      const published = (await voters[0].as.get(`/api/polls/${poll.id}/results`).expect(200)).body as PollResults;
      expect(published).toMatchObject({ status: 'closed', participants: 4 });
      expect(published.questions[3].texts).toBeUndefined();
      expect(JSON.stringify(published)).not.toContain('尽快实施');
      const eligible = published.eligible;
      await living(b().a1.id, '10', '1001');
      expect(((await t.as('staffA').get(`/api/polls/${poll.id}/results`).expect(200)).body as PollResults).eligible).toBe(eligible);
      expect(((await voters[1].as.get(`/api/polls/${poll.id}`).expect(200)).body as PollDetail).answerState).toBe('answered');
      expect(((await newcomer.as.get(`/api/polls/${poll.id}`).expect(200)).body as PollDetail).answerState).toBe('closed');

      // Once: a later pass fires nothing, staff cannot close it again, and it takes no answers.
      t.clock.advance(DAY);
      expect(await drain()).toMatchObject({ fired: 0 });
      expect((await t.as('staffA').post(`/api/polls/${poll.id}/close`).expect(409)).body.code).toBe('POLL_CLOSED');
      expect(await notices('pollClosed', poll.id)).toHaveLength(3 + voters.length);
    });

    it('staff record the adopted plan once after the close; residents see it with the results', async () => {
      const open = await create({ title: '仍在征求中' });
      expect((await t.as('staffA').post(`/api/polls/${open.id}/adoption`).send({ text: '先行' }).expect(409)).body.code).toBe('POLL_NOT_CLOSED');
      const refused = async (body: object, field: string) => {
        const res = await t.as('staffA').post(`/api/polls/${poll.id}/adoption`).send(body).expect(400);
        expect(res.body.details[0].field).toBe(field);
      };
      await refused({}, 'optionId');
      await refused({ optionId: open.questions[0].options[0].id }, 'optionId');
      await refused({ text: '字'.repeat(501) }, 'text');
      await t.as('staffB').post(`/api/polls/${poll.id}/adoption`).send({ text: '乙社区' }).expect(404);
      await t.as('residentA').post(`/api/polls/${poll.id}/adoption`).send({ text: '居民' }).expect(403);

      const option = poll.questions[0].options[1];
      const adopted = (
        await t.as('secretaryA').post(`/api/polls/${poll.id}/adoption`).send({ optionId: option.id, text: '错时共享停车，夜间开放单位停车场' }).expect(200)
      ).body as PollDetail;
      expect(adopted.adoption).toMatchObject({
        questionId: poll.questions[0].id,
        optionId: option.id,
        optionLabel: '方案二：错时共享停车',
        text: '错时共享停车，夜间开放单位停车场',
        by: { id: t.fixtures.users.secretaryA.id },
      });
      expect(adopted.adopted).toBe(true);
      expect((await t.as('staffA').post(`/api/polls/${poll.id}/adoption`).send({ text: '再记一次' }).expect(409)).body.code).toBe('POLL_ADOPTION_RECORDED');

      expect(((await voters[2].as.get(`/api/polls/${poll.id}/results`).expect(200)).body as PollResults).adoption).toMatchObject({
        optionLabel: '方案二：错时共享停车',
      });
      expect(await notices('pollAdopted', poll.id)).toEqual(voters.map((v) => v.user.id).sort());
      const notice = await t.dataSource.getRepository(NotificationOutbox).findOneByOrFail({ kind: 'pollAdopted', recipientId: voters[0].user.id });
      expect(notice.body).toBe('测试甲社区「停车方案表决」采纳方案：方案二：错时共享停车：错时共享停车，夜间开放单位停车场');
    });

    it('the results as an .xlsx for staff: summary, options, the free words masked', async () => {
      const { res, bytes } = await bodyBytes(t.as('staffA').get(`/api/polls/${poll.id}/results.xlsx`).expect(200));
      expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(res.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="poll-${poll.id}-results\\.xlsx"`));
      const workbook = await readWorkbook(bytes);
      expect(workbook.worksheets.map((s) => s.name)).toEqual(['汇总', '选项统计', '文字意见']);
      const [summary, options, texts] = workbook.worksheets.map(sheetRows);
      expect(summary[1]).toEqual([
        '停车方案表决',
        '测试甲社区',
        '已结束',
        '每户一票',
        '2026-06-01 09:00',
        '2026-06-08 18:00',
        '2026-06-08 18:00',
        4,
        expect.any(Number),
        expect.any(Number),
        '方案二：错时共享停车：错时共享停车，夜间开放单位停车场',
      ]);
      expect(options[0]).toEqual(['题号', '题目', '题型', '作答数', '选项', '票数', '占比', '博达计分', '博达计分占比', '第一选择', '第一选择占比']);
      expect(options.slice(1).map((r) => [r[0], r[4], r[5]])).toEqual([
        [1, '方案一：地面划线停车', 1],
        [1, '方案二：错时共享停车', 2],
        [1, '方案三：建立体车库', 1],
        [2, '加装充电桩', 4],
        [2, '增设照明', 0],
        [2, '绿化补种', 0],
        [3, '方案一', 2],
        [3, '方案二', 3],
        [3, '方案三', 3],
      ]);
      // 方案一: first on one ballot (3 points), second on another (2).
      expect(options[7]).toEqual([3, '请按优先顺序排列三个方案', '排序', 4, '方案一', 2, 0.5, 5, expect.any(Number), 1, 0.25]);
      expect(texts.slice(1)).toEqual([
        [4, '其他意见和建议', '尽快实施'],
        [4, '其他意见和建议', '方案二最好，有事打我电话***********'],
      ]);

      await t.as('residentA').get(`/api/polls/${poll.id}/results.xlsx`).expect(403);
      expect((await t.as('staffB').get(`/api/polls/${poll.id}/results.xlsx`).expect(404)).body.code).toBe('POLL_NOT_FOUND');
    });

    it('staff may close a poll early: the timer goes and the results are out', async () => {
      const early = await create({ title: '提前结束的征求意见' });
      const voter = await living(b().a1.id, '11', '1101');
      await voter.as.post(`/api/polls/${early.id}/answers`).send(ballot(early)).expect(201);
      await t.as('residentA').post(`/api/polls/${early.id}/close`).expect(403);
      await t.as('staffB').post(`/api/polls/${early.id}/close`).expect(404);
      const closed = (await t.as('staffA2').post(`/api/polls/${early.id}/close`).expect(200)).body as PollDetail;
      expect(closed).toMatchObject({ status: 'closed', closedAt: t.clock.now().toISOString() });
      expect(await t.dataSource.getRepository(Timer).countBy({ ownerType: 'poll', ownerId: early.id })).toBe(0);
      expect(await notices('pollClosed', early.id)).toEqual(expect.arrayContaining([voter.user.id, t.fixtures.users.secretaryA.id]));
      expect((await voter.as.post(`/api/polls/${early.id}/answers`).send(ballot(early)).expect(409)).body.code).toBe('POLL_CLOSED');
      await voter.as.get(`/api/polls/${early.id}/results`).expect(200);
    });
  });

  describe('anonymity', () => {
    it('no column links a ballot to a voter: the ballot has no name, household, time or counter', async () => {
      const columns = (table: string) =>
        t.dataSource
          .getMetadata(table)
          .columns.map((c) => c.databaseName)
          .sort();
      expect(columns('poll_ballots')).toEqual(['answers', 'id', 'pollId']);
      expect(columns('poll_participations')).toEqual(['at', 'ballotHouseholdId', 'householdId', 'id', 'pollId', 'userId']);
      // Nor do the foreign keys: the ballot points at its poll only; nothing points at a ballot.
      expect(t.dataSource.getMetadata('poll_ballots').foreignKeys.map((k) => k.referencedEntityMetadata.tableName)).toEqual(['polls']);
      for (const meta of t.dataSource.entityMetadatas) expect(meta.foreignKeys.map((k) => k.referencedEntityMetadata.tableName)).not.toContain('poll_ballots');

      // Random keys, not counters: their order is not the order people answered in.
      const ids = (await t.dataSource.getRepository(PollBallot).find({ select: { id: true } })).map((b) => b.id);
      expect(ids.length).toBeGreaterThan(10);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
      if (t.database.kind === 'sqlite') {
        // Without its hidden rowid, SQLite keeps no insertion counter for the table either.
        await expect(t.dataSource.query('SELECT rowid FROM poll_ballots')).rejects.toThrow();
      }
    });

    it('what a resident gets back never says what she answered', async () => {
      const poll = await create({ title: '匿名核对' });
      const voter = await living(b().a2.id, '12', '1201');
      const receipt = await voter.as
        .post(`/api/polls/${poll.id}/answers`)
        .send(ballot(poll, 2, '我的一句话'))
        .expect(201);
      const seen = [receipt.text, (await voter.as.get(`/api/polls/${poll.id}`).expect(200)).text, (await voter.as.get('/api/polls').expect(200)).text].join(
        '\n',
      );
      expect(seen).not.toContain('我的一句话');
    });
  });

  describe('lists and figures', () => {
    it('lists newest first, by status, a page at a time; another community sees none of it', async () => {
      for (let i = 1; i <= 10; i++) await create({ title: `议题${i}` });
      const all = (await t.as('staffA').get('/api/polls').expect(200)).body as PollSummary[];
      expect(all.length).toBe(20);
      const next = await t.as('staffA').get('/api/polls').expect(200);
      const cursor = next.headers['next-cursor'];
      expect(cursor).toEqual(expect.any(String));
      const second = (await t.as('staffA').get('/api/polls').query({ cursor }).expect(200)).body as PollSummary[];
      expect(second.length).toBeGreaterThan(0);
      expect(new Set([...all, ...second].map((p) => p.id)).size).toBe(all.length + second.length);
      const times = [...all, ...second].map((p) => p.createdAt);
      expect([...times].sort().reverse()).toEqual(times);

      for (const status of ['open', 'closed', 'scheduled'] as const) {
        const rows = (await t.as('staffA').get('/api/polls').query({ status }).expect(200)).body as PollSummary[];
        expect(rows.every((p) => p.status === status)).toBe(true);
      }
      expect((await t.as('staffB').get('/api/polls').expect(200)).body).toEqual([]);
      expect(((await t.as('streetAdmin').get('/api/polls').query({ communityId: a().id }).expect(200)).body as PollSummary[]).length).toBe(20);
      await t.as('deptParks').get('/api/polls').expect(403);
      await t.as('staffA').get('/api/polls').query({ cursor: 'not-a-cursor' }).expect(400);
      await t.as('staffA').get('/api/polls').query({ status: 'draft' }).expect(400);
    });

    it('counts the polls held and their turnout per community and period', async () => {
      const polls = t.app.get(PollsService);
      const figures = await polls.participation('all', new Date('2026-06-01T00:00:00+08:00'), new Date('2026-07-01T00:00:00+08:00'));
      const ofA = figures.find((f) => f.communityId === a().id)!;
      // The parking vote (4 households) and the early close (1).
      expect(ofA).toMatchObject({ pollsHeld: 2, participants: 5 });
      expect(ofA.turnout).toBeCloseTo(5 / ofA.eligible);
      expect(await polls.participation([t.fixtures.communities.b.id], new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z'))).toEqual([]);
      expect(await polls.participation([a().id], new Date('2026-04-01T00:00:00+08:00'), new Date('2026-05-01T00:00:00+08:00'))).toEqual([]);
      // The measures read the same through the participation registry.
      const measures = await t.as('secretaryA').get('/api/measures').query({ scope: 'community', id: a().id, month: '2026-06' }).expect(200);
      expect(measures.body.participation.polls).toEqual({ closed: 2, participants: 5, eligible: ofA.eligible, turnout: ofA.turnout });
      // May's polls closed by the timer as of their closing times, in May.
      expect((await polls.participation([a().id], new Date('2026-05-01T00:00:00+08:00'), new Date('2026-06-01T00:00:00+08:00')))[0].pollsHeld).toBeGreaterThan(
        0,
      );
    });
  });
});
