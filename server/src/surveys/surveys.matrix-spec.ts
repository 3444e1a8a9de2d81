import { formatShanghaiDate } from '@lingjuli/shared';
import { XLSX_CONTENT_TYPE } from '../common/export/xlsx';
import { F, U, Y, moveAs, type Actor, type MatrixKit, type MatrixSection, type Marked, type Scenario } from '../testing/access-matrix-kit';
import { SurveyAnswer } from './survey-answer.entity';
import { SurveyEntry } from './survey-entry.entity';
import { Survey } from './survey.entity';

/**
 * Door-to-door surveys (入户调查) in the access matrix. The method (issue 16): the street asked 200 households door to
 * door — the street runs a survey across its communities (its leadership and its command centre, who act for the street
 * here as for its projects and campaigns), a community's staff and secretary one for their own community; whoever runs
 * it closes it. Liaisons and community staff enter the answers at the door, for their own community only; the street
 * and the grid do not go door to door. The results are the staff's — the community's, its grid's (which oversees it,
 * §8.4) and the street's — beside the appeal ratings in the measures (§10); the liaisons who ask see the surveys they
 * enter answers for, not the results. Residents are asked, and departments are not part of it.
 *
 * The matrix's surveys are the street's, in communities A and B and open today, so every representative is in scope;
 * closing is tried by each runner on a survey she runs (the community's staff on community A's own, the street on the
 * street's); the refusals of the other runner's survey are in surveys.e2e-spec.
 */
// prettier-ignore
const rows: MatrixSection['rows'] = [
  //                                              res lia stf sec grd cmd dpt adm anon
  ['POST /api/surveys',                            [F,  F,  Y,  Y,  F,  Y,  F,  Y,  U]],
  ['GET /api/surveys',                             [F,  Y,  Y,  Y,  Y,  Y,  F,  Y,  U]],
  ['GET /api/surveys/:id',                         [F,  Y,  Y,  Y,  Y,  Y,  F,  Y,  U]],
  ['POST /api/surveys/:id/close',                  [F,  F,  Y,  Y,  F,  Y,  F,  Y,  U]],
  ['POST /api/surveys/:id/entries',                [F,  Y,  Y,  Y,  F,  F,  F,  F,  U]],
  ['GET /api/surveys/:id/results',                 [F,  F,  Y,  Y,  Y,  Y,  F,  Y,  U]],
  ['GET /api/surveys/:id/results.xlsx',            [F,  F,  Y,  Y,  Y,  Y,  F,  Y,  U]],
];

const DAY = 24 * 3600_000;

/** A survey as the matrix made it: the marker is its title; its questions' ids in order (satisfaction, text). */
type MatrixSurvey = Marked & { questions: number[] };

