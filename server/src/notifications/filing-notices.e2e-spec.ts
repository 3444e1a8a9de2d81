import type { AppealDetail, InboxMessage } from '@lingjuli/shared';
import type { FixtureUser } from '../testing/fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';
import { Scheduler } from '../timers/scheduler.service';

/** A new appeal tells the people who must act on it at once (docs/domain.md §4), delivered by the next scheduler tick. */
describe('new-appeal alerts', () => {
  let t: TestApp;
  let key = 0;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const file = async (who: FixtureUser, body: Record<string, unknown>): Promise<AppealDetail> => {
    const res = await t
      .as(who)
      .post('/api/appeals')
      .set('Idempotency-Key', `filing-notice-${++key}`)
      .send({ channel: 'online', communityId: t.fixtures.communities.a.id, ...body });
    expect(res.status).toBe(201);
    return res.body as AppealDetail;
  };

  /** What each of these people has in the inbox about the appeal. */
  const told = async (appealId: number, people: readonly FixtureUser[]) => {
    const kinds: Partial<Record<FixtureUser, InboxMessage[]>> = {};
    for (const who of people) {
      const inbox = (await t.as(who).get('/api/notifications').expect(200)).body as InboxMessage[];
      kinds[who] = inbox.filter((m) => m.appealId === appealId);
    }
    return kinds;
  };

  const EVERYONE: readonly FixtureUser[] = [
    'staffA',
    'staffA2',
    'secretaryA',
    'gridSecretary1',
    'commandCenter',
    'gridSecretary2',
    'staffB',
    'secretaryB',
    'streetAdmin',
    'deptCityManagement',
    'liaisonA',
    'residentA2',
  ];
  const kindsOf = (messages: Partial<Record<FixtureUser, InboxMessage[]>>) =>
    Object.fromEntries(EVERYONE.map((who) => [who, messages[who]!.map((m) => m.kind)]));

  it('an emergency reaches the community, its grid secretary and the command centre within one scheduler tick', async () => {
    const appeal = await file('residentA', {
      content: '楼道里有很浓的煤气味，我叫王芳，电话13800001234',
      buildingId: t.fixtures.buildings.a1.id,
    });
    expect(appeal.tier).toBe('emergency');
    // Written with the appeal, delivered by the scheduler's next pass.
    expect(kindsOf(await told(appeal.id, EVERYONE)).secretaryA).toEqual([]);
    await t.app.get(Scheduler).tick();

    const messages = await told(appeal.id, EVERYONE);
    expect(kindsOf(messages)).toEqual({
      staffA: ['emergencyFiled'],
      staffA2: ['emergencyFiled'],
      secretaryA: ['emergencyFiled'],
      gridSecretary1: ['emergencyFiled'],
      commandCenter: ['emergencyFiled'],
      gridSecretary2: [],
      staffB: [],
      secretaryB: [],
      streetAdmin: [],
      deptCityManagement: [],
      liaisonA: [],
      residentA2: [],
    });
    const [message] = messages.secretaryA!;
    expect(message.subject).toEqual({ type: 'appeal', id: appeal.id });
    expect(message.title).toBe(`紧急诉求：${t.fixtures.communities.a.name} ${t.fixtures.buildings.a1.name}`);
    expect(message.body).toContain('楼道里有很浓的煤气味');
    // A notice is a summary that may travel (WeChat): her phone stays out of it.
    expect(message.body).not.toContain('13800001234');
  });

  it('an ordinary appeal reaches the community’s staff and secretary only', async () => {
    const appeal = await file('residentA', { content: '小区门口的路灯坏了一个星期了', category: 'other' });
    await t.app.get(Scheduler).tick();
    const messages = await told(appeal.id, EVERYONE);
    expect(kindsOf(messages)).toMatchObject({
      staffA: ['appealFiled'],
      staffA2: ['appealFiled'],
      secretaryA: ['appealFiled'],
      gridSecretary1: [],
      commandCenter: [],
      staffB: [],
    });
    expect(messages.staffA![0].title).toBe('新诉求：其他');
  });

  it('does not tell the staff member who took the call herself', async () => {
    const appeal = await file('staffA', { channel: 'hotline', content: '居民来电：3号楼前的井盖松了', category: 'other', contactName: '李先生' });
    await t.app.get(Scheduler).tick();
    expect(kindsOf(await told(appeal.id, EVERYONE))).toMatchObject({ staffA: [], staffA2: ['appealFiled'], secretaryA: ['appealFiled'] });
  });
});
