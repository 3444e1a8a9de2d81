import type request from 'supertest';
import { XLSX_CONTENT_TYPE } from '../common/export/xlsx';
import { F, U, Y, calledBy, moveAs, type Actor, type MatrixKit, type MatrixSection, type Marked, type Scenario, type Who } from '../testing/access-matrix-kit';
import { PollAdoption } from './poll-adoption.entity';
import { PollBallot } from './poll-ballot.entity';
import { PollParticipation } from './poll-participation.entity';
import { PollQuestion } from './poll-question.entity';
import { Poll } from './poll.entity';

/**
 * Polls and questionnaires (征求意见 / 问卷) in the access matrix. The method (issue 16, the deliberation hall): the
 * community asks its residents before it decides — its staff and secretary write the poll, change it before anyone has
 * answered, close it and record the plan adopted. Those asked answer, once (or once for their flat): residents who have
 * stated their household, and liaisons, who are residents too (the resident and liaison columns are a new resident and a
 * new liaison of community A with flats in 甲1号楼; the representatives have stated none, and a poll asks for one). The
 * results are the audience's once the poll closes (the resident column reads a closed poll's); the community's grid and
 * the street oversee the deliberation hall (as its management list, projects and measures, §8, §10) and read its polls
 * and results; the .xlsx leaves the product, so it is for staff, not for residents (who read the results in the app).
 * The departments are not part of it.
 */
// prettier-ignore
const rows: MatrixSection['rows'] = [
  //                                              res lia stf sec grd cmd dpt adm anon
  ['POST /api/polls',                              [F,  F,  Y,  Y,  F,  F,  F,  F,  U]],
  ['GET /api/polls',                               [Y,  Y,  Y,  Y,  Y,  Y,  F,  Y,  U]],
  ['GET /api/polls/:id',                           [Y,  Y,  Y,  Y,  Y,  Y,  F,  Y,  U]],
  ['PUT /api/polls/:id',                           [F,  F,  Y,  Y,  F,  F,  F,  F,  U]],
  ['POST /api/polls/:id/close',                    [F,  F,  Y,  Y,  F,  F,  F,  F,  U]],
  ['POST /api/polls/:id/answers',                  [Y,  Y,  F,  F,  F,  F,  F,  F,  U]],
  ['POST /api/polls/:id/adoption',                 [F,  F,  Y,  Y,  F,  F,  F,  F,  U]],
  ['GET /api/polls/:id/results',                   [Y,  Y,  Y,  Y,  Y,  Y,  F,  Y,  U]],
  ['GET /api/polls/:id/results.xlsx',              [F,  F,  Y,  Y,  Y,  Y,  F,  Y,  U]],
];

const DAY = 24 * 3600_000;

/** A poll as the matrix made it: the marker is in its title; its questions and options as the poll answers them. */
type MatrixPoll = Marked & { questions: { id: number; options: { id: number }[] }[] };

