import { COMMUNITY_ROLES, type ApiError } from '@lingjuli/shared';
import { In } from 'typeorm';
import type { Response } from 'supertest';
import type { FixtureUser, Fixtures } from '../testing/fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';
import { Attachment } from '../uploads/attachment.entity';
import { User } from '../users/user.entity';
import { Appeal } from './entities/appeal.entity';
import { AppealEvent } from './entities/appeal-event.entity';

/**
 * Bad input gets the documented error ({code, message, details} with Chinese, field-level messages;
 * 409 for an illegal transition or a reused Idempotency-Key; 413 for an oversize body) and leaves
 * the database exactly as it was.
 */

const HAN = /\p{Script=Han}/u;
// A 1×1 transparent PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/**
 * Row counts of every table, to assert "nothing was written" in one line; for the measures' counters
 * the appeals counted as filed (a filing adds to a day's row, which may or may not be new).
 */
async function rowCounts(t: TestApp): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const meta of t.dataSource.entityMetadatas) counts[meta.tableName] = await t.dataSource.getRepository(meta.target).count();
  const [filed] = await t.dataSource.query<{ n: number | string | null }[]>("SELECT SUM(filed) AS n FROM measure_counts WHERE grain = 'day'");
  counts.measure_counts = Number(filed.n ?? 0);
  return counts;
}

/** The documented error body: exactly {code, message[, details]}, with Chinese messages. */
function expectApiError(res: Response, status: number, code: string, field?: string, message?: RegExp): void {
  expect({ status: res.status, code: res.body?.code }).toEqual({ status, code });
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  const body = res.body as ApiError;
  expect(body.message).toMatch(HAN);
  if (field === undefined) {
    expect(Object.keys(body).sort()).toEqual(['code', 'message']);
    return;
  }
  expect(Object.keys(body).sort()).toEqual(['code', 'details', 'message']);
  expect(body.details!.length).toBeGreaterThan(0);
  for (const detail of body.details!) {
    expect(Object.keys(detail).sort()).toEqual(['field', 'message']);
    expect(detail.message).toMatch(HAN);
  }
  expect(body.details).toContainEqual({ field, message: message ? expect.stringMatching(message) : expect.any(String) });
}

