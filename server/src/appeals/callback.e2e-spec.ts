import type { AppealDetail } from '@lingjuli/shared';
import type { FixtureUser } from '../testing/fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';
import { AppealEvent } from './entities/appeal-event.entity';
import { AppealRating } from './entities/appeal-rating.entity';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * The callback (回访, issue item 2): an appeal taken in by staff for a caller without an account
 * (window, hotline, 12345) is rated by the caller on the phone; staff record her answer, which counts
 * as her rating, with the same reopen rule.
 */
describe('the callback (回访) rates an appeal taken in by staff (real HTTP, real database)', () => {
  let t: TestApp;
  let key = 0;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const detail = async (who: FixtureUser, id: number): Promise<AppealDetail> => (await t.as(who).get(`/api/appeals/${id}`).expect(200)).body;
  /** Taken in at the window for a caller without an account, handled and fed back by phone. */
  const fedBackForCaller = async (channel: 'window' | 'hotline' | 'city12345' = 'window'): Promise<AppealDetail> => {
    const filed = await t
      .as('staffA')
      .post('/api/appeals')
      .set('Idempotency-Key', `callback-${++key}`)
      .send({ channel, content: '单元门禁坏了，老人进出不便', contactName: '李阿姨', contactPhone: '13800001111', communityId: t.fixtures.communities.a.id })
      .expect(201);
    expect(filed.body.reporter).toBeNull();
    await t.act('staffA', filed.body.id, 'accept');
    await t.act('staffA', filed.body.id, 'resolve', { note: '已更换门禁' });
    return t.act('staffA', filed.body.id, 'feedback', { method: 'phone', content: '电话告知门禁已修好' });
  };
  const handleAgain = async (id: number) => {
    await t.act('staffA', id, 'resolve', { note: '再次检修' });
    await t.act('staffA', id, 'feedback', { method: 'phone', content: '电话告知已再次检修' });
  };

  it('records the caller’s answer as her rating: who called and when, and it closes the appeal', async () => {
    t.clock.set('2026-03-02T10:00:00+08:00');
    const appeal = await fedBackForCaller();
    expect(appeal.actions).toContain('callback');
    expect((await detail('secretaryA', appeal.id)).actions).toContain('callback');

    t.clock.advance(2 * HOUR);
    const calledAt = new Date(t.clock.now().getTime() - 30 * MINUTE).toISOString().replace('Z', '+00:00');
    const closed = await t.act('staffA2', appeal.id, 'callback', { solved: true, satisfaction: 'basicallySatisfied', comment: '李阿姨说门禁好了', calledAt });
    expect(closed.status).toBe('closed');
    expect(closed.ratings).toEqual([
      {
        solved: true,
        satisfaction: 'basicallySatisfied',
        comment: '李阿姨说门禁好了',
        at: new Date(calledAt).toISOString(),
        source: 'callback',
        recordedBy: { id: t.fixtures.users.staffA2.id, name: 'staffA2', role: 'communityStaff' },
      },
    ]);
    const row = await t.dataSource.getRepository(AppealRating).findOneByOrFail({ appealId: appeal.id });
    expect(row).toMatchObject({ raterId: null, recordedById: t.fixtures.users.staffA2.id, source: 'callback', round: 1 });
    const line = await t.dataSource.getRepository(AppealEvent).findOneByOrFail({ appealId: appeal.id, type: 'callback' });
    expect(line).toMatchObject({ actorId: t.fixtures.users.staffA2.id, fromStatus: 'fedBack', toStatus: 'closed', note: '李阿姨说门禁好了' });
    expect(line.data).toMatchObject({ solved: true, satisfaction: 'basicallySatisfied', outcome: 'accepted', calledAt: new Date(calledAt).toISOString() });
  });

  it('a bad answer reopens once, the second goes to the secretary; one answer per round', async () => {
    t.clock.set('2026-03-03T10:00:00+08:00');
    const appeal = await fedBackForCaller('hotline');
    const reopened = await t.act('staffA', appeal.id, 'callback', { solved: false, satisfaction: 'unsatisfied', comment: '门禁还是时好时坏' });
    expect(reopened).toMatchObject({ status: 'inProgress', reopenCount: 1 });
    expect(reopened.ratings[0]).toMatchObject({ source: 'callback', at: t.clock.now().toISOString() });

    await handleAgain(appeal.id);
    const review = await t.act('secretaryA', appeal.id, 'callback', { solved: false, satisfaction: 'basicallySatisfied' });
    expect(review).toMatchObject({ status: 'fedBack', awaitingSecretaryReview: true });
    expect(review.actions).not.toContain('callback');
    const again = await t.as('staffA').post(`/api/appeals/${appeal.id}/callback`).send({ solved: true, satisfaction: 'satisfied' }).expect(409);
    expect(again.body.code).toBe('ALREADY_RATED');
    expect(await t.dataSource.getRepository(AppealRating).countBy({ appealId: appeal.id })).toBe(2);
  });

  it('is not for an appeal whose resident rates it herself in the app: 409, and not offered', async () => {
    t.clock.set('2026-03-04T10:00:00+08:00');
    const filed = await t
      .as('residentA')
      .post('/api/appeals')
      .set('Idempotency-Key', `callback-${++key}`)
      .send({ channel: 'online', content: '楼道灯坏了', communityId: t.fixtures.communities.a.id })
      .expect(201);
    await t.act('staffA', filed.body.id, 'accept');
    await t.act('staffA', filed.body.id, 'resolve', { note: '已更换灯泡' });
    const fedBack = await t.act('staffA', filed.body.id, 'feedback', { method: 'online', content: '灯泡已更换' });
    expect(fedBack.actions).not.toContain('callback');
    const refused = await t.as('staffA').post(`/api/appeals/${filed.body.id}/callback`).send({ solved: true, satisfaction: 'satisfied' }).expect(409);
    expect(refused.body).toMatchObject({ code: 'CALLBACK_NOT_APPLICABLE' });
    expect(refused.body.message).toMatch(/居民本人/);
    expect(await t.dataSource.getRepository(AppealRating).countBy({ appealId: filed.body.id })).toBe(0);
    // She still rates it herself.
    expect((await t.act('residentA', filed.body.id, 'rating', { solved: true, satisfaction: 'satisfied' })).ratings[0]).toMatchObject({
      source: 'resident',
      recordedBy: null,
    });
  });

  it.each([
    ['in the future', () => new Date(t.clock.now().getTime() + MINUTE).toISOString()],
    ['before the final feedback', () => new Date(t.clock.now().getTime() - 3 * HOUR).toISOString()],
    ['without an offset', () => '2026-03-05T10:30:00'],
    ['a date that does not exist', () => '2026-02-30T10:30:00+08:00'],
    ['not a date-time', () => '昨天下午'],
  ])('refuses a call time %s with 400, nothing recorded', async (_what, calledAt) => {
    t.clock.set('2026-03-05T10:00:00+08:00');
    const appeal = await fedBackForCaller('city12345');
    t.clock.advance(HOUR);
    const res = await t
      .as('staffA')
      .post(`/api/appeals/${appeal.id}/callback`)
      .send({ solved: true, satisfaction: 'satisfied', calledAt: calledAt() })
      .expect(400);
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'calledAt' })]);
    expect(await t.dataSource.getRepository(AppealRating).countBy({ appealId: appeal.id })).toBe(0);
    expect((await detail('staffA', appeal.id)).status).toBe('fedBack');
  });
});