function scenarios(kit: MatrixKit): Record<string, Scenario> {
  const f = () => kit.t.fixtures;
  const db = () => kit.t.dataSource;
  let rooms = 0;

  /** A new resident or liaison of community A who has stated a flat of her own in 甲1号楼. */
  const stated = async (role: 'resident' | 'liaison', name: string): Promise<Actor> => {
    const user = await kit.newUser({ role, displayName: name, communityId: f().communities.a.id });
    const actor = kit.issue(user, name);
    await kit
      .call('PUT', '/api/me/household', actor)
      .send({ buildingId: f().buildings.a1.id, unit: '8', room: `8${++rooms}` })
      .expect(200);
    return actor;
  };
  const participants: Partial<Record<Who, Promise<Actor>>> = {};
  /** The resident and liaison columns: people who take part (the representatives have stated no household). */
  const participant = async (who: Who) =>
    who === 'resident' || who === 'liaison' ? (participants[who] ??= stated(who, `矩阵征求意见${who === 'resident' ? '居民' : '专员'}`)) : undefined;

  const pollBody = (title: string) => ({
    title,
    description: '小区停车位紧张，社区拟定了两个方案，请各户发表意见。',
    questions: [
      { type: 'single', prompt: '您支持哪个停车方案？', options: ['方案一：地面划线停车', '方案二：错时共享停车'] },
      { type: 'text', prompt: '其他意见和建议', required: false },
    ],
    audience: 'community',
    ballotUnit: 'household',
    closesAt: new Date(kit.t.clock.now().getTime() + 7 * DAY).toISOString(),
  });
  /** A poll of community A for every household, by staffA: open, or closed early (its results out). */
  const pollIn = async (state: 'open' | 'closed'): Promise<MatrixPoll> => {
    const marker = kit.newMarker('MXPL');
    const staff = kit.actor('staffA');
    const res = await kit
      .call('POST', '/api/polls', staff)
      .send(pollBody(`停车方案征求意见 ${marker}`))
      .expect(201);
    const id: number = res.body.id;
    if (state === 'closed') await kit.call('POST', `/api/polls/${id}/close`, staff).expect(200);
    return { id, marker, questions: res.body.questions };
  };
  const shared = (state: 'open' | 'closed') => kit.sharedObject(`poll:${state}`, () => pollIn(state));
  /** A closed poll that one household answered, with a free word that only staff may read. */
  const answered = () =>
    kit.sharedObject('poll:answered', async () => {
      const o = await pollIn('open');
      const voter = await stated('resident', kit.newMarker('MXPV'));
      await kit.call('POST', `/api/polls/${o.id}/answers`, voter).send(answers(o, '晚上请开放单位停车场')).expect(201);
      await kit.call('POST', `/api/polls/${o.id}/close`, kit.actor('staffA')).expect(200);
      return o;
    });
  const answers = (o: MatrixPoll, text = '希望尽快实施') => ({
    answers: [
      { questionId: o.questions[0].id, optionIds: [o.questions[0].options[1].id] },
      { questionId: o.questions[1].id, text },
    ],
  });

  const pollRow = (o: Marked) => db().getRepository(Poll).findOneByOrFail({ id: o.id });
  const taken = (o: Marked) =>
    db()
      .getRepository(PollParticipation)
      .find({ where: { pollId: o.id }, order: { id: 'ASC' } });
  /** Everything of the poll a refused call must leave as it was (its ballots by count: they are kept unordered on purpose). */
  const record = async (o: Marked) => ({
    poll: await pollRow(o),
    questions: await db()
      .getRepository(PollQuestion)
      .find({ where: { pollId: o.id }, order: { id: 'ASC' } }),
    participations: await taken(o),
    ballots: await db().getRepository(PollBallot).countBy({ pollId: o.id }),
    adoption: await db().getRepository(PollAdoption).findOneBy({ pollId: o.id }),
  });
  /** A move on a poll, the resident and liaison columns called by those who take part. */
  const pollMove = (key: string, spec: Omit<Parameters<typeof moveAs<MatrixPoll>>[2], 'as' | 'record'>) =>
    moveAs(kit, key, { as: participant, record, ...spec });
  /** A read of a poll, the resident and liaison columns by those who take part. */
  const read = (object: () => Promise<MatrixPoll>, url: (o: MatrixPoll) => string, seen: (res: request.Response, o: MatrixPoll) => void) =>
    calledBy(participant, kit.read(object, url, seen));

  return {
    'POST /api/polls': calledBy(participant, async () => {
      const title = `停车方案征求意见 ${kit.newMarker('MXPL')}`;
      return {
        url: '/api/polls',
        body: pollBody(title),
        verify: async (res, outcome, caller) => {
          const stored = await db().getRepository(Poll).findOneBy({ title });
          if (outcome !== 'ok') return expect(stored).toBeNull();
          expect(res.body).toMatchObject({ title, communityId: f().communities.a.id, status: 'open' });
          expect(stored).toMatchObject({ communityId: f().communities.a.id, createdById: caller!.id, closedAt: null });
        },
      };
    }),
    // Newest first, 20 a page: each cell lists a poll of its own, so polls made by other rows never push it off the page.
    'GET /api/polls': read(
      () => pollIn('open'),
      () => '/api/polls',
      (res, o) => expect(kit.idsOf(res.body)).toContain(o.id),
    ),
    'GET /api/polls/:id': read(
      () => shared('open'),
      (o) => `/api/polls/${o.id}`,
      (res, o) =>
        expect(res.body).toMatchObject({ id: o.id, title: `停车方案征求意见 ${o.marker}`, questions: [{ id: expect.any(Number) }, { type: 'text' }] }),
    ),
    'PUT /api/polls/:id': pollMove('PUT /api/polls/:id', {
      object: (fresh) => (fresh ? pollIn('open') : shared('open')),
      url: (o) => `/api/polls/${o.id}`,
      body: () => pollBody('停车方案征求意见（修改）'),
      done: async (res, o) => {
        expect(res.body).toMatchObject({ id: o.id, title: '停车方案征求意见（修改）' });
        expect(await pollRow(o)).toMatchObject({ title: '停车方案征求意见（修改）' });
      },
    }),
    'POST /api/polls/:id/close': pollMove('POST /api/polls/:id/close', {
      object: (fresh) => (fresh ? pollIn('open') : shared('open')),
      url: (o) => `/api/polls/${o.id}/close`,
      done: async (res, o, caller) => {
        expect(res.body).toMatchObject({ id: o.id, status: 'closed' });
        expect(await pollRow(o)).toMatchObject({ closedById: caller.id, closedAt: kit.t.clock.now() });
      },
    }),
    // One answer per household: each allowed caller answers a poll of her own (the refused ones share one nobody answers).
    'POST /api/polls/:id/answers': pollMove('POST /api/polls/:id/answers', {
      object: (fresh) => (fresh ? pollIn('open') : shared('open')),
      url: (o) => `/api/polls/${o.id}/answers`,
      body: (o) => answers(o),
      done: async (res, o, caller) => {
        expect(res.body).toEqual({ pollId: o.id, answeredAt: kit.t.clock.now().toISOString(), participants: 1 });
        expect(await taken(o)).toMatchObject([{ userId: caller.id, ballotHouseholdId: expect.any(Number) }]);
        expect(await db().getRepository(PollBallot).countBy({ pollId: o.id })).toBe(1);
      },
    }),
    'POST /api/polls/:id/adoption': pollMove('POST /api/polls/:id/adoption', {
      object: (fresh) => (fresh ? pollIn('closed') : shared('closed')),
      url: (o) => `/api/polls/${o.id}/adoption`,
      body: (o) => ({ optionId: o.questions[0].options[1].id, text: '错时共享停车，试行三个月后再议' }),
      done: async (res, o, caller) => {
        expect(res.body).toMatchObject({ id: o.id, adoption: { optionId: o.questions[0].options[1].id } });
        expect(await db().getRepository(PollAdoption).findOneBy({ pollId: o.id })).toMatchObject({
          optionId: o.questions[0].options[1].id,
          byId: caller.id,
        });
      },
    }),
    // The free words are the staff's alone (masked); the audience reads the counts once the poll has closed.
    'GET /api/polls/:id/results': (who, actor) =>
      read(
        answered,
        (o) => `/api/polls/${o.id}/results`,
        (res, o) => {
          expect(res.body).toMatchObject({ pollId: o.id, title: `停车方案征求意见 ${o.marker}`, status: 'closed', participants: 1 });
          expect(res.body.questions[0].options[1]).toMatchObject({ optionId: o.questions[0].options[1].id, count: 1 });
          expect(res.body.questions[1].texts).toEqual(who === 'resident' || who === 'liaison' ? undefined : ['晚上请开放单位停车场']);
        },
      )(who, actor),
    'GET /api/polls/:id/results.xlsx': read(
      answered,
      (o) => `/api/polls/${o.id}/results.xlsx`,
      (res) => expect(res.headers['content-type']).toBe(XLSX_CONTENT_TYPE),
    ),
  };
}

export const pollsMatrix: MatrixSection = { rows, scenarios };
