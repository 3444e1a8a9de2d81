import type { AppealDetail, SubscriptionTemplates, WechatStatus } from '@lingjuli/shared';
import { FAKE_TEMPLATE, fakeWechatEnv, startFakeWechat, type FakeWechat } from '../testing/fake-wechat.server';
import type { FixtureUser } from '../testing/fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';
import { Scheduler } from '../timers/scheduler.service';
import { WechatMessage } from './wechat-message.entity';

const TEMPLATES = {
  appealAccepted: { id: FAKE_TEMPLATE('accepted'), fields: { character_string1: 'code', thing2: 'title', thing3: 'text', time4: 'time' } },
  appealProgress: { id: FAKE_TEMPLATE('progress'), fields: { character_string1: 'code', thing2: 'text', time3: 'time' } },
  // A template whose key WeChat would refuse the words for: a phrase of at most five Chinese characters given the code.
  appealResult: { id: FAKE_TEMPLATE('result'), fields: { phrase1: 'code', thing2: 'text' } },
};

/** WeChat subscription messages, sent to the fake WeChat server on loopback (docs/architecture.md, "WeChat"). */
describe('WeChat subscription messages', () => {
  let wechat: FakeWechat;
  let t: TestApp;
  let key = 0;

  beforeAll(async () => {
    wechat = await startFakeWechat();
    t = await createTestApp({ env: { ...fakeWechatEnv(wechat.baseUrl), WECHAT_TEMPLATES: JSON.stringify(TEMPLATES), WECHAT_MINIPROGRAM_STATE: 'trial' } });
  });
  afterAll(async () => {
    await t.close();
    await wechat.close();
  });

  const openId = (who: FixtureUser) => t.fixtures.users[who].wechatOpenId!;
  /** She agreed at a tap: WeChat records it, and the mini-program tells the server. */
  const subscribe = async (who: FixtureUser, template: string) => {
    wechat.grant(openId(who), template);
    await t
      .as(who)
      .post('/api/wechat/subscriptions')
      .send({ answers: [{ templateId: template, answer: 'accept' }] })
      .expect(204);
  };
  const file = async (who: FixtureUser, content: string): Promise<AppealDetail> =>
    (
      await t
        .as(who)
        .post('/api/appeals')
        .set('Idempotency-Key', `wechat-channel-${++key}`)
        .send({ channel: 'online', communityId: t.fixtures.communities.a.id, content, category: 'other' })
        .expect(201)
    ).body as AppealDetail;
  const tick = () => t.app.get(Scheduler).tick();
  const messagesOf = async (appealId: number) => {
    const rows = await t.dataSource.getRepository(WechatMessage).find({ order: { id: 'ASC' } });
    return rows.filter((m) => m.page.endsWith(`?id=${appealId}`));
  };

  it('tells the mini-program which templates it may ask about', async () => {
    const res = await t.as('residentA').get('/api/wechat/subscriptions').expect(200);
    expect(res.body as SubscriptionTemplates).toEqual({
      enabled: true,
      templates: { appealAccepted: FAKE_TEMPLATE('accepted'), appealProgress: FAKE_TEMPLATE('progress'), appealResult: FAKE_TEMPLATE('result') },
    });
  });

  it('sends a resident who agreed that her appeal was accepted, masked, opening her appeal, once', async () => {
    await subscribe('residentA', FAKE_TEMPLATE('accepted'));
    const appeal = await file('residentA', '我叫王芳，电话13800001234，楼下的路灯坏了');
    await t.act('staffA', appeal.id, 'accept');
    await tick();
    expect(wechat.sent).toEqual([
      {
        touser: openId('residentA'),
        template_id: FAKE_TEMPLATE('accepted'),
        page: `pages/appeal/index?id=${appeal.id}`,
        data: {
          character_string1: { value: appeal.code },
          thing2: { value: '您反映的问题已受理' },
          thing3: { value: expect.stringMatching(/^.{1,19}…$/) as string },
          time4: { value: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/) as string },
        },
        miniprogram_state: 'trial',
        lang: 'zh_CN',
      },
    ]);
    // Her one consent is used: the next notice of that template stays in the inbox only.
    const second = await file('residentA', '小区门口的垃圾桶满了');
    await t.act('staffA', second.id, 'accept');
    await tick();
    expect(wechat.sent).toHaveLength(1);
    expect(await messagesOf(second.id)).toEqual([]);
  });

  it('sends nothing to whoever did not agree, or has no WeChat account', async () => {
    const appeal = await file('residentA2', '楼道灯不亮');
    await t.act('staffA', appeal.id, 'accept');
    await tick();
    expect(await messagesOf(appeal.id)).toEqual([]);
  });

  it('records a consent WeChat no longer has (43101) as refused, and does not try again', async () => {
    await t
      .as('residentB')
      .post('/api/wechat/subscriptions')
      .send({ answers: [{ templateId: FAKE_TEMPLATE('accepted'), answer: 'accept' }] })
      .expect(204);
    const appeal = (
      await t
        .as('residentB')
        .post('/api/appeals')
        .set('Idempotency-Key', `wechat-channel-${++key}`)
        .send({ channel: 'online', communityId: t.fixtures.communities.b.id, content: '电梯异响', category: 'lift' })
        .expect(201)
    ).body as AppealDetail;
    await t.act('staffB', appeal.id, 'accept');
    await tick();
    t.clock.advance(3600_000);
    await tick();
    const [message] = await messagesOf(appeal.id);
    expect([message.status, message.attempts]).toEqual(['refused', 1]);
  });

  it('retries while WeChat cannot be reached, with growing waits', async () => {
    await subscribe('residentA', FAKE_TEMPLATE('progress'));
    const appeal = await file('residentA', '单元门禁坏了');
    await t.act('staffA', appeal.id, 'accept');
    wechat.outage(2);
    await t.act('staffA', appeal.id, 'notes', { content: '已联系门禁维修公司', visibility: 'public' });
    await tick();
    const [first] = await messagesOf(appeal.id);
    expect([first.status, first.attempts]).toEqual(['pending', 1]);
    t.clock.advance(30_000);
    await tick(); // not due yet
    expect((await messagesOf(appeal.id))[0].attempts).toBe(1);
    t.clock.advance(31_000);
    await tick(); // the second try, after a minute: still down
    expect((await messagesOf(appeal.id))[0].attempts).toBe(2);
    t.clock.advance(2 * 60_000);
    await tick(); // the third, after two minutes
    const [sent] = await messagesOf(appeal.id);
    expect([sent.status, sent.attempts]).toEqual(['sent', 3]);
    expect(wechat.sent.at(-1)).toMatchObject({ template_id: FAKE_TEMPLATE('progress'), data: { thing2: { value: '已联系门禁维修公司' } } });
  });

  it('takes a long note and sends its first words', async () => {
    await subscribe('residentA', FAKE_TEMPLATE('progress'));
    const appeal = await file('residentA', '地下室积水');
    await t.act('staffA', appeal.id, 'accept');
    await t.act('staffA', appeal.id, 'notes', { content: `抽水泵已到位，${'正在排水，'.repeat(300)}`, visibility: 'public' });
    await tick();
    expect(wechat.sent.at(-1)?.data.thing2.value).toBe('抽水泵已到位，正在排水，正在排水，正在…');
  });

  it('shows the street admin a template WeChat refuses (47003), which is not retried', async () => {
    await subscribe('residentA', FAKE_TEMPLATE('result'));
    const appeal = await file('residentA', '楼顶漏水');
    await t.act('staffA', appeal.id, 'accept');
    await t.act('staffA', appeal.id, 'resolve', { note: '已修补' });
    await t.act('staffA', appeal.id, 'feedback', { method: 'online', content: '楼顶已修补' });
    await tick();
    t.clock.advance(3600_000);
    await tick();
    const refused = (await messagesOf(appeal.id)).find((m) => m.topic === 'appealResult')!;
    expect([refused.status, refused.attempts]).toEqual(['misconfigured', 1]);
    const status = (await t.as('streetAdmin').get('/api/wechat/status').expect(200)).body as WechatStatus;
    expect(status).toMatchObject({ enabled: true, topics: ['appealAccepted', 'appealProgress', 'appealResult'] });
    expect(status.problems[0]).toMatchObject({ topic: 'appealResult', templateId: FAKE_TEMPLATE('result'), error: expect.stringContaining('47003') as string });
    expect(status.counts.misconfigured).toBe(1);
    await t.as('staffA').get('/api/wechat/status').expect(403);
  });

  it('refuses answers it cannot read', async () => {
    for (const body of [{}, { answers: 'accept' }, { answers: [{ templateId: '', answer: 'accept' }] }, { answers: [{ templateId: 'x', answer: 'yes' }] }]) {
      const res = await t.as('residentA').post('/api/wechat/subscriptions').send(body);
      expect(res.status).toBe(400);
    }
  });
});