function scenarios(kit: MatrixKit): Record<string, Scenario> {
  const f = () => kit.t.fixtures;
  const db = () => kit.t.dataSource;
  let keys = 0;

  const surveyBody = (title: string, street: boolean) => {
    const now = kit.t.clock.now();
    return {
      title,
      purpose: '了解居民对社区党组织的评价',
      questions: [
        { type: 'satisfaction', text: '您对社区党组织的工作是否满意？' },
        { type: 'text', text: '您还有什么意见和建议？' },
      ],
      ...(street ? { communities: [{ communityId: f().communities.a.id, households: 1200 }, { communityId: f().communities.b.id }] } : {}),
      targetSampleSize: 200,
      opensOn: formatShanghaiDate(now),
      closesOn: formatShanghaiDate(new Date(now.getTime() + 30 * DAY)),
    };
  };
  /** An open survey: the street's in A and B (by the street admin), or community A's own (by staffA). */
  const surveyIn = async (runBy: 'street' | 'communityA' = 'street'): Promise<MatrixSurvey> => {
    const marker = kit.newMarker('MXSV');
    const runner = kit.actor(runBy === 'street' ? 'streetAdmin' : 'staffA');
    const res = await kit
      .call('POST', '/api/surveys', runner)
      .send(surveyBody(marker, runBy === 'street'))
      .expect(201);
    return { id: res.body.id, marker, questions: res.body.questions.map((q: { id: number }) => q.id) };
  };
  const shared = () => kit.sharedObject('survey:open', () => surveyIn());
  /** One household's answers, with a key of its own. */
  const entryBody = (o: MatrixSurvey, words = '希望多组织活动') => ({
    buildingId: f().buildings.a1.id,
    unit: '2',
    room: '301',
    answers: [
      { questionId: o.questions[0], choice: 'satisfied' },
      { questionId: o.questions[1], text: words },
    ],
    interviewedAt: kit.t.clock.now().toISOString(),
    clientKey: `matrix-survey-${++keys}`,
  });
  /** The street's survey with one household asked by liaisonA (its results have something to show). */
  const answered = () =>
    kit.sharedObject('survey:answered', async () => {
      const o = await surveyIn();
      await kit.call('POST', `/api/surveys/${o.id}/entries`, kit.actor('liaisonA')).send(entryBody(o, '楼道灯需要修')).expect(201);
      return o;
    });

  const surveyRow = (o: Marked) => db().getRepository(Survey).findOneByOrFail({ id: o.id });
  const entries = (o: Marked) =>
    db()
      .getRepository(SurveyEntry)
      .find({ where: { surveyId: o.id }, order: { id: 'ASC' } });
  /** Everything an entry writes, which a refused one must leave as it was. */
  const entryRecord = async (o: Marked) => ({ entries: await entries(o), answers: await db().getRepository(SurveyAnswer).countBy({ surveyId: o.id }) });

  return {
    'POST /api/surveys': async (who) => {
      const marker = kit.newMarker('MXSV');
      const street = who !== 'communityStaff' && who !== 'communitySecretary';
      return {
        url: '/api/surveys',
        body: surveyBody(marker, street),
        verify: async (res, outcome, caller) => {
          const stored = await db().getRepository(Survey).findOneBy({ title: marker });
          if (outcome !== 'ok') return expect(stored).toBeNull();
          expect(res.body).toMatchObject({ title: marker, status: 'open', runBy: { communityId: street ? null : f().communities.a.id } });
          expect(stored).toMatchObject({ createdById: caller!.id, communityId: street ? null : f().communities.a.id, closedAt: null });
        },
      };
    },
    // Newest first, 100 a page: each cell lists a survey of its own, so the other rows' surveys never push it off the page.
    'GET /api/surveys': kit.read(
      () => surveyIn(),
      () => '/api/surveys',
      (res, o) => expect(kit.idsOf(res.body)).toContain(o.id),
    ),
    'GET /api/surveys/:id': kit.read(
      shared,
      (o) => `/api/surveys/${o.id}`,
      (res, o) => expect(res.body).toMatchObject({ id: o.id, title: o.marker, status: 'open', questions: [{ id: o.questions[0] }, { id: o.questions[1] }] }),
    ),
    // Its runner closes it: the community's staff their community's own survey, the street the street's.
    'POST /api/surveys/:id/close': moveAs(kit, 'POST /api/surveys/:id/close', {
      object: (fresh, caller: Actor | undefined) =>
        fresh ? surveyIn(caller?.role === 'communityStaff' || caller?.role === 'communitySecretary' ? 'communityA' : 'street') : shared(),
      url: (o) => `/api/surveys/${o.id}/close`,
      record: surveyRow,
      done: async (res, o, caller) => {
        expect(res.body).toMatchObject({ id: o.id, status: 'closed' });
        expect(await surveyRow(o)).toMatchObject({ closedById: caller.id, closedAt: kit.t.clock.now() });
      },
    }),
    // An entry is one household's: each allowed caller enters into a survey of her own (the refused share one).
    'POST /api/surveys/:id/entries': moveAs(kit, 'POST /api/surveys/:id/entries', {
      object: (fresh) => (fresh ? surveyIn() : shared()),
      url: (o) => `/api/surveys/${o.id}/entries`,
      body: (o) => entryBody(o),
      record: entryRecord,
      done: async (res, o, caller) => {
        expect(res.status).toBe(201);
        expect(res.body).toMatchObject({ surveyId: o.id, communityId: f().communities.a.id, answers: [{ choice: 'satisfied' }, { text: '希望多组织活动' }] });
        expect(await entryRecord(o)).toMatchObject({ entries: [{ enteredById: caller.id, communityId: f().communities.a.id }], answers: 2 });
      },
    }),
    'GET /api/surveys/:id/results': kit.read(
      answered,
      (o) => `/api/surveys/${o.id}/results`,
      (res, o) => {
        expect(res.body).toMatchObject({ survey: { id: o.id, title: o.marker }, overall: { entries: 1 } });
        expect(res.body.questions[0].overall).toMatchObject({ n: 1, counts: { satisfied: 1 } });
        expect(res.body.questions[1].texts).toMatchObject([{ communityId: f().communities.a.id, text: '楼道灯需要修' }]);
      },
    ),
    'GET /api/surveys/:id/results.xlsx': kit.read(
      answered,
      (o) => `/api/surveys/${o.id}/results.xlsx`,
      (res) => expect(res.headers['content-type']).toBe(XLSX_CONTENT_TYPE),
    ),
  };
}

export const surveysMatrix: MatrixSection = { rows, scenarios };