describe('bad input to the appeal API (real HTTP, real database)', () => {
  let t: TestApp;
  let f: Fixtures;
  let keys = 0;
  const key = () => `bad-input-${++keys}`;

  /** Photos prepared for the attachment cases. */
  const photos = { othersUnused: 0, mineUsed: 0, mineUnused: 0 };

  /** The rows one filing in community A adds: the appeal, its line, its two timers, a counter, and a notice to each of A's staff. */
  const afterOneFiling = async (before: Record<string, number>) => {
    const staff = await t.dataSource.getRepository(User).countBy({ communityId: f.communities.a.id, role: In([...COMMUNITY_ROLES]), active: true });
    return {
      ...before,
      appeals: before.appeals + 1,
      appeal_events: before.appeal_events + 1,
      appeal_timers: before.appeal_timers + 2,
      measure_counts: before.measure_counts + 1,
      notification_outbox: before.notification_outbox + staff,
    };
  };
  const validBody = () => ({
    channel: 'online',
    content: '楼道的灯坏了好几天，晚上看不见路',
    communityId: f.communities.a.id,
    buildingId: f.buildings.a1.id,
  });

  const upload = async (user: FixtureUser): Promise<number> => {
    const res = await t.as(user).post('/api/uploads').attach('file', PNG, { filename: 'photo.png', contentType: 'image/png' }).expect(201);
    return res.body.id as number;
  };

  const fileAppeal = async (user: FixtureUser = 'residentA', extra: Record<string, unknown> = {}): Promise<number> => {
    const res = await t
      .as(user)
      .post('/api/appeals')
      .set('Idempotency-Key', key())
      .send({ ...validBody(), ...extra })
      .expect(201);
    return res.body.id as number;
  };

  const act = (user: FixtureUser, id: number, path: string, body: unknown = {}) =>
    t
      .as(user)
      .post(`/api/appeals/${id}/${path}`)
      .send(body as object);

  const stored = (id: number) => t.dataSource.getRepository(Appeal).findOneByOrFail({ id });
  const timelineLength = (id: number) => t.dataSource.getRepository(AppealEvent).countBy({ appealId: id });

  beforeAll(async () => {
    t = await createTestApp();
    f = t.fixtures;
    photos.othersUnused = await upload('residentA2');
    photos.mineUsed = await upload('residentA');
    photos.mineUnused = await upload('residentA');
    await fileAppeal('residentA', { attachmentIds: [photos.mineUsed] });
  });
  afterAll(() => t?.close());

  describe('POST /api/appeals', () => {
    type Body = Record<string, unknown>;
    const without = (field: string) => (): Body => {
      const body: Body = validBody();
      delete body[field];
      return body;
    };
    const withFields = (extra: Body | (() => Body)) => (): Body => ({ ...validBody(), ...(typeof extra === 'function' ? extra() : extra) });

    it.each<[string, FixtureUser, () => Body, string, RegExp]>([
      // missing required fields
      ['without channel', 'residentA', without('channel'), 'channel', /^渠道/],
      ['without communityId', 'residentA', without('communityId'), 'communityId', /^社区/],
      ['with blank content', 'residentA', withFields({ content: '   ' }), 'content', /^内容不能为空$/],
      // wrong types
      ['with communityId as a string', 'residentA', withFields(() => ({ communityId: String(f.communities.a.id) })), 'communityId', /^社区应为整数$/],
      ['with attachmentIds of strings', 'residentA', withFields({ attachmentIds: ['a'] }), 'attachmentIds', /^照片/],
      ['with proactive as a string', 'residentA', withFields({ proactive: 'true' }), 'proactive', /^主动发现应为是或否$/],
      ['with an unknown channel', 'residentA', withFields({ channel: 'fax' }), 'channel', /^渠道取值无效/],
      ['with an unknown category', 'residentA', withFields({ category: 'weather' }), 'category', /^类别取值无效/],
      // whitelist: unknown fields are refused, not ignored
      ['with an extra status: closed', 'residentA', withFields({ status: 'closed' }), 'status', /^状态不支持此字段$/],
      ['with an extra reporterId', 'residentA', withFields(() => ({ reporterId: f.users.residentB.id })), 'reporterId', /不支持此字段$/],
      // sizes
      ['with content of 2001 characters', 'residentA', withFields({ content: '灯'.repeat(2001) }), 'content', /^内容不能超过2000个字$/],
      ['with locationText of 201 characters', 'residentA', withFields({ locationText: '楼'.repeat(201) }), 'locationText', /^位置描述不能超过200个字$/],
      ['with 10 photos', 'residentA', withFields({ attachmentIds: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }), 'attachmentIds', /^照片最多9项$/],
      [
        'with the same photo twice',
        'residentA',
        withFields(() => ({ attachmentIds: [photos.mineUnused, photos.mineUnused] })),
        'attachmentIds',
        /^照片不能有重复项$/,
      ],
      ['with an invalid phone', 'staffA', withFields({ channel: 'window', contactPhone: '12345' }), 'contactPhone', /^联系电话格式不正确$/],
      ['with a phone of letters', 'staffA', withFields({ channel: 'window', contactPhone: 'call-me-maybe' }), 'contactPhone', /^联系电话格式不正确$/],
      // checked against the database
      ['with a building from another community', 'residentA', withFields(() => ({ buildingId: f.buildings.b1.id })), 'buildingId', /楼栋不属于该社区/],
      ['with a community that does not exist', 'residentA', withFields({ communityId: 987654, buildingId: undefined }), 'communityId', /社区不存在/],
      [
        'by staff for another community',
        'staffA',
        withFields(() => ({ channel: 'window', communityId: f.communities.b.id, buildingId: f.buildings.b1.id })),
        'communityId',
        /本社区/,
      ],
      // checked against the caller's role
      ['by a resident through the window', 'residentA', withFields({ channel: 'window' }), 'channel', /^渠道只能是/],
      ['by a liaison online', 'liaisonA', withFields({ channel: 'online' }), 'channel', /^渠道只能是/],
      ['by a resident marked proactive', 'residentA', withFields({ proactive: true }), 'proactive', /民情专员/],
      ['by a resident naming a contact', 'residentA', withFields({ contactName: '张三' }), 'contactName', /联系人/],
      // photos that are not the caller's to use
      [
        'with a photo uploaded by someone else',
        'residentA',
        withFields(() => ({ attachmentIds: [photos.othersUnused] })),
        'attachmentIds',
        /照片不存在或已被使用/,
      ],
      ['with a photo already used', 'residentA', withFields(() => ({ attachmentIds: [photos.mineUsed] })), 'attachmentIds', /照片不存在或已被使用/],
      ['with a photo that does not exist', 'residentA', withFields({ attachmentIds: [987654] }), 'attachmentIds', /照片不存在或已被使用/],
    ])('refuses a filing %s: 400 on the field, nothing written', async (_title, user, body, field, message) => {
      const before = await rowCounts(t);
      const res = await t.as(user).post('/api/appeals').set('Idempotency-Key', key()).send(body());
      expectApiError(res, 400, 'VALIDATION_FAILED', field, message);
      expect(await rowCounts(t)).toEqual(before);
    });

    it.each<[string, FixtureUser, () => Body, string, RegExp]>([
      ['without content', 'residentA', without('content'), 'content', /^内容(必须填写|不能为空|应为文字)$/],
      ['with content as a number', 'residentA', withFields({ content: 12345 }), 'content', /^内容应为文字$/],
      ['with attachmentIds not an array', 'residentA', withFields({ attachmentIds: 5 }), 'attachmentIds', /^照片应为列表$/],
      ['with locationText as a number', 'residentA', withFields({ locationText: 12345 }), 'locationText', /^位置描述应为文字$/],
      ['with contactName as a number', 'staffA', withFields({ channel: 'window', contactName: 12345 }), 'contactName', /^联系人应为文字$/],
      ['with a latitude out of range', 'residentA', withFields({ latitude: 123 }), 'latitude', /^纬度(?!纬度)\S+$/],
      ['with a longitude out of range', 'residentA', withFields({ longitude: 500 }), 'longitude', /^经度(?!经度)\S+$/],
    ])('refuses a filing %s: 400 naming the actual fault on the field, nothing written', async (_title, user, body, field, message) => {
      const before = await rowCounts(t);
      const res = await t.as(user).post('/api/appeals').set('Idempotency-Key', key()).send(body());
      expectApiError(res, 400, 'VALIDATION_FAILED', field, message);
      expect(await rowCounts(t)).toEqual(before);
    });

    it('files with buildingId: null as "no building" (201) or refuses it on the field (400), never 500', async () => {
      const before = await rowCounts(t);
      const res = await t
        .as('residentA')
        .post('/api/appeals')
        .set('Idempotency-Key', key())
        .send({ ...validBody(), buildingId: null });
      if (res.status === 201) {
        expect(res.body.buildingId).toBeNull();
        expect(await rowCounts(t)).toEqual({
          ...before,
          appeals: before.appeals + 1,
          appeal_events: before.appeal_events + 1,
          appeal_timers: before.appeal_timers + 2,
        });
      } else {
        expectApiError(res, 400, 'VALIDATION_FAILED', 'buildingId');
        expect(await rowCounts(t)).toEqual(before);
      }
    });

    it.each<[string, string | undefined]>([
      ['missing', undefined],
      ['too short', 'abc1234'],
      ['too long', 'k'.repeat(65)],
      ['with spaces and punctuation', 'draft key #1!'],
    ])('refuses a filing whose Idempotency-Key is %s: 400, nothing written', async (_title, header) => {
      const before = await rowCounts(t);
      const req = t.as('residentA').post('/api/appeals');
      if (header !== undefined) req.set('Idempotency-Key', header);
      const res = await req.send(validBody());
      expectApiError(res, 400, 'VALIDATION_FAILED', 'Idempotency-Key', /提交编号/);
      expect(await rowCounts(t)).toEqual(before);
    });

    it('answers a JSON body over 64 kB with 413 and writes nothing', async () => {
      const before = await rowCounts(t);
      const res = await t
        .as('residentA')
        .post('/api/appeals')
        .set('Idempotency-Key', key())
        .send({ ...validBody(), content: '灯'.repeat(70 * 1024) });
      expectApiError(res, 413, 'PAYLOAD_TOO_LARGE');
      expect(await rowCounts(t)).toEqual(before);
    });

    it('answers malformed JSON with 400 and the error body shape', async () => {
      const before = await rowCounts(t);
      const res = await t
        .as('residentA')
        .post('/api/appeals')
        .set('Idempotency-Key', key())
        .set('Content-Type', 'application/json')
        .send('{"channel": "online", "content": "灯坏了",');
      expectApiError(res, 400, 'BAD_REQUEST');
      expect(await rowCounts(t)).toEqual(before);
    });

    it('answers a JSON array instead of an object with 400 and the error body shape', async () => {
      const before = await rowCounts(t);
      const res = await t.as('residentA').post('/api/appeals').set('Idempotency-Key', key()).send([validBody()]);
      expectApiError(res, 400, 'VALIDATION_FAILED', '0', /不支持此字段$/);
      expect(await rowCounts(t)).toEqual(before);
    });

    it('leaves nothing half-written when the filing fails late in its transaction (a photo that is not the caller’s)', async () => {
      // The appeal row and its "file" timeline entry are inserted before the photos are linked; the link fails.
      const appeals = t.dataSource.getRepository(Appeal);
      const before = await rowCounts(t);
      const lastAppealBefore = (await appeals.find({ order: { id: 'DESC' }, take: 1 }))[0]?.id ?? 0;
      const content = '这条诉求带着别人的照片，不应留下任何记录';
      const res = await t
        .as('residentA')
        .post('/api/appeals')
        .set('Idempotency-Key', key())
        .send({ ...validBody(), content, attachmentIds: [photos.mineUnused, photos.othersUnused] });
      expectApiError(res, 400, 'VALIDATION_FAILED', 'attachmentIds', /照片不存在或已被使用/);

      expect(await rowCounts(t)).toEqual(before);
      expect(await appeals.countBy({ content })).toBe(0);
      expect(await t.dataSource.getRepository(AppealEvent).createQueryBuilder('e').where('e.appealId > :last', { last: lastAppealBefore }).getCount()).toBe(0);
      // Neither photo was linked, not even the caller's own that matched.
      const attachments = await t.dataSource.getRepository(Attachment).findBy([{ id: photos.mineUnused }, { id: photos.othersUnused }]);
      expect(attachments.map((a) => [a.id, a.appealId, a.eventId]).sort()).toEqual(
        [
          [photos.mineUnused, null, null],
          [photos.othersUnused, null, null],
        ].sort(),
      );
      // And the caller's own photo is still usable by a correct filing.
      const ok = await fileAppeal('residentA', { attachmentIds: [photos.mineUnused] });
      expect((await t.dataSource.getRepository(Attachment).findOneByOrFail({ id: photos.mineUnused })).appealId).toBe(ok);
    });
  });

  describe('duplicate submissions (Idempotency-Key)', () => {
    const submit = (idempotencyKey: string, body: Record<string, unknown>) =>
      t.as('residentA').post('/api/appeals').set('Idempotency-Key', idempotencyKey).send(body);

    it('files once when the same key and body arrive twice; the retry is a 200 replay with the same appeal', async () => {
      const k = key();
      const body = { ...validBody(), content: '重复提交：小区门口的路灯不亮' };
      const before = await rowCounts(t);

      const first = await submit(k, body);
      expect(first.status).toBe(201);
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      const afterFirst = await rowCounts(t);
      expect(afterFirst.appeals).toBe(before.appeals + 1);
      expect(afterFirst.appeal_events).toBe(before.appeal_events + 1);

      const second = await submit(k, { ...body });
      expect(second.status).toBe(200);
      expect(second.headers['idempotent-replayed']).toBe('true');
      expect(second.body.id).toBe(first.body.id);
      expect(second.body).toEqual(first.body);
      expect(await rowCounts(t)).toEqual(afterFirst);
      expect(await t.dataSource.getRepository(Appeal).countBy({ idempotencyKey: k })).toBe(1);
    });

    it('files once when 5 identical submissions arrive at the same time', async () => {
      const k = key();
      const body = { ...validBody(), content: '并发提交：楼下的下水道堵了' };
      const before = await rowCounts(t);

      const responses = await Promise.all(Array.from({ length: 5 }, () => submit(k, body)));
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses).toEqual([200, 200, 200, 200, 201]);
      expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
      for (const r of responses) expect(r.headers['idempotent-replayed']).toBe(r.status === 200 ? 'true' : undefined);

      expect(await rowCounts(t)).toEqual(await afterOneFiling(before));
      const rows = await t.dataSource.getRepository(Appeal).findBy({ idempotencyKey: k });
      expect(rows.map((r) => r.id)).toEqual([responses[0].body.id]);
    });

    it('refuses the same key with a different body: 409 IDEMPOTENCY_KEY_REUSED, no new row, the first appeal untouched', async () => {
      const k = key();
      const body = { ...validBody(), content: '第一次提交的内容' };
      const first = await submit(k, body).expect(201);
      const original = await stored(first.body.id);
      const before = await rowCounts(t);

      for (const changed of [
        { ...body, content: '第二次提交的不同内容' },
        { ...body, buildingId: f.buildings.a2.id },
        { ...body, attachmentIds: [photos.mineUsed] },
      ]) {
        const res = await submit(k, changed);
        expectApiError(res, 409, 'IDEMPOTENCY_KEY_REUSED');
        expect(res.headers['idempotent-replayed']).toBeUndefined();
      }
      expect(await rowCounts(t)).toEqual(before);
      expect(await stored(first.body.id)).toEqual(original);
    });

    it('files once when 5 different bodies race under one key: one 201, four 409, one row', async () => {
      const k = key();
      const before = await rowCounts(t);
      const responses = await Promise.all(Array.from({ length: 5 }, (_, i) => submit(k, { ...validBody(), content: `并发不同内容 ${i + 1}：楼道堆放杂物` })));
      expect(responses.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
      for (const r of responses.filter((r) => r.status === 409)) expectApiError(r, 409, 'IDEMPOTENCY_KEY_REUSED');
      const winner = responses.find((r) => r.status === 201)!;
      expect(await rowCounts(t)).toEqual(await afterOneFiling(before));
      expect((await t.dataSource.getRepository(Appeal).findBy({ idempotencyKey: k })).map((a) => [a.id, a.content])).toEqual([
        [winner.body.id, winner.body.content],
      ]);
    });
  });

  describe('illegal transitions', () => {
    const accepted = async () => {
      const id = await fileAppeal();
      await act('staffA', id, 'accept').expect(200);
      return id;
    };
    const resolved = async () => {
      const id = await accepted();
      await act('staffA', id, 'resolve', { note: '已更换灯泡' }).expect(200);
      return id;
    };
    const fedBack = async () => {
      const id = await resolved();
      await act('staffA', id, 'feedback', { method: 'phone', content: '已电话告知居民' }).expect(200);
      return id;
    };
    const closed = async () => {
      const id = await fedBack();
      await act('residentA', id, 'rating', { solved: true, satisfaction: 'satisfied' }).expect(200);
      return id;
    };
    const withdrawn = async () => {
      const id = await fileAppeal();
      await act('residentA', id, 'withdraw', { reason: '已自行解决' }).expect(200);
      return id;
    };
    const escalated = async () => {
      const id = await accepted();
      await act('secretaryA', id, 'escalate', {
        reason: '需要街道协调',
        consultedWithId: f.users.gridSecretary1.id,
        consultationNote: '已与网格书记协商',
      }).expect(200);
      return id;
    };
    const dispatched = async () => {
      const id = await escalated();
      await act('commandCenter', id, 'dispatch', { leadDepartmentId: f.departments.cityManagement.id }).expect(200);
      return id;
    };
    const rate = { solved: true, satisfaction: 'satisfied' };

    it.each<[string, () => Promise<number>, FixtureUser, string, () => Record<string, unknown>, string]>([
      ['rate a received appeal', fileAppeal, 'residentA', 'rating', () => rate, 'APPEAL_TRANSITION_NOT_ALLOWED'],
      ['rate a resolved appeal before feedback', resolved, 'residentA', 'rating', () => rate, 'APPEAL_TRANSITION_NOT_ALLOWED'],
      ['resolve a received appeal', fileAppeal, 'staffA', 'resolve', () => ({ note: '已处理' }), 'APPEAL_TRANSITION_NOT_ALLOWED'],
      ['accept an appeal twice', accepted, 'staffA', 'accept', () => ({}), 'APPEAL_TRANSITION_NOT_ALLOWED'],
      ['reject an accepted appeal', accepted, 'staffA', 'reject', () => ({ reason: '不属于受理范围' }), 'APPEAL_TRANSITION_NOT_ALLOWED'],
      ['withdraw a closed appeal', closed, 'residentA', 'withdraw', () => ({}), 'APPEAL_TRANSITION_NOT_ALLOWED'],
      ['withdraw a withdrawn appeal', withdrawn, 'residentA', 'withdraw', () => ({}), 'APPEAL_TRANSITION_NOT_ALLOWED'],
      ['rate a closed appeal again', closed, 'residentA', 'rating', () => ({ solved: false, satisfaction: 'unsatisfied' }), 'APPEAL_TRANSITION_NOT_ALLOWED'],
      ['give feedback on a closed appeal', closed, 'staffA', 'feedback', () => ({ method: 'phone', content: '再次回访' }), 'APPEAL_TRANSITION_NOT_ALLOWED'],
      [
        'escalate a fed-back appeal',
        fedBack,
        'secretaryA',
        'escalate',
        () => ({ reason: '需要街道协调', consultedWithId: f.users.gridSecretary1.id, consultationNote: '已协商' }),
        'APPEAL_TRANSITION_NOT_ALLOWED',
      ],
      [
        'dispatch a community-level appeal (no dispatch order)',
        accepted,
        'commandCenter',
        'dispatch',
        () => ({ leadDepartmentId: f.departments.cityManagement.id }),
        'APPEAL_TRANSITION_NOT_ALLOWED',
      ],
      [
        'dispatch an order already dispatched',
        dispatched,
        'commandCenter',
        'dispatch',
        () => ({ leadDepartmentId: f.departments.safety.id }),
        'NO_PENDING_DISPATCH_ORDER',
      ],
      ['review an appeal with no review pending', fedBack, 'secretaryA', 'secretary-review', () => ({ decision: 'close', note: '结案' }), 'NO_REVIEW_PENDING'],
    ])('refuses to %s: 409 and nothing changes', async (_title, setup, user, path, body, code) => {
      const id = await setup();
      const row = await stored(id);
      const events = await timelineLength(id);
      const before = await rowCounts(t);

      const res = await act(user, id, path, body());
      expectApiError(res, 409, code);

      expect(await stored(id)).toEqual(row);
      expect(await timelineLength(id)).toBe(events);
      expect(await rowCounts(t)).toEqual(before);
    });

    it('lets exactly one of 5 simultaneous accepts through; the others get 409 and write nothing', async () => {
      const id = await fileAppeal();
      const users: FixtureUser[] = ['staffA', 'staffA2', 'secretaryA', 'staffA', 'staffA2'];
      const responses = await Promise.all(users.map((u) => act(u, id, 'accept')));
      expect(responses.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
      for (const r of responses.filter((r) => r.status === 409)) expectApiError(r, 409, 'APPEAL_TRANSITION_NOT_ALLOWED');
      const winner = users[responses.findIndex((r) => r.status === 200)];
      const events = await t.dataSource.getRepository(AppealEvent).find({ where: { appealId: id }, order: { id: 'ASC' } });
      expect(events.map((e) => [e.type, e.actorId])).toEqual([
        ['file', f.users.residentA.id],
        ['accept', f.users[winner].id],
      ]);
      expect(await stored(id)).toMatchObject({ status: 'inProgress', firstResponderId: f.users[winner].id, handlerId: f.users[winner].id });
    });
  });

  describe('nothing half-written when an action fails late in its transaction', () => {
    // The appeal is saved and the timeline entry appended before the photos are linked; the link fails.
    it.each<[string, string, () => Record<string, unknown>]>([
      ['resolve', 'resolve', () => ({ note: '已处理', attachmentIds: [photos.othersUnused] })],
      ['add a public note', 'notes', () => ({ content: '现场照片', visibility: 'public', attachmentIds: [photos.mineUsed] })],
    ])('%s with a photo that is not the caller’s to use: 400, appeal and timeline as before, photo unlinked', async (_title, path, body) => {
      const id = await fileAppeal('residentA', { content: '我们单元想加装电梯，希望社区帮忙协调' }); // complex: a public note moves progressDueAt
      await act('staffA', id, 'accept').expect(200);
      const row = await stored(id);
      const events = await timelineLength(id);
      const before = await rowCounts(t);
      const photosBefore = await t.dataSource.getRepository(Attachment).find({ order: { id: 'ASC' } });

      t.clock.advance(60_000);
      const res = await act('staffA', id, path, body());
      expectApiError(res, 400, 'VALIDATION_FAILED', 'attachmentIds', /照片不存在或已被使用/);

      expect(await stored(id)).toEqual(row);
      expect(await timelineLength(id)).toBe(events);
      expect(await rowCounts(t)).toEqual(before);
      expect(await t.dataSource.getRepository(Attachment).find({ order: { id: 'ASC' } })).toEqual(photosBefore);
    });
  });

  describe('action bodies', () => {
    let received: number;
    let inProgress: number;
    let fedBackId: number;

    beforeAll(async () => {
      received = await fileAppeal();
      inProgress = await fileAppeal();
      await act('staffA', inProgress, 'accept').expect(200);
      fedBackId = await fileAppeal();
      await act('staffA', fedBackId, 'accept').expect(200);
      await act('staffA', fedBackId, 'resolve', { note: '已处理' }).expect(200);
      await act('staffA', fedBackId, 'feedback', { method: 'visit', content: '上门告知' }).expect(200);
    });

    it.each<[string, () => number, FixtureUser, string, Record<string, unknown>, string, RegExp]>([
      ['reject with an empty reason', () => received, 'staffA', 'reject', { reason: '' }, 'reason', /^原因不能为空$/],
      ['reject with a blank reason', () => received, 'staffA', 'reject', { reason: '   ' }, 'reason', /^原因不能为空$/],
      ['reject without a reason', () => received, 'staffA', 'reject', {}, 'reason', /^原因/],
      ['reject with a reason of 2001 characters', () => received, 'staffA', 'reject', { reason: '因'.repeat(2001) }, 'reason', /^原因不能超过2000个字$/],
      ['accept with an unknown tier', () => received, 'staffA', 'accept', { tier: 'urgent' }, 'tier', /^级别取值无效/],
      ['rate with an unknown satisfaction', () => fedBackId, 'residentA', 'rating', { solved: true, satisfaction: 'great' }, 'satisfaction', /^满意度取值无效/],
      ['rate with solved as a string', () => fedBackId, 'residentA', 'rating', { solved: 'yes', satisfaction: 'satisfied' }, 'solved', /^是否解决应为是或否$/],
      ['feedback with an unknown field', () => inProgress, 'staffA', 'feedback', { method: 'phone', content: '已联系', final: true }, 'final', /不支持此字段$/],
      [
        'feedback with an extra status',
        () => inProgress,
        'staffA',
        'feedback',
        { method: 'phone', content: '已联系', status: 'closed' },
        'status',
        /^状态不支持此字段$/,
      ],
      ['feedback with an unknown method', () => inProgress, 'staffA', 'feedback', { method: 'email', content: '已联系' }, 'method', /^反馈方式取值无效/],
      ['a note with an unknown visibility', () => inProgress, 'staffA', 'notes', { content: '进展', visibility: 'secret' }, 'visibility', /^公开范围取值无效/],
      [
        'a note with 10 photos',
        () => inProgress,
        'staffA',
        'notes',
        { content: '进展', visibility: 'public', attachmentIds: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
        'attachmentIds',
        /^照片最多9项$/,
      ],
      ['assign with a liaison id as a string', () => inProgress, 'staffA', 'assign', { liaisonId: '5' }, 'liaisonId', /^民情专员应为整数$/],
    ])('refuses to %s: 400 on the field, nothing changes', async (_title, id, user, path, body, field, message) => {
      const row = await stored(id());
      const before = await rowCounts(t);
      const res = await act(user, id(), path, body);
      expectApiError(res, 400, 'VALIDATION_FAILED', field, message);
      expect(await stored(id())).toEqual(row);
      expect(await rowCounts(t)).toEqual(before);
    });

    it.each<[string, () => number, FixtureUser, string, Record<string, unknown>, string, RegExp]>([
      [
        'dispatch with assisting departments not a list',
        () => inProgress,
        'commandCenter',
        'dispatch',
        { leadDepartmentId: 1, assistingDepartmentIds: 5 },
        'assistingDepartmentIds',
        /^协办单位应为列表$/,
      ],
    ])('refuses to %s: 400 naming the actual fault on the field, nothing changes', async (_title, id, user, path, body, field, message) => {
      const before = await rowCounts(t);
      const res = await act(user, id(), path, body);
      expectApiError(res, 400, 'VALIDATION_FAILED', field, message);
      expect(await rowCounts(t)).toEqual(before);
    });

    it.each<[string, Record<string, unknown>]>([
      ['assign with handlerId and liaisonId null', { handlerId: null, liaisonId: null }],
      ['assign with handlerId null', { handlerId: null }],
    ])('refuses to %s: 400 on the field, nothing changes', async (_title, body) => {
      const row = await stored(inProgress);
      const before = await rowCounts(t);
      const res = await act('staffA', inProgress, 'assign', body);
      expectApiError(res, 400, 'VALIDATION_FAILED', 'handlerId');
      expect(await stored(inProgress)).toEqual(row);
      expect(await rowCounts(t)).toEqual(before);
    });

    it('answers a non-numeric appeal id with 400 and the error body shape', async () => {
      const before = await rowCounts(t);
      const res = await t.as('staffA').post('/api/appeals/abc/accept').send({});
      expectApiError(res, 400, 'VALIDATION_FAILED', 'id', /^编号/);
      expect(await rowCounts(t)).toEqual(before);
    });
  });
});
