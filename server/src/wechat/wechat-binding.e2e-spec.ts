import type { AppealDetail, WechatBinding } from '@lingjuli/shared';
import { FAKE_TEMPLATE, UNREACHABLE_WECHAT, fakeWechatEnv, startFakeWechat, type FakeWechat } from '../testing/fake-wechat.server';
import { createTestApp, type TestApp } from '../testing/test-app';
import { Scheduler } from '../timers/scheduler.service';
import { User } from '../users/user.entity';

const EMERGENCY = FAKE_TEMPLATE('emergency');
const TEMPLATES = { emergencyFiled: { id: EMERGENCY, fields: { character_string1: 'code', thing2: 'place', thing3: 'text', time4: 'time' } } };
/** The WeChat the community secretary uses on her phone. */
const SECRETARY_OPENID = 'openid-secretary-phone';

/**
 * Staff sign in by password, without an openid: the WeChat they link from the mini-program
 * (`/wechat/binding`) is where their messages go. Against the fake WeChat server on loopback.
 */
describe('staff link their WeChat for its messages', () => {
  let wechat: FakeWechat;
  let t: TestApp;
  let key = 0;

  beforeAll(async () => {
    wechat = await startFakeWechat();
    t = await createTestApp({ env: { ...fakeWechatEnv(wechat.baseUrl), WECHAT_TEMPLATES: JSON.stringify(TEMPLATES) } });
  });
  afterAll(async () => {
    await t.close();
    await wechat.close();
  });

  const bound = async () => ((await t.as('secretaryA').get('/api/wechat/binding').expect(200)).body as WechatBinding).bound;
  const bind = async (code: string) => {
    wechat.issueCode(code, SECRETARY_OPENID);
    await t.as('secretaryA').post('/api/wechat/binding').send({ code }).expect(204);
  };
  /** She agreed at the tap in her WeChat, and the mini-program tells the server. */
  const subscribe = async () => {
    wechat.grant(SECRETARY_OPENID, EMERGENCY);
    await t
      .as('secretaryA')
      .post('/api/wechat/subscriptions')
      .send({ answers: [{ templateId: EMERGENCY, answer: 'accept' }] })
      .expect(204);
  };
  const fileEmergency = async (content: string): Promise<AppealDetail> =>
    (
      await t
        .as('residentA')
        .post('/api/appeals')
        .set('Idempotency-Key', `wechat-binding-${++key}`)
        .send({ channel: 'online', communityId: t.fixtures.communities.a.id, content, category: 'gas' })
        .expect(201)
    ).body as AppealDetail;
  const tick = () => t.app.get(Scheduler).tick();
  const sentTo = (openId: string) => wechat.sent.filter((m) => m.touser === openId);

  it('sends a new emergency to the WeChat the community secretary linked', async () => {
    expect(await bound()).toBe(false);
    await bind('secretary-code-1');
    expect(await bound()).toBe(true);
    const row = await t.dataSource.getRepository(User).findOneByOrFail({ id: t.fixtures.users.secretaryA.id });
    expect([row.noticeOpenId, row.wechatOpenId]).toEqual([SECRETARY_OPENID, null]);

    await subscribe();
    const appeal = await fileEmergency('楼道里有很浓的煤气味');
    expect(appeal.tier).toBe('emergency');
    await tick();
    expect(sentTo(SECRETARY_OPENID)).toEqual([
      expect.objectContaining({
        touser: SECRETARY_OPENID,
        template_id: EMERGENCY,
        page: `staff/appeal/index?id=${appeal.id}`,
        data: expect.objectContaining({ character_string1: { value: appeal.code } }) as object,
      }),
    ]);
  });

  it('sends nothing once she unlinks it, though she still has a consent', async () => {
    await bind('secretary-code-2');
    await subscribe();
    await t.as('secretaryA').delete('/api/wechat/binding').expect(204);
    expect(await bound()).toBe(false);
    const before = sentTo(SECRETARY_OPENID).length;
    await fileEmergency('地下车库有燃气味');
    await tick();
    expect(sentTo(SECRETARY_OPENID)).toHaveLength(before);
  });

  it('answers 400 in Chinese for a used or unknown code, keeping her session and her link', async () => {
    await bind('secretary-code-3');
    const res = await t.as('secretaryA').post('/api/wechat/binding').send({ code: 'secretary-code-3' }).expect(400);
    expect(res.body).toEqual({ code: 'WECHAT_CODE_INVALID', message: '微信授权已失效，请重试' });
    expect(await bound()).toBe(true);
    for (const body of [{}, { code: '' }, { code: 42 }]) await t.as('secretaryA').post('/api/wechat/binding').send(body).expect(400);
  });

  it('is for staff only: residents and liaisons sign in with their own WeChat', async () => {
    wechat.issueCode('resident-code', 'openid-someone');
    await t.as('residentA').post('/api/wechat/binding').send({ code: 'resident-code' }).expect(403);
    await t.as('residentA').get('/api/wechat/binding').expect(403);
    await t.as('liaisonA').delete('/api/wechat/binding').expect(403);
  });

  it('answers 503 without WeChat configured and 502 while WeChat cannot be reached', async () => {
    const off = await createTestApp();
    try {
      const res = await off.as('secretaryA').post('/api/wechat/binding').send({ code: 'any' }).expect(503);
      expect(res.body.code).toBe('WECHAT_UNAVAILABLE');
    } finally {
      await off.close();
    }
    const down = await createTestApp({ env: fakeWechatEnv(UNREACHABLE_WECHAT) });
    try {
      const res = await down.as('secretaryA').post('/api/wechat/binding').send({ code: 'any' }).expect(502);
      expect(res.body).toEqual({ code: 'WECHAT_UNAVAILABLE', message: '暂时无法连接微信，请稍后再试' });
    } finally {
      await down.close();
    }
  });
});
