import { createServer } from 'node:net';
import { CONTENT_REFUSED_MESSAGE, type AppealDetail, type AttachmentInfo } from '@lingjuli/shared';
import { fakeWechatEnv, startFakeWechat, type FakeWechat } from '../testing/fake-wechat.server';
import type { FixtureUser } from '../testing/fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';
import { Scheduler } from '../timers/scheduler.service';
import { Appeal } from '../appeals/entities/appeal.entity';
import { ContentCheck } from './content-check.entity';

const PUSH_TOKEN = 'push-token-for-tests';
// A 1×1 transparent PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** A port nothing listens on now, for the app to listen on (WeChat downloads photos from PUBLIC_URL). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** WeChat's content security against the fake WeChat server on loopback (docs/architecture.md, "Content security"). */
describe('content security', () => {
  let wechat: FakeWechat;
  let t: TestApp;
  let publicUrl: string;
  let key = 0;

  beforeAll(async () => {
    wechat = await startFakeWechat();
    const port = await freePort();
    publicUrl = `http://127.0.0.1:${port}`;
    t = await createTestApp({ env: { ...fakeWechatEnv(wechat.baseUrl), WECHAT_PUSH_TOKEN: PUSH_TOKEN, PUBLIC_URL: publicUrl } });
    await t.app.listen(port, '127.0.0.1');
    wechat.judge('赌博网站', 'risky');
    wechat.judge('打人', 'review');
  });
  afterAll(async () => {
    await t.close();
    await wechat.close();
  });
  afterEach(() => wechat.checksDown(false));

  const push = { url: '', token: PUSH_TOKEN };
  beforeAll(() => (push.url = `${publicUrl}/api/wechat/push`));
  const tick = () => t.app.get(Scheduler).tick();
  const fileRequest = (who: FixtureUser, content: string, attachmentIds: number[] = []) =>
    t
      .as(who)
      .post('/api/appeals')
      .set('Idempotency-Key', `content-${++key}`)
      .send({ channel: 'online', communityId: t.fixtures.communities.a.id, content, category: 'other', attachmentIds });
  const file = async (who: FixtureUser, content: string, attachmentIds: number[] = []) =>
    (await fileRequest(who, content, attachmentIds).expect(201)).body as AppealDetail;
  const detail = async (who: FixtureUser, id: number) => (await t.as(who).get(`/api/appeals/${id}`).expect(200)).body as AppealDetail;
  const checkOf = (subjectType: ContentCheck['subjectType'], subjectId: number) =>
    t.dataSource.getRepository(ContentCheck).findOneByOrFail({ subjectType, subjectId });
  const appealCount = () => t.dataSource.getRepository(Appeal).count();
  const upload = async (who: FixtureUser) =>
    (await t.as(who).post('/api/uploads').attach('file', PNG, { filename: 'a.png', contentType: 'image/png' }).expect(201)).body as AttachmentInfo;

  describe('words', () => {
    it('refuses risky words with the field named, writing nothing', async () => {
      const before = await appealCount();
      const res = await fileRequest('residentA', '楼下贴了赌博网站的广告').expect(400);
      expect(res.body).toMatchObject({
        code: 'CONTENT_RISKY',
        message: CONTENT_REFUSED_MESSAGE,
        details: [{ field: 'content', message: CONTENT_REFUSED_MESSAGE }],
      });
      expect(await appealCount()).toBe(before);
      const checked = wechat.requests.filter((r) => r.path === '/wxa/msg_sec_check').at(-1);
      expect(checked?.body).toMatchObject({ version: 2, openid: t.fixtures.users.residentA.wechatOpenId, scene: 3, content: '楼下贴了赌博网站的广告' });
    });

    it('takes words WeChat wants reviewed, marked for staff only', async () => {
      const appeal = await file('residentA', '楼道里有人打人，很吵');
      expect((await checkOf('appealWords', appeal.id)).state).toBe('review');
      expect((await detail('staffA', appeal.id)).contentCheck).toBe('review');
      expect((await detail('residentA', appeal.id)).contentCheck).toBeUndefined();
    });

    it('does not mark words that passed, nor check what staff write', async () => {
      const appeal = await file('residentA', '小区门口的路灯坏了');
      expect((await checkOf('appealWords', appeal.id)).state).toBe('pass');
      expect((await detail('staffA', appeal.id)).contentCheck).toBeUndefined();
      const calls = wechat.requests.length;
      const staffFiled = await file('staffA', '赌博网站的广告又贴出来了');
      expect(wechat.requests.length).toBe(calls);
      expect(await t.dataSource.getRepository(ContentCheck).countBy({ subjectType: 'appealWords', subjectId: staffFiled.id })).toBe(0);
    });

    it('takes an appeal while WeChat is unreachable and checks it on the next tick', async () => {
      wechat.checksDown(true);
      const appeal = await file('residentA', '垃圾桶满了没人清，旁边贴着赌博网站');
      expect(await checkOf('appealWords', appeal.id)).toMatchObject({ state: 'pending', text: '垃圾桶满了没人清，旁边贴着赌博网站' });
      expect((await detail('staffA', appeal.id)).contentCheck).toBe('pending');

      await tick(); // still down: tried, kept for later
      expect(await checkOf('appealWords', appeal.id)).toMatchObject({ state: 'pending', attempts: 1 });

      wechat.checksDown(false);
      t.clock.advance(60_000);
      await tick();
      // Taken already: a late risky verdict marks it for staff; the words to check are not kept twice.
      expect(await checkOf('appealWords', appeal.id)).toMatchObject({ state: 'risky', text: null, attempts: 2 });
      expect((await detail('staffA', appeal.id)).contentCheck).toBe('risky');
    });

    it('never makes an emergency wait on a check: taken at once, checked within a tick', async () => {
      const calls = wechat.requests.filter((r) => r.path === '/wxa/msg_sec_check').length;
      const appeal = await file('residentA', '楼道里有很浓的煤气味');
      expect(appeal.tier).toBe('emergency');
      expect(wechat.requests.filter((r) => r.path === '/wxa/msg_sec_check').length).toBe(calls);
      await tick();
      expect((await checkOf('appealWords', appeal.id)).state).toBe('pass');
    });

    it('refuses a risky rating comment and keeps the appeal to rate', async () => {
      const appeal = await file('residentA', '单元门的门禁坏了');
      await t.act('staffA', appeal.id, 'accept');
      await t.act('staffA', appeal.id, 'resolve', { note: '已修好' });
      await t.act('staffA', appeal.id, 'feedback', { content: '门禁已修复', method: 'visit' });
      const res = await t
        .as('residentA')
        .post(`/api/appeals/${appeal.id}/rating`)
        .send({ solved: true, satisfaction: 'satisfied', comment: '谢谢，顺便看看赌博网站' })
        .expect(400);
      expect(res.body).toMatchObject({ code: 'CONTENT_RISKY', details: [{ field: 'comment' }] });
      expect((await detail('residentA', appeal.id)).ratings).toEqual([]);

      await t.act('residentA', appeal.id, 'rating', { solved: true, satisfaction: 'satisfied', comment: '修得快，但有人打人' });
      const seen = await detail('staffA', appeal.id);
      expect(seen.ratings).toMatchObject([{ comment: '修得快，但有人打人', commentCheck: 'review' }]);
    });

    it('checks a liaison’s feedback from her visit, not what staff write', async () => {
      const appeal = await file('residentA', '楼道灯不亮了');
      await t.act('staffA', appeal.id, 'accept');
      await t.act('staffA', appeal.id, 'resolve', { note: '已更换灯泡' });
      await t.act('staffA', appeal.id, 'assign', { liaisonId: t.fixtures.users.liaisonA.id });
      const refused = await t.as('liaisonA').post(`/api/appeals/${appeal.id}/feedback`).send({ content: '居民说楼下有赌博网站', method: 'visit' }).expect(400);
      expect(refused.body).toMatchObject({ code: 'CONTENT_RISKY', details: [{ field: 'content' }] });

      await t.act('liaisonA', appeal.id, 'feedback', { content: '已上门告知，居民说邻居打人', method: 'visit' });
      const seen = await detail('staffA', appeal.id);
      expect(seen.feedbacks).toMatchObject([{ content: '已上门告知，居民说邻居打人', contentCheck: 'review' }]);
      expect((await detail('residentA', appeal.id)).feedbacks[0].contentCheck).toBeUndefined();
    });
  });

  describe('photos', () => {
    it('shows a photo to others only once WeChat pushed that it passed', async () => {
      const photo = await upload('residentA');
      expect(photo.check).toBe('pending');
      const appeal = await file('residentA', '楼道堆满了杂物', [photo.id]);

      // Not submitted yet: only she sees it.
      expect((await detail('residentA', appeal.id)).attachments).toMatchObject([{ id: photo.id, check: 'pending' }]);
      expect((await detail('staffA', appeal.id)).attachments).toEqual([]);

      await tick();
      const submitted = wechat.media.at(-1)!;
      expect(submitted).toMatchObject({ openid: t.fixtures.users.residentA.wechatOpenId, fetched: { status: 200, bytes: PNG.length } });
      expect(submitted.mediaUrl.startsWith(`${publicUrl}/api/uploads/${photo.id}/content?`)).toBe(true);
      expect((await detail('staffA', appeal.id)).attachments).toEqual([]);

      expect(await wechat.pushMediaResult(submitted.traceId, 'pass', push)).toBe(200);
      expect((await detail('staffA', appeal.id)).attachments).toEqual([expect.objectContaining({ id: photo.id })]);
      expect((await detail('staffA', appeal.id)).attachments[0].check).toBeUndefined();
      expect((await checkOf('photo', photo.id)).state).toBe('pass');
    });

    it('keeps a risky photo from everyone but its uploader, and shows one to review to staff, marked', async () => {
      const risky = await upload('residentA');
      const toReview = await upload('residentA');
      const appeal = await file('residentA', '墙上被人乱涂乱画', [risky.id, toReview.id]);
      await tick();
      const traceOf = (id: number) => wechat.media.find((m) => m.mediaUrl.includes(`/uploads/${id}/content`))!.traceId;
      await wechat.pushMediaResult(traceOf(risky.id), 'risky', push);
      await wechat.pushMediaResult(traceOf(toReview.id), 'review', push);

      expect((await detail('staffA', appeal.id)).attachments).toEqual([expect.objectContaining({ id: toReview.id, check: 'review' })]);
      expect((await detail('residentA', appeal.id)).attachments.map((a) => [a.id, a.check])).toEqual([
        [risky.id, 'risky'],
        [toReview.id, 'review'],
      ]);
    });

    it('submits a photo again when WeChat could not be reached', async () => {
      wechat.checksDown(true);
      const photo = await upload('residentA');
      await tick();
      expect(await checkOf('photo', photo.id)).toMatchObject({ state: 'pending', traceId: null, attempts: 1 });
      wechat.checksDown(false);
      t.clock.advance(60_000);
      await tick();
      expect((await checkOf('photo', photo.id)).traceId).toEqual(wechat.media.at(-1)!.traceId);
    });

    it('answers only pushes signed with the Token, and echoes the URL check', async () => {
      const photo = await upload('residentA');
      await tick();
      const { traceId } = wechat.media.at(-1)!;
      expect(await wechat.pushMediaResult(traceId, 'pass', { url: push.url, token: 'not-the-token' })).toBe(403);
      expect((await checkOf('photo', photo.id)).state).toBe('pending');
      await t.http
        .post('/api/wechat/push')
        .send({ Event: 'wxa_media_check', trace_id: traceId, result: { suggest: 'pass' } })
        .expect(403);

      const { wechatPushSignature } = await import('../testing/fake-wechat.server');
      const signature = wechatPushSignature(PUSH_TOKEN, '1700000000', 'abc');
      const echoed = await t.http.get(`/api/wechat/push?signature=${signature}&timestamp=1700000000&nonce=abc&echostr=hello`).expect(200);
      expect(echoed.text).toBe('hello');
    });
  });
});
