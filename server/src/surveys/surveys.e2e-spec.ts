import { marginOfError, wilsonInterval, type ScopeMeasures, type SurveyEntryInfo, type SurveyInfo, type SurveyResults } from '@lingjuli/shared';
import type { FixtureUser } from '../testing/fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';
import { bodyBytes, readWorkbook, sheetRows } from '../testing/xlsx';
import { SurveyAnswer } from './survey-answer.entity';
import { SurveyEntry } from './survey-entry.entity';

const MINUTE = 60_000;

/** Door-to-door surveys (入户调查) through the real API and a real database; the clock starts 2026-03-02 10:00 Beijing time. */
describe('door-to-door surveys (入户调查)', () => {
  let t: TestApp;
  let street: SurveyInfo;
  let key = 0;

  const QUESTIONS = [
    { type: 'satisfaction', text: '您对社区党组织的工作是否满意？' },
    { type: 'yesNo', text: '您觉得社区党组织的凝聚力增强了吗？' },
    { type: 'text', text: '您还有什么意见和建议？' },
  ];

  const clientKey = () => `phone-key-${String(++key).padStart(4, '0')}`;
  /** A complete entry for `survey`: the satisfaction and yes/no answers given, the text optional. */
  const entry = (survey: SurveyInfo, satisfaction: string, yesNo: string, more: Record<string, unknown> = {}, text?: string) => ({
    answers: [
      { questionId: survey.questions[0].id, choice: satisfaction },
      { questionId: survey.questions[1].id, choice: yesNo },
      text === undefined ? { questionId: survey.questions[2].id } : { questionId: survey.questions[2].id, text },
    ],
    interviewedAt: '2026-03-02T09:30:00+08:00',
    clientKey: clientKey(),
    ...more,
  });
  const enter = (who: FixtureUser, survey: SurveyInfo, body: object) => t.as(who).post(`/api/surveys/${survey.id}/entries`).send(body);
  const results = async (who: FixtureUser, survey: SurveyInfo, query = '') =>
    (await t.as(who).get(`/api/surveys/${survey.id}/results${query}`).expect(200)).body as SurveyResults;
  const field = (res: { body: { details?: { field: string }[] } }) => res.body.details?.[0]?.field;

  beforeAll(async () => {
    t = await createTestApp();
    const f = t.fixtures;
    street = (
      await t
        .as('streetAdmin')
        .post('/api/surveys')
        .send({
          title: '社区党组织建设满意度入户调查',
          purpose: '了解居民对社区党组织的评价',
          questions: QUESTIONS,
          communities: [{ communityId: f.communities.a.id, households: 1200 }, { communityId: f.communities.b.id }],
          targetSampleSize: 200,
          opensOn: '2026-03-02',
          closesOn: '2026-03-15',
        })
        .expect(201)
    ).body as SurveyInfo;
  });
  afterAll(() => t.close());

  it('is made by the street for chosen communities, with its questions, period and target', () => {
    expect(street).toMatchObject({
      runBy: { communityId: null, name: '街道' },
      status: 'open',
      targetSampleSize: 200,
      opensOn: '2026-03-02',
      closesOn: '2026-03-15',
      opensAt: '2026-03-01T16:00:00.000Z',
      closesAt: '2026-03-15T16:00:00.000Z',
      closedAt: null,
      myEntries: null,
      actions: ['close', 'results'],
    });
    expect(street.questions.map((q) => [q.position, q.type, q.choices])).toEqual([
      [1, 'satisfaction', ['satisfied', 'basicallySatisfied', 'unsatisfied']],
      [2, 'yesNo', ['yes', 'no', 'unsure']],
      [3, 'text', []],
    ]);
    expect(street.communities.map((c) => [c.communityId, c.households])).toEqual([
      [t.fixtures.communities.a.id, 1200],
      [t.fixtures.communities.b.id, null],
    ]);
  });

  it('refuses a bad survey on the field', async () => {
    const base = { title: '调查', purpose: '目的', questions: QUESTIONS, targetSampleSize: 100, opensOn: '2026-03-02', closesOn: '2026-03-10' };
    const refused = async (who: FixtureUser, body: object) =>
      field(
        await t
          .as(who)
          .post('/api/surveys')
          .send({ ...base, ...body })
          .expect(400),
      );
    expect(await refused('streetAdmin', { closesOn: '2026-03-01' })).toBe('closesOn');
    expect(await refused('streetAdmin', { opensOn: '2026-02-01', closesOn: '2026-03-01' })).toBe('closesOn');
    expect(await refused('streetAdmin', { communities: [{ communityId: 999999 }] })).toBe('communities.0.communityId');
    const a = t.fixtures.communities.a.id;
    expect(await refused('streetAdmin', { communities: [{ communityId: a }, { communityId: a }] })).toBe('communities.1.communityId');
    expect(await refused('streetAdmin', { questions: [{ type: 'ranking', text: '排序' }] })).toBe('questions.0.type');
    expect(await refused('streetAdmin', { questions: [] })).toBe('questions');
    expect(await refused('staffA', { communities: [{ communityId: t.fixtures.communities.b.id }] })).toBe('communities.0.communityId');
    await t.as('liaisonA').post('/api/surveys').send(base).expect(403);
    await t.as('gridSecretary1').post('/api/surveys').send(base).expect(403);
    await t.as('residentA').get('/api/surveys').expect(403);
    await t.as('deptParks').get('/api/surveys').expect(403);
  });

  it("lets a liaison list her community's open surveys with her count, and take an entry once however often it is sent", async () => {
    const [listed] = (await t.as('liaisonA').get('/api/surveys').expect(200)).body as SurveyInfo[];
    expect(listed).toMatchObject({ id: street.id, myEntries: 0, actions: ['enter'] });

    const body = entry(street, 'satisfied', 'yes', { buildingId: t.fixtures.buildings.a1.id, unit: '2', room: '301' }, '希望多组织活动，我电话13912345678');
    const first = (await enter('liaisonA', street, body).expect(201)).body as SurveyEntryInfo;
    expect(first).toMatchObject({
      communityId: t.fixtures.communities.a.id,
      buildingId: t.fixtures.buildings.a1.id,
      buildingName: '甲1号楼',
      unit: '2',
      room: '301',
    });
    expect(first.answers.map((a) => a.choice ?? a.text)).toEqual(['satisfied', 'yes', '希望多组织活动，我电话13912345678']);
    // The phone never heard the answer and sends the entry again: the same entry, counted once.
    const again = (await enter('liaisonA', street, body).expect(200)).body as SurveyEntryInfo;
    expect(again.id).toBe(first.id);
    expect(await t.dataSource.getRepository(SurveyEntry).countBy({ surveyId: street.id })).toBe(1);
    // Another person's phone cannot claim her key.
    expect((await enter('staffA', street, { ...body }).expect(409)).body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    // Two sends of one entry at the same moment still make one.
    const twice = entry(street, 'basicallySatisfied', 'no');
    const statuses = (await Promise.all([enter('liaisonA', street, twice), enter('liaisonA', street, twice)])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 201]);
    expect(await t.dataSource.getRepository(SurveyEntry).countBy({ surveyId: street.id })).toBe(2);

    const mine = (await t.as('liaisonA').get(`/api/surveys/${street.id}`).expect(200)).body as SurveyInfo;
    expect(mine.myEntries).toBe(2);
    // Results are not hers to read.
    await t.as('liaisonA').get(`/api/surveys/${street.id}/results`).expect(403);
    await t.as('liaisonA').get(`/api/surveys/${street.id}/results.xlsx`).expect(403);
  });

  it('checks every answer against the questions, on answers.<i>', async () => {
    const refused = async (answers: object[]) => {
      const res = await enter('staffA', street, { ...entry(street, 'satisfied', 'yes'), answers }).expect(400);
      return [field(res), res.body.code];
    };
    const [q1, q2, q3] = street.questions.map((q) => q.id);
    // A question that is not this survey's.
    expect(await refused([{ questionId: 999999, choice: 'satisfied' }, { questionId: q2, choice: 'yes' }, { questionId: q3 }])).toEqual([
      'answers.0',
      'VALIDATION_FAILED',
    ]);
    // Out of order.
    expect((await refused([{ questionId: q2, choice: 'yes' }, { questionId: q1, choice: 'satisfied' }, { questionId: q3 }]))[0]).toBe('answers.0');
    // A satisfaction question answered 是, a yes/no question not answered.
    expect((await refused([{ questionId: q1, choice: 'yes' }, { questionId: q2, choice: 'yes' }, { questionId: q3 }]))[0]).toBe('answers.0');
    expect((await refused([{ questionId: q1, choice: 'satisfied' }, { questionId: q2 }, { questionId: q3 }]))[0]).toBe('answers.1');
    // Words on a choice question, a choice on a text question.
    expect((await refused([{ questionId: q1, choice: 'satisfied', text: '还行' }, { questionId: q2, choice: 'yes' }, { questionId: q3 }]))[0]).toBe(
      'answers.0',
    );
    expect(
      (
        await refused([
          { questionId: q1, choice: 'satisfied' },
          { questionId: q2, choice: 'yes' },
          { questionId: q3, choice: 'yes' },
        ])
      )[0],
    ).toBe('answers.2');
    // Too few, too many.
    expect(
      (
        await refused([
          { questionId: q1, choice: 'satisfied' },
          { questionId: q2, choice: 'yes' },
        ])
      )[0],
    ).toBe('answers.2');
    expect((await refused([{ questionId: q1, choice: 'satisfied' }, { questionId: q2, choice: 'yes' }, { questionId: q3 }, { questionId: q3 }]))[0]).toBe(
      'answers.3',
    );
    // An unknown choice is the form's own refusal.
    expect((await refused([{ questionId: q1, choice: 'great' }, { questionId: q2, choice: 'yes' }, { questionId: q3 }]))[0]).toBe('answers.0.choice');
    expect(await t.dataSource.getRepository(SurveyEntry).countBy({ surveyId: street.id, enteredById: t.fixtures.users.staffA.id })).toBe(0);
  });

  it('refuses a building of another community, an interview in the future or before the survey opened, and a bad key', async () => {
    const b1 = t.fixtures.buildings.b1.id;
    expect(field(await enter('staffA', street, entry(street, 'satisfied', 'yes', { buildingId: b1 })).expect(400))).toBe('buildingId');
    const now = t.clock.now().getTime();
    const at = (ms: number) => new Date(ms).toISOString();
    expect(field(await enter('staffA', street, entry(street, 'satisfied', 'yes', { interviewedAt: at(now + 6 * MINUTE) })).expect(400))).toBe('interviewedAt');
    // A phone a few minutes fast is taken.
    await enter('staffA', street, entry(street, 'unsatisfied', 'unsure', { interviewedAt: at(now + 4 * MINUTE) })).expect(201);
    expect(field(await enter('staffA', street, entry(street, 'satisfied', 'yes', { interviewedAt: '2026-03-01T23:59:00+08:00' })).expect(400))).toBe(
      'interviewedAt',
    );
    expect(field(await enter('staffA', street, entry(street, 'satisfied', 'yes', { clientKey: 'short' })).expect(400))).toBe('clientKey');
    expect(field(await enter('staffA', street, entry(street, 'satisfied', 'yes', { clientKey: 'has space 12345' })).expect(400))).toBe('clientKey');
  });

  it("keeps each community to its own part: another community's survey is 404, a survey its community is not in is 404", async () => {
    await enter('staffB', street, entry(street, 'satisfied', 'yes')).expect(201);
    await enter('staffB', street, entry(street, 'unsatisfied', 'no')).expect(201);
    // Community C is not part of the street's survey.
    expect((await enter('staffC', street, entry(street, 'satisfied', 'yes')).expect(404)).body.code).toBe('SURVEY_NOT_FOUND');
    await t.as('staffC').get(`/api/surveys/${street.id}`).expect(404);
    await t.as('staffC').get(`/api/surveys/${street.id}/results`).expect(404);
    await t.as('gridSecretary2').get(`/api/surveys/${street.id}/results`).expect(404);
    expect((await t.as('staffC').get('/api/surveys').expect(200)).body).toEqual([]);

    // A community's survey for itself: another community does not see it.
    const own = (
      await t
        .as('staffA')
        .post('/api/surveys')
        .send({ title: '停车方案入户调查', purpose: '停车', questions: QUESTIONS, targetSampleSize: 50, opensOn: '2026-03-02', closesOn: '2026-03-08' })
        .expect(201)
    ).body as SurveyInfo;
    expect(own.runBy).toEqual({ communityId: t.fixtures.communities.a.id, name: t.fixtures.communities.a.name });
    expect(own.communities.map((c) => c.communityId)).toEqual([t.fixtures.communities.a.id]);
    await t.as('staffB').get(`/api/surveys/${own.id}`).expect(404);
    await enter('staffB', own, entry(own, 'satisfied', 'yes')).expect(404);
    await t.as('staffB').post(`/api/surveys/${own.id}/close`).expect(404);
    // The street sees it, but only its runner closes it; nor does a community close the street's.
    await t.as('streetAdmin').get(`/api/surveys/${own.id}`).expect(200);
    await t.as('streetAdmin').post(`/api/surveys/${own.id}/close`).expect(403);
    await t.as('staffA').post(`/api/surveys/${street.id}/close`).expect(403);
    const closed = (await t.as('secretaryA').post(`/api/surveys/${own.id}/close`).expect(200)).body as SurveyInfo;
    expect(closed).toMatchObject({ status: 'closed', actions: ['results'] });
    expect(closed.closedAt).toBe(t.clock.now().toISOString());
  });

  it("gives each community its own results, the grid its grid's and the street all, with the margins of the shared rules", async () => {
    // Community A: satisfied, basically satisfied, unsatisfied (the 4-minutes-fast phone).
    const a = await results('staffA', street);
    expect(a.communities.map((c) => c.communityId)).toEqual([t.fixtures.communities.a.id]);
    expect(a.overall).toMatchObject({ entries: 3, target: 200, progress: 3 / 200, households: 1200 });
    // ±5 points from 1,200 households: 384.16 / (1 + 383.16 / 1200) = 291.2
    expect(a.overall.neededForMargin).toBe(292);
    const [q1, q2, q3] = a.questions;
    expect(q1.overall).toMatchObject({ n: 3, counts: { satisfied: 1, basicallySatisfied: 1, unsatisfied: 1 }, share: 2 / 3, population: 1200 });
    expect(q1.overall!.marginOfError).toBeCloseTo(marginOfError(2 / 3, 3, 1200)!, 12);
    expect(q1.overall!.wilson!.low).toBeCloseTo(wilsonInterval(2, 3, 1200)!.low, 12);
    expect(q2.overall).toMatchObject({ n: 3, counts: { yes: 1, no: 1, unsure: 1 }, share: 1 / 3 });
    // Words are staff's only, and masked.
    expect(q3).toMatchObject({ type: 'text', overall: null, textCount: 1 });
    expect(q3.texts).toEqual([expect.objectContaining({ communityId: t.fixtures.communities.a.id, text: '希望多组织活动，我电话***********' })]);

    // The street: A and B together; B's households unknown, so no correction for the two together.
    const all = await results('streetAdmin', street);
    expect(all.overall).toMatchObject({ entries: 5, target: 400, households: null, neededForMargin: 385 });
    expect(all.questions[0].overall).toMatchObject({ n: 5, share: 3 / 5, population: null });
    expect(all.questions[0].overall!.marginOfError).toBeCloseTo(marginOfError(0.6, 5)!, 12);
    expect(all.questions[0].byCommunity.map((c) => [c.communityName, c.tally.n, c.tally.share])).toEqual([
      [t.fixtures.communities.a.name, 3, 2 / 3],
      [t.fixtures.communities.b.name, 2, 1 / 2],
    ]);
    // The grid secretary of grid 1 (A and B) sees both; one community asked for, and another target margin.
    expect((await results('gridSecretary1', street)).overall.entries).toBe(5);
    const justB = await results('commandCenter', street, `?communityId=${t.fixtures.communities.b.id}&marginPoints=3`);
    expect([justB.overall.entries, justB.targetMarginPoints, justB.overall.neededForMargin]).toEqual([2, 3, 1068]);
    await t.as('staffA').get(`/api/surveys/${street.id}/results?communityId=${t.fixtures.communities.b.id}`).expect(404);
    expect(field(await t.as('staffA').get(`/api/surveys/${street.id}/results?marginPoints=0`).expect(400))).toBe('marginPoints');
  });

  it('downloads the results as .xlsx: the tallies, the samples and masked words, never the entries', async () => {
    const { res, bytes } = await bodyBytes(t.as('streetAdmin').get(`/api/surveys/${street.id}/results.xlsx`));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const book = await readWorkbook(bytes);
    expect(book.worksheets.map((s) => s.name)).toEqual(['调查结果', '样本进度', '文字回答']);
    const tally = sheetRows(book.getWorksheet('调查结果')!);
    expect(tally[0].slice(0, 5)).toEqual(['题号', '问题', '题型', '社区', '样本量']);
    // Question 1 for A and B together (合计), then each community.
    expect(tally.slice(1, 4).map((r) => [r[0], r[3], r[4]])).toEqual([
      [1, '合计', 5],
      [1, t.fixtures.communities.a.name, 3],
      [1, t.fixtures.communities.b.name, 2],
    ]);
    expect(tally[1].slice(11, 13)).toEqual(['满意率（满意+基本满意）', 60]);
    const words = sheetRows(book.getWorksheet('文字回答')!);
    expect(words.slice(1)).toEqual([[3, QUESTIONS[2].text, t.fixtures.communities.a.name, '希望多组织活动，我电话***********']]);
    expect(bytes.toString('latin1')).not.toContain('13912345678');
    const sample = sheetRows(book.getWorksheet('样本进度')!);
    expect(sample[2]).toEqual([t.fixtures.communities.a.name, 1200, 200, 3, 1.5, 292]);
  });

  it('puts the survey beside the appeal ratings in the measures, over the scope asked for', async () => {
    const measures = async (who: FixtureUser, query: string) => (await t.as(who).get(`/api/measures?${query}`).expect(200)).body as ScopeMeasures;
    const mine = await measures('secretaryA', 'month=2026-03');
    const headline = mine.surveys.find((s) => s.surveyId === street.id)!;
    expect(headline).toMatchObject({ title: street.title, status: 'open', questionText: QUESTIONS[0].text, n: 3, share: 2 / 3 });
    expect(headline.marginOfError).toBeCloseTo(marginOfError(2 / 3, 3, 1200)!, 12);
    // Community A's own survey, closed today, was open this month too (the newer first).
    expect(mine.surveys.map((s) => s.title)).toEqual(['停车方案入户调查', '社区党组织建设满意度入户调查']);
    const all = await measures('streetAdmin', 'month=2026-03');
    expect(all.surveys.find((s) => s.surveyId === street.id)).toMatchObject({ n: 5, share: 0.6 });
    expect((await measures('staffC', 'month=2026-03')).surveys).toEqual([]);
    expect((await measures('secretaryA', 'month=2026-02')).surveys).toEqual([]);
    expect((await measures('deptParks', 'month=2026-03')).surveys).toEqual([]);
  });

  it('closes early: entries are then refused (409), a resend of one already taken still answers 200', async () => {
    const late = entry(street, 'satisfied', 'yes');
    const taken = entry(street, 'basicallySatisfied', 'yes');
    const first = (await enter('liaisonA', street, taken).expect(201)).body as SurveyEntryInfo;
    t.clock.advance(60 * MINUTE);
    const closed = (await t.as('commandCenter').post(`/api/surveys/${street.id}/close`).expect(200)).body as SurveyInfo;
    expect(closed.status).toBe('closed');
    expect((await enter('liaisonA', street, late).expect(409)).body.code).toBe('SURVEY_CLOSED');
    expect(((await enter('liaisonA', street, taken).expect(200)).body as SurveyEntryInfo).id).toBe(first.id);
    expect((await t.as('streetAdmin').post(`/api/surveys/${street.id}/close`).expect(409)).body.code).toBe('SURVEY_CLOSED');
    // Her list keeps to the open ones; staff filter by status.
    expect((await t.as('liaisonA').get('/api/surveys').expect(200)).body).toEqual([]);
    expect(((await t.as('staffA').get('/api/surveys?status=closed').expect(200)).body as SurveyInfo[]).map((s) => s.id)).toContain(street.id);
  });

  it('takes no entry before its first day, nor after its last', async () => {
    const later = (
      await t
        .as('streetAdmin')
        .post('/api/surveys')
        .send({ title: '四月入户调查', purpose: '回访', questions: QUESTIONS, targetSampleSize: 10, opensOn: '2026-04-01', closesOn: '2026-04-03' })
        .expect(201)
    ).body as SurveyInfo;
    expect(later.status).toBe('scheduled');
    expect(((await t.as('staffC').get('/api/surveys?status=scheduled').expect(200)).body as SurveyInfo[]).map((s) => s.id)).toEqual([later.id]);
    expect((await enter('staffC', later, entry(later, 'satisfied', 'yes')).expect(409)).body.code).toBe('SURVEY_NOT_OPEN');
    t.clock.set('2026-04-02T09:00:00+08:00');
    await enter('staffC', later, entry(later, 'satisfied', 'yes', { interviewedAt: '2026-04-02T08:30:00+08:00' })).expect(201);
    t.clock.set('2026-04-04T00:00:00+08:00');
    expect((await enter('staffC', later, entry(later, 'satisfied', 'yes', { interviewedAt: '2026-04-03T20:00:00+08:00' })).expect(409)).body.code).toBe(
      'SURVEY_CLOSED',
    );
    expect(await t.dataSource.getRepository(SurveyAnswer).countBy({ surveyId: later.id })).toBe(3);
  });
});
