import type { AppealDetail, AppealPage, SimilarAppeal } from '@lingjuli/shared';
import { TokenService } from '../auth/token.service';
import { OutboxDispatcher } from '../notifications/outbox-dispatcher.service';
import { createTestApp, type TestApp } from '../testing/test-app';
import type { FixtureUser } from '../testing/fixtures';
import { User } from '../users/user.entity';
import { AppealEvent } from './entities/appeal-event.entity';
import { AppealSupporter } from './entities/appeal-supporter.entity';
import { Appeal } from './entities/appeal.entity';

const PHONE = '13912345678';
/** The smallest PNG the upload type check accepts. */
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 1)]);

describe('"me too" (我也遇到了) and the similar-appeal lookup (real HTTP, real database)', () => {
  let t: TestApp;
  let key = 0;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const file = async (who: FixtureUser, extra: Record<string, unknown> = {}): Promise<AppealDetail> => {
    const res = await t
      .as(who)
      .post('/api/appeals')
      .set('Idempotency-Key', `support-${++key}`)
      .send({
        channel: 'online',
        content: `3单元楼道里的垃圾一周没人清运了 #${key}`,
        category: 'sanitation',
        communityId: t.fixtures.communities.a.id,
        buildingId: t.fixtures.buildings.a1.id,
        ...extra,
      })
      .expect(201);
    return res.body as AppealDetail;
  };
  /** What she is filing about: by default what `file` files (building 甲1, sanitation). */
  const support = (who: FixtureUser, id: number, about: { buildingId?: number; category?: string } = {}) =>
    t
      .as(who)
      .post(`/api/appeals/${id}/support`)
      .send({ buildingId: t.fixtures.buildings.a1.id, category: 'sanitation', ...about });
  /** What a supporter reads instead of the reporter's words. */
  const LINE = '您也遇到的问题：环境卫生与垃圾（甲1号楼）';
  const supporterRows = (appealId: number) => t.dataSource.getRepository(AppealSupporter).countBy({ appealId });
  const events = (appealId: number) => t.dataSource.getRepository(AppealEvent).find({ where: { appealId }, order: { id: 'ASC' } });

  describe('joining', () => {
    let appeal: AppealDetail;

    beforeAll(async () => {
      const photo = await t.as('residentA').post('/api/uploads').attach('file', PNG, 'photo.png').expect(201);
      appeal = await file('residentA', {
        contactPhone: PHONE,
        locationText: '3单元楼道',
        latitude: 39.9,
        longitude: 116.3,
        attachmentIds: [photo.body.id],
      });
    });

    it('adds her once: 200 with the appeal as she now sees it, one row, the counter and one public timeline line', async () => {
      const res = await support('residentA2', appeal.id).expect(200);
      expect(res.body).toMatchObject({ id: appeal.id, supporters: 1, supportedByMe: true, status: 'received' });
      expect(await supporterRows(appeal.id)).toBe(1);
      expect((await t.dataSource.getRepository(Appeal).findOneByOrFail({ id: appeal.id })).supporters).toBe(1);

      const line = (await events(appeal.id)).at(-1)!;
      expect(line).toMatchObject({ type: 'support', actorId: null, actorRole: 'resident', visibility: 'public', note: '又有一位居民反映了同样的问题' });
      expect(res.body.timeline.at(-1)).toMatchObject({ type: 'support', actor: null, note: '又有一位居民反映了同样的问题' });
    });

    it('is idempotent: joining again answers 200 and changes nothing', async () => {
      const before = (await events(appeal.id)).length;
      const again = await support('residentA2', appeal.id).expect(200);
      expect(again.body).toMatchObject({ supporters: 1, supportedByMe: true });
      expect(await supporterRows(appeal.id)).toBe(1);
      expect(await events(appeal.id)).toHaveLength(before);
    });

    it('gives the supporter a reduced view: the kind of problem and its handling, nothing of the reporter, not even her words', async () => {
      const res = await t.as('residentA2').get(`/api/appeals/${appeal.id}`).expect(200);
      const body = res.body as AppealDetail;
      expect(body).toMatchObject({
        reporter: null,
        contactName: null,
        contactPhone: null,
        latitude: null,
        longitude: null,
        locationText: null,
        content: LINE,
        summary: LINE,
        supportedByMe: true,
        actions: [],
        attachments: [],
      });
      expect(JSON.stringify(body)).not.toContain('3单元');
      // Her own name is not hers to see either way; the reporter's never appears.
      const text = JSON.stringify(body);
      expect(text).not.toContain('residentA"');
      expect(text).not.toContain(PHONE);
      expect(text).not.toContain(PHONE.slice(-4));
      expect(body.timeline.find((e) => e.type === 'file')?.actor).toBeNull();
      expect(body.timeline.every((e) => e.visibility === 'public')).toBe(true);
    });

    it('lets the reporter see the count and the line, never the supporter', async () => {
      const res = await t.as('residentA').get(`/api/appeals/${appeal.id}`).expect(200);
      expect(res.body).toMatchObject({ supporters: 1, supportedByMe: false, contactPhone: PHONE, reporter: { name: 'residentA' } });
      expect(res.body.actions).toContain('withdraw');
      expect(res.body.timeline.find((e: { type: string }) => e.type === 'support')).toMatchObject({ actor: null });
      expect(JSON.stringify(res.body)).not.toContain('residentA2');
    });

    it('shows staff the count', async () => {
      const res = await t.as('staffA').get(`/api/appeals/${appeal.id}`).expect(200);
      expect(res.body).toMatchObject({ supporters: 1, supportedByMe: false });
      const list = await t.as('staffA').get('/api/appeals').expect(200);
      expect((list.body as AppealPage).items.find((a) => a.id === appeal.id)?.supporters).toBe(1);
    });

    it('puts the appeal in the supporter’s own list, without the reporter’s words', async () => {
      const res = await t.as('residentA2').get('/api/appeals').expect(200);
      const item = (res.body as AppealPage).items.find((a) => a.id === appeal.id);
      expect(item).toMatchObject({ summary: LINE, supportedByMe: true });
      expect(JSON.stringify(res.body)).not.toContain('一周没人清运');
    });

    it('answers the join itself with the reduced view', async () => {
      const res = await support('residentA2', appeal.id).expect(200);
      expect(res.body).toMatchObject({ content: LINE, summary: LINE, locationText: null });
    });

    it('refuses her own appeal with 409', async () => {
      const res = await support('residentA', appeal.id).expect(409);
      expect(res.body.code).toBe('OWN_APPEAL');
      expect(await supporterRows(appeal.id)).toBe(1);
    });

    it('is open to a resident of another community filing about the same building and category', async () => {
      await support('residentB', appeal.id).expect(200);
      expect(await supporterRows(appeal.id)).toBe(2);
      const view = await t.as('residentB').get(`/api/appeals/${appeal.id}`).expect(200);
      expect(view.body).toMatchObject({ supporters: 2, contactPhone: null, reporter: null });
    });

    it('lets only the reporter withdraw or rate: a supporter gets 403 and nothing moves', async () => {
      const withdraw = await t.as('residentA2').post(`/api/appeals/${appeal.id}/withdraw`).send({ reason: '不想等了' }).expect(403);
      expect(withdraw.body.code).toBe('NOT_REPORTER');
      await t.act('staffA', appeal.id, 'accept');
      await t.act('staffA', appeal.id, 'resolve', { note: '已清运' });
      await t.act('staffA', appeal.id, 'feedback', { method: 'phone', content: '已电话告知' });
      const before = (await events(appeal.id)).length;
      const rate = await t.as('residentA2').post(`/api/appeals/${appeal.id}/rating`).send({ solved: false, satisfaction: 'unsatisfied' }).expect(403);
      expect(rate.body.code).toBe('NOT_REPORTER');
      expect(await events(appeal.id)).toHaveLength(before);
      expect((await t.as('residentA2').get(`/api/appeals/${appeal.id}`).expect(200)).body.actions).toEqual([]);
      // The reporter still can.
      const rated = await t.act('residentA', appeal.id, 'rating', { solved: true, satisfaction: 'satisfied', comment: '谢谢王师傅，我家住502' });
      expect(rated.status).toBe('closed');
      // …and her comment is hers: the supporter sees the rating, not her words.
      const seen = (await t.as('residentA2').get(`/api/appeals/${appeal.id}`).expect(200)).body as AppealDetail;
      expect(seen.ratings).toEqual([expect.objectContaining({ solved: true, satisfaction: 'satisfied', comment: null })]);
      expect(JSON.stringify(seen)).not.toContain('502');
    });

    it('answers 404 on a closed appeal, like an id that does not exist', async () => {
      const closed = await support('residentB', appeal.id).expect(404);
      const missing = await support('residentB', 99_999_999).expect(404);
      expect(closed.body).toEqual(missing.body);
    });
  });

  it('tells the resident and everyone who said "me too" that it was accepted, about public progress and the result, in their inboxes', async () => {
    const appeal = await file('residentA');
    await support('residentB', appeal.id).expect(200);
    await t.act('staffA', appeal.id, 'accept');
    await t.act('staffA', appeal.id, 'notes', { content: '内部：已联系环卫', visibility: 'internal' });
    await t.act('staffA', appeal.id, 'notes', { content: '环卫车明早来清运', visibility: 'public' });
    await t.act('staffA', appeal.id, 'resolve', { note: '已清运' });
    await t.act('staffA', appeal.id, 'feedback', { method: 'online', content: '垃圾已全部清运' });
    await t.app.get(OutboxDispatcher).deliverPending();
    for (const resident of ['residentA', 'residentB'] as const) {
      const inbox = (await t.as(resident).get('/api/notifications').expect(200)).body as { kind: string; appealId: number; body: string }[];
      const mine = inbox.filter((m) => m.appealId === appeal.id);
      expect(mine.map((m) => m.kind).sort()).toEqual(['appealAccepted', 'appealProgress', 'appealResult']);
      expect(mine.find((m) => m.kind === 'appealProgress')?.body).toContain('环卫车明早来清运');
    }
  });

  it('masks what staff write to the reporter when it reaches those who said "me too"', async () => {
    const appeal = await file('residentA');
    await support('residentB', appeal.id).expect(200);
    await t.act('staffA', appeal.id, 'accept');
    await t.act('staffA', appeal.id, 'notes', { content: '已联系李阿姨，电话13500001111，明天上门', visibility: 'public' });
    await t.app.get(OutboxDispatcher).deliverPending();
    const bodyFor = async (who: FixtureUser) =>
      ((await t.as(who).get('/api/notifications').expect(200)).body as { appealId: number; body: string }[]).find((m) => m.appealId === appeal.id)?.body;
    expect(await bodyFor('residentA')).toContain('13500001111');
    expect(await bodyFor('residentB')).toContain('***********');
    expect(await bodyFor('residentB')).not.toContain('13500001111');
    const seen = (await t.as('residentB').get(`/api/appeals/${appeal.id}`).expect(200)).body as AppealDetail;
    expect(JSON.stringify(seen)).not.toContain('13500001111');
  });

  it('answers 404 on a withdrawn or rejected appeal', async () => {
    const withdrawn = await file('residentA');
    await t.act('residentA', withdrawn.id, 'withdraw', { reason: '已解决' });
    const rejected = await file('residentA');
    await t.act('staffA', rejected.id, 'reject', { reason: '不属于受理范围' });
    for (const id of [withdrawn.id, rejected.id]) {
      await support('residentA2', id).expect(404);
      expect(await supporterRows(id)).toBe(0);
    }
  });

  describe('only what the lookup offers', () => {
    it('refuses an appeal of another building or category, or one the lookup no longer lists, like an unknown id', async () => {
      const appeal = await file('residentA');
      const missing = await support('residentA2', 99_999_999).expect(404);
      for (const about of [{ buildingId: t.fixtures.buildings.a2.id }, { category: 'noise' }, { buildingId: t.fixtures.buildings.b1.id }]) {
        const res = await support('residentA2', appeal.id, about).expect(404);
        expect(res.body).toEqual(missing.body);
      }
      // Ten newer ones push it off the lookup's list.
      for (let i = 0; i < 10; i++) await file('residentB', { content: `楼道垃圾又多了 ${i}` });
      await support('residentA2', appeal.id).expect(404);
      expect(await supporterRows(appeal.id)).toBe(0);
      expect((await events(appeal.id)).filter((e) => e.type === 'support')).toHaveLength(0);
    });

    it('a resident walking every id reads nobody’s words: not in the answers, not in her list, not in any detail', async () => {
      // Appeals all over the street, with phones, names and flats in their words.
      const secrets: string[] = [];
      const street = [
        { communityId: t.fixtures.communities.a.id, buildingId: t.fixtures.buildings.a1.id, category: 'sanitation' },
        { communityId: t.fixtures.communities.a.id, buildingId: t.fixtures.buildings.a2.id, category: 'noise' },
        { communityId: t.fixtures.communities.b.id, buildingId: t.fixtures.buildings.b1.id, category: 'sanitation' },
      ];
      for (const [i, place] of street.entries()) {
        const words = `秘密${i}号：我叫张秀英，电话1390000000${i}，住2单元50${i}`;
        secrets.push(`秘密${i}号`, `1390000000${i}`, '张秀英');
        await file(i === 2 ? 'residentB' : 'residentA', { ...place, content: words, contactPhone: `1390000000${i}` });
      }
      const walker = await t.dataSource.getRepository(User).save({
        role: 'resident',
        displayName: '好奇的邻居',
        username: null,
        passwordHash: null,
        wechatOpenId: 'openid-walker',
        communityId: null,
        gridId: null,
        departmentId: null,
        active: true,
        createdAt: t.clock.now(),
      });
      const as = (req: ReturnType<typeof t.http.get>) => req.set('Authorization', `Bearer ${t.app.get(TokenService).issue(walker.id, 'resident').token}`);
      const last = (await t.dataSource.getRepository(Appeal).find({ order: { id: 'DESC' }, take: 1 }))[0].id;
      const answers: string[] = [];
      const statuses = new Set<number>();
      for (let id = 1; id <= last + 3; id++) {
        const joined = await as(t.http.post(`/api/appeals/${id}/support`)).send({ buildingId: t.fixtures.buildings.a1.id, category: 'sanitation' });
        statuses.add(joined.status);
        answers.push(joined.text);
        answers.push((await as(t.http.get(`/api/appeals/${id}`))).text);
      }
      answers.push((await as(t.http.get('/api/appeals?open=false&pageSize=100'))).text);
      const everything = answers.join('\n');
      for (const secret of secrets) expect(everything).not.toContain(secret);
      // Joining stops at her hourly limit; nothing answered 5xx.
      expect([...statuses].sort()).toEqual([200, 404, 429]);
    });
  });

  describe('the hourly limit per resident', () => {
    it('answers 429 with Retry-After past ten joins in an hour, and lets her again an hour later', async () => {
      const appeals: AppealDetail[] = [];
      for (let i = 0; i < 11; i++) appeals.push(await file('residentA', { content: `楼道垃圾没人清 限额${i}`, buildingId: t.fixtures.buildings.a2.id }));
      const about = { buildingId: t.fixtures.buildings.a2.id };
      const limited = await t.dataSource.getRepository(User).save({
        role: 'resident',
        displayName: '热心邻居',
        username: null,
        passwordHash: null,
        wechatOpenId: 'openid-keen',
        communityId: null,
        gridId: null,
        departmentId: null,
        active: true,
        createdAt: t.clock.now(),
      });
      const token = t.app.get(TokenService).issue(limited.id, 'resident').token;
      const join = (id: number) =>
        t.http
          .post(`/api/appeals/${id}/support`)
          .set('Authorization', `Bearer ${token}`)
          .send({ category: 'sanitation', ...about });
      // The ten newest are what the lookup offers; the eleventh call is over the limit whatever it names.
      for (const appeal of appeals.slice(1)) await join(appeal.id).expect(200);
      const refused = await join(appeals[1].id).expect(429);
      expect(refused.body).toEqual({ code: 'TOO_MANY_REQUESTS', message: '请求过于频繁，请稍后再试' });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      t.clock.advance(61 * 60_000);
      await join(appeals[1].id).expect(200);
    });
  });

  it('keeps the counter equal to the rows when many residents join at once, each once', async () => {
    const appeal = await file('residentA');
    const users = await t.dataSource.getRepository(User).save(
      Array.from({ length: 6 }, (_, i) => ({
        role: 'resident' as const,
        displayName: `邻居${i}`,
        username: null,
        passwordHash: null,
        wechatOpenId: `openid-neighbour-${i}`,
        communityId: t.fixtures.communities.a.id,
        gridId: null,
        departmentId: null,
        active: true,
        createdAt: t.clock.now(),
      })),
    );
    const tokens = t.app.get(TokenService);
    // Each neighbour twice, all at once.
    const calls = [...users, ...users].map((u) =>
      t.http
        .post(`/api/appeals/${appeal.id}/support`)
        .set('Authorization', `Bearer ${tokens.issue(u.id, u.role).token}`)
        .send({ buildingId: t.fixtures.buildings.a1.id, category: 'sanitation' }),
    );
    const statuses = (await Promise.all(calls)).map((r) => r.status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(await supporterRows(appeal.id)).toBe(users.length);
    expect((await t.dataSource.getRepository(Appeal).findOneByOrFail({ id: appeal.id })).supporters).toBe(users.length);
    expect((await events(appeal.id)).filter((e) => e.type === 'support')).toHaveLength(users.length);
  });

  describe('GET /api/appeals/similar', () => {
    const similar = (who: FixtureUser, query: string) => t.as(who).get(`/api/appeals/similar?${query}`);

    it('lists the open appeals of that category in that building, newest first, with nobody’s name or phone', async () => {
      const { buildings, communities } = t.fixtures;
      t.clock.advance(60_000);
      const received = await file('residentA', { contactPhone: PHONE, content: '楼道垃圾没人清 甲', locationText: '2单元' });
      t.clock.advance(60_000);
      const inProgress = await file('residentA2', { content: '楼道垃圾没人清 乙' });
      await t.act('staffA', inProgress.id, 'accept');
      t.clock.advance(60_000);
      const resolved = await file('residentA', { content: '楼道垃圾没人清 丙' });
      await t.act('staffA', resolved.id, 'accept');
      await t.act('staffA', resolved.id, 'resolve', { note: '已清运' });
      t.clock.advance(60_000);
      // Not shown: fed back (about to close), closed, withdrawn, another category, another building.
      const fedBack = await file('residentA', { content: '楼道垃圾没人清 丁' });
      await t.act('staffA', fedBack.id, 'accept');
      await t.act('staffA', fedBack.id, 'resolve', { note: '已清运' });
      await t.act('staffA', fedBack.id, 'feedback', { method: 'phone', content: '已告知' });
      const withdrawn = await file('residentA', { content: '楼道垃圾没人清 戊' });
      await t.act('residentA', withdrawn.id, 'withdraw', {});
      const otherCategory = await file('residentA', { content: '楼道的灯不亮了', category: 'propertyManagement' });
      const otherBuilding = await file('residentA', { content: '2号楼垃圾没人清', buildingId: buildings.a2.id });
      const noBuilding = await file('residentA', { content: '小区垃圾没人清', buildingId: undefined });
      const staffFiled = await t
        .as('staffA')
        .post('/api/appeals')
        .set('Idempotency-Key', `support-${++key}`)
        .send({
          channel: 'hotline',
          content: '来电：楼道垃圾没人清',
          category: 'sanitation',
          communityId: communities.a.id,
          buildingId: buildings.a1.id,
          contactName: '张阿姨',
          contactPhone: '13800001111',
        })
        .expect(201);

      const res = await similar('residentB', `buildingId=${buildings.a1.id}&category=sanitation`).expect(200);
      const items = res.body as SimilarAppeal[];
      const ids = items.map((a) => a.id);
      expect(ids.slice(0, 4)).toEqual([staffFiled.body.id, resolved.id, inProgress.id, received.id]);
      for (const hidden of [fedBack.id, withdrawn.id, otherCategory.id, otherBuilding.id, noBuilding.id]) expect(ids).not.toContain(hidden);
      expect(items.length).toBeLessThanOrEqual(10);
      for (const item of items) {
        expect(Object.keys(item).sort()).toEqual(['category', 'code', 'id', 'receivedAt', 'status', 'summary', 'supporters']);
        expect(item.category).toBe('sanitation');
        expect(['received', 'inProgress', 'resolved']).toContain(item.status);
      }
      const text = JSON.stringify(items);
      for (const secret of [PHONE, '13800001111', '张阿姨', 'residentA', '2单元']) expect(text).not.toContain(secret);
      expect(items.find((a) => a.id === received.id)).toMatchObject({ summary: '楼道垃圾没人清 甲', status: 'received', supporters: 0 });
    });

    it('masks personal data in the first words it shows: phones, ID numbers, flats, names', async () => {
      const c1 = t.fixtures.buildings.c1.id;
      const filed = await t
        .as('staffC')
        .post('/api/appeals')
        .set('Idempotency-Key', `support-${++key}`)
        .send({
          channel: 'window',
          content: '我叫李秀兰，电话13811112222，住3单元402室，身份证11010519491231002X，楼道堆满杂物',
          category: 'sanitation',
          communityId: t.fixtures.communities.c.id,
          buildingId: c1,
        })
        .expect(201);
      const res = await similar('residentA', `buildingId=${c1}&category=sanitation`).expect(200);
      const shown = (res.body as SimilarAppeal[]).find((a) => a.id === filed.body.id)!;
      expect(shown.summary).toBe('我叫***，电话***********，住*单元***室，身份证******************，楼道堆满杂物');
    });

    it('lists at most 10', async () => {
      const b1 = t.fixtures.buildings.b1.id;
      for (let i = 0; i < 12; i++) await file('residentB', { content: `楼道垃圾 ${i}`, communityId: t.fixtures.communities.b.id, buildingId: b1 });
      const res = await similar('residentA', `buildingId=${b1}&category=sanitation`).expect(200);
      expect(res.body).toHaveLength(10);
    });

    it('answers an empty list for a building with nothing open', async () => {
      await similar('staffA', `buildingId=${t.fixtures.buildings.c1.id}&category=noise`).expect(200, []);
      await similar('residentA', 'buildingId=99999999&category=noise').expect(200, []);
    });

    it.each([
      ['category=sanitation', 'buildingId', '楼栋必须填写'],
      ['buildingId=abc&category=sanitation', 'buildingId', '楼栋应为整数'],
      ['buildingId=1', 'category', '类别必须填写'],
      ['buildingId=1&category=rubbish', 'category', '类别取值无效'],
      ['buildingId=1&category=sanitation&extra=1', 'extra', '不支持此字段'],
    ])('refuses %s with a Chinese message on %s', async (query, field, message) => {
      const res = await similar('residentA', query).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field, message: expect.stringContaining(message) })]));
    });
  });
});
