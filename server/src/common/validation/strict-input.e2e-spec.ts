import type { ApiError } from '@lingjuli/shared';
import type { Response } from 'supertest';
import { EvaluationPeriod } from '../../evaluation/evaluation-period.entity';
import { TrainingRecord } from '../../liaisons/training-record.entity';
import { RewardRequest } from '../../rewards/reward-request.entity';
import { changedRows, snapshotTables, type TableSnapshot } from '../../testing/db-snapshot';
import type { FixtureUser } from '../../testing/fixtures';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { User } from '../../users/user.entity';

/*
 * Input the API must refuse, whatever loose parsing would make of it: 400 with the field named in
 * Chinese, and not one row written. Then what it must accept in exactly one strict form reads back as sent.
 */

const HAN = /\p{Script=Han}/u;

describe('strict input (real HTTP, real database)', () => {
  let t: TestApp;
  let keys = 0;
  let reward = 0;
  let period = 0;
  let appeal = 0;

  beforeAll(async () => {
    t = await createTestApp();
    const f = t.fixtures;
    appeal = (
      await t
        .as('residentA')
        .post('/api/appeals')
        .set('Idempotency-Key', `strict-input-${++keys}`)
        .send({ channel: 'online', content: '楼下的路灯不亮了', communityId: f.communities.a.id })
        .expect(201)
    ).body.id;
    reward = (
      await t
        .as('staffA')
        .post('/api/rewards')
        .send({ liaisonUserId: f.users.liaisonA.id, basis: 'caseByCase', appealIds: [appeal], reward: '荣誉证书', reason: '调解邻里纠纷' })
        .expect(201)
    ).body.id;
    period = (await t.as('streetAdmin').post('/api/evaluation/periods').send({}).expect(201)).body.id;
  });
  afterAll(() => t?.close());

  const users = () => t.fixtures.users;
  const call = (user: FixtureUser, method: 'post' | 'put' | 'get' | 'delete', url: string, body?: unknown) => {
    const req = t.as(user)[method](url);
    return body === undefined ? req : req.set('Content-Type', 'application/json').send(typeof body === 'string' ? body : JSON.stringify(body));
  };

  /** 400, the documented error body naming `field` in Chinese, and no row of any table changed. */
  async function expectRefused(request: () => Promise<Response>, field: string, message?: RegExp): Promise<ApiError> {
    const before: TableSnapshot = await snapshotTables(t.dataSource);
    const res = await request();
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    const body = res.body as ApiError;
    expect(body.message).toMatch(HAN);
    expect(body.details).toContainEqual({ field, message: message ? expect.stringMatching(message) : expect.stringMatching(HAN) });
    expect(changedRows(before, await snapshotTables(t.dataSource))).toEqual({});
    return body;
  }

  describe('dates in exactly one strict form', () => {
    const training = (date: unknown) => ({ title: '调解技巧培训', date, hours: 2 });
    const meeting = (date: unknown) => ({ date, attendees: '社区党委委员5人', decision: '同意', minutes: '一致同意给予荣誉证书。' });
    const customPeriod = (startsAt: unknown, endsAt: unknown = '2026-12-31T16:00:00.000Z') => ({ name: `自定义考评期${++keys}`, startsAt, endsAt });

    // Week dates, a time without minutes or offset, a day that does not exist, a plain day where an instant is wanted.
    const BAD = ['2026-W01', '2026-W01-1', '2026-01-01T10', '2026-01-01T10:00:00', '2026-02-30T10:00:00Z', '2026-01-01', '1800-01-01T00:00:00Z'];

    it.each(BAD)('refuses the training date %j (400 on date), writing nothing', async (date) => {
      await expectRefused(() => call('staffA', 'post', `/api/liaisons/${users().liaisonA.id}/trainings`, training(date)), 'date', /^日期/);
    });

    it.each(BAD)('refuses the reward meeting date %j (400 on date), writing nothing', async (date) => {
      await expectRefused(() => call('staffA', 'put', `/api/rewards/${reward}/meeting`, meeting(date)), 'date', /^日期/);
    });

    it.each(BAD)('refuses the evaluation period start %j (400 on startsAt), writing nothing', async (date) => {
      await expectRefused(() => call('streetAdmin', 'post', '/api/evaluation/periods', customPeriod(date)), 'startsAt', /^开始时间/);
    });

    it('keeps the whole street’s liaison registry, the evaluation periods and the reward requests readable', async () => {
      await t.as('streetAdmin').get('/api/liaisons').expect(200);
      await t.as('streetAdmin').get('/api/evaluation/periods').expect(200);
      await t.as('streetAdmin').get('/api/rewards').expect(200);
    });

    it('reads a training date, a meeting date and a period back as the instants sent, with either offset', async () => {
      const trained = await call('staffA', 'post', `/api/liaisons/${users().liaisonA.id}/trainings`, training('2026-02-20T09:30:00+08:00')).expect(201);
      expect(trained.body.trainings).toContainEqual(expect.objectContaining({ title: '调解技巧培训', date: '2026-02-20T01:30:00.000Z' }));
      expect(await t.dataSource.getRepository(TrainingRecord).findOneByOrFail({ liaisonUserId: users().liaisonA.id })).toMatchObject({
        date: new Date('2026-02-20T01:30:00.000Z'),
      });

      const met = await call('staffA', 'put', `/api/rewards/${reward}/meeting`, meeting('2026-02-27T06:00:00.123Z')).expect(200);
      expect(met.body.meeting.date).toBe('2026-02-27T06:00:00.123Z');
      expect((await t.dataSource.getRepository(RewardRequest).findOneByOrFail({ id: reward })).meetingDate).toEqual(new Date('2026-02-27T06:00:00.123Z'));

      const created = await call('streetAdmin', 'post', '/api/evaluation/periods', customPeriod('2026-07-01T00:00:00+08:00', '2026-10-01T00:00+08:00')).expect(
        201,
      );
      expect(created.body).toMatchObject({ startsAt: '2026-06-30T16:00:00.000Z', endsAt: '2026-09-30T16:00:00.000Z' });
      expect(await t.dataSource.getRepository(EvaluationPeriod).findOneByOrFail({ id: created.body.id })).toMatchObject({
        startsAt: new Date('2026-06-30T16:00:00.000Z'),
        endsAt: new Date('2026-09-30T16:00:00.000Z'),
      });
      const listed = (await t.as('streetAdmin').get('/api/evaluation/periods').expect(200)).body as { id: number; startsAt: string }[];
      expect(listed.find((p) => p.id === created.body.id)?.startsAt).toBe('2026-06-30T16:00:00.000Z');
    });
  });

  describe('null where a field is optional, and lists of lists where a list of objects is wanted', () => {
    const card = () => `/api/communities/${t.fixtures.communities.a.id}/card`;

    it.each<[string, FixtureUser, 'post' | 'put', () => string, () => object, string]>([
      ['the card’s window address', 'secretaryA', 'put', card, () => ({ windowAddress: null }), 'windowAddress'],
      ['the card’s hotline', 'secretaryA', 'put', card, () => ({ hotline: null }), 'hotline'],
      ['the card’s staff', 'secretaryA', 'put', card, () => ({ staff: null }), 'staff'],
      ['a new community’s grid', 'streetAdmin', 'post', () => '/api/communities', () => ({ code: 'TN', name: '新社区', gridId: null }), 'gridId'],
      ['a new evaluation period’s name', 'streetAdmin', 'post', () => '/api/evaluation/periods', () => ({ name: null }), 'name'],
      [
        'a new account’s community',
        'streetAdmin',
        'post',
        () => '/api/users',
        () => ({ role: 'communityStaff', displayName: '新同事', username: 'new.colleague', password: 'long-enough-1', communityId: null }),
        'communityId',
      ],
      ['a liaison’s active flag', 'staffA', 'put', () => `/api/liaisons/${users().liaisonA.id}`, () => ({ active: null }), 'active'],
    ])('refuses null for %s: 400 saying it may be left out but not null, writing nothing', async (_title, user, method, url, body, field) => {
      const error = await expectRefused(() => call(user, method, url(), body()), field, /不能为空值/);
      expect(error.message).not.toMatch(/必须填写/);
    });

    it.each<[string, FixtureUser, () => string, object, string]>([
      ['the management list', 'streetAdmin', () => `/api/communities/${t.fixtures.communities.a.id}/management`, { items: [[]] }, 'items'],
      ['the card’s staff', 'secretaryA', card, { staff: [[]] }, 'staff'],
      ['the card’s staff (a list in a list of people)', 'secretaryA', card, { staff: [[{ name: '王芳', title: '主任', phone: '010-1234' }]] }, 'staff'],
    ])('refuses a list of lists for %s: 400 on the field, writing nothing', async (_title, user, url, body, field) => {
      await expectRefused(() => call(user, 'put', url(), body), field);
    });
  });

  describe('JSON nested deeper than any form', () => {
    it.each<[string, string]>([
      ['a field holding 10 000 nested lists', `{"note":${'['.repeat(10_000)}${']'.repeat(10_000)}}`],
      ['a body of 10 000 nested objects', `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`],
    ])('answers %s with 400, writing nothing', async (_title, json) => {
      const before = await snapshotTables(t.dataSource);
      const res = await call('staffA', 'post', `/api/appeals/${appeal}/accept`, json);
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
      expect(res.body.message).toMatch(/层级/);
      expect(changedRows(before, await snapshotTables(t.dataSource))).toEqual({});
    });

    it('still takes the deepest real form (a list of objects)', async () => {
      await call('secretaryA', 'put', `/api/communities/${t.fixtures.communities.a.id}/card`, {
        staff: [{ name: '王芳', title: '主任', phone: '010-1234' }],
      }).expect(200);
    });
  });

  describe('numbers and ids read strictly', () => {
    it.each(['99999999999999999999', '10001', '0', '-1', '1.5', '0x10', '1e3', ''])('refuses page=%j with 400 on page', async (page) => {
      await expectRefused(() => t.as('staffA').get(`/api/appeals?page=${encodeURIComponent(page)}`), 'page', /^页码/);
    });

    it.each(['0x1f', '0b11', '+1', ' 1', '1.0', '1e0', '01', '99999999999999999999', '2147483648'])(
      'refuses communityId=%j in a query with 400',
      async (id) => {
        await expectRefused(() => t.as('streetAdmin').get(`/api/liaisons?communityId=${encodeURIComponent(id)}`), 'communityId', /^社区/);
      },
    );

    it.each<[string, object, string]>([
      ['a latitude as a string', { latitude: '39.9' }, 'latitude'],
      ['a longitude as a string', { longitude: '116.3' }, 'longitude'],
      ['a community id as a string', { communityId: '1' }, 'communityId'],
      ['a community id beyond any row', { communityId: 1e20 }, 'communityId'],
      ['a building id of 0', { buildingId: 0 }, 'buildingId'],
    ])('refuses a filing with %s (400 on the field), writing nothing', async (_title, extra, field) => {
      const body = { channel: 'online', content: '小区门口积水', communityId: t.fixtures.communities.a.id, ...extra };
      await expectRefused(() => t.as('residentA').post('/api/appeals').set('Idempotency-Key', `strict-input-${++keys}`).send(body), field);
    });

    it('files with numbers sent as numbers and returns them as numbers', async () => {
      const res = await t
        .as('residentA')
        .post('/api/appeals')
        .set('Idempotency-Key', `strict-input-${++keys}`)
        .send({ channel: 'online', content: '小区门口积水', communityId: t.fixtures.communities.a.id, latitude: 39.9, longitude: 116.3 })
        .expect(201);
      expect(res.body).toMatchObject({ latitude: 39.9, longitude: 116.3 });
    });

    const loose = (id: number) => [
      `0x${id.toString(16)}`,
      `0b${id.toString(2)}`,
      `+${id}`,
      `%20${id}`,
      `${id}.0`,
      `${id}e0`,
      `0${id}`,
      '99999999999999999999',
      '2147483648',
      '0',
      '-1',
    ];

    it('refuses a user id in the path written any way but plain decimal: 400, and the account stays open', async () => {
      const victim = users().staffC;
      for (const id of loose(victim.id)) {
        const res = await expectRefused(() => t.as('streetAdmin').delete(`/api/users/${id}`), 'id', /^编号/);
        expect(res.code).toBe('VALIDATION_FAILED');
      }
      expect(await t.dataSource.getRepository(User).findOneByOrFail({ id: victim.id })).toMatchObject({ active: true });
    });

    it('refuses loose ids on reads too (400, never another row)', async () => {
      for (const id of loose(appeal)) await expectRefused(() => t.as('residentA').get(`/api/appeals/${id}`), 'id', /^编号/);
      for (const id of loose(period)) await expectRefused(() => t.as('streetAdmin').get(`/api/evaluation/periods/${id}/ranking`), 'id', /^编号/);
      await t.as('residentA').get(`/api/appeals/${appeal}`).expect(200);
    });
  });
});
