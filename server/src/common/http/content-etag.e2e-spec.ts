import type { AppealPage, AppealSummary } from '@lingjuli/shared';
import { createTestApp, type TestApp } from '../../testing/test-app';

/** A polled queue: 304 while nothing changed (the server's clock moving is not a change), 200 with a new validator once it did. */
describe('the appeal list answers 304 to a copy that is current', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const queue = (etag?: string) => {
    const req = t.as('staffA').get('/api/appeals?open=true&sort=due&pageSize=20');
    return etag ? req.set('If-None-Match', etag) : req;
  };

  it('validates by content', async () => {
    const first = await queue().expect(200);
    const etag = first.headers.etag;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    expect(first.headers['cache-control']).toBe('private, no-cache');

    t.clock.advance(5_000);
    const unchanged = await queue(etag).expect(304);
    expect(unchanged.text ?? '').toBe('');

    await t
      .as('residentA')
      .post('/api/appeals')
      .set('Idempotency-Key', 'etag-spec-1')
      .send({ channel: 'online', communityId: t.fixtures.communities.a.id, content: '楼道里有很浓的煤气味' })
      .expect(201);
    const changed = await queue(etag).expect(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect((changed.body as AppealPage).items.map((a) => a.summary)).toContain('楼道里有很浓的煤气味');
    await queue(changed.headers.etag).expect(304);
  });

  it('the command centre’s pending dispatch orders: 304 until a community sends one up', async () => {
    const pending = (etag?: string) => {
      const req = t.as('commandCenter').get('/api/dispatch-orders/pending?sort=overdue');
      return etag ? req.set('If-None-Match', etag) : req;
    };
    const etag = (await pending().expect(200)).headers.etag;
    await pending(etag).expect(304);

    const filed = await t
      .as('residentA')
      .post('/api/appeals')
      .set('Idempotency-Key', 'etag-spec-2')
      .send({ channel: 'online', communityId: t.fixtures.communities.a.id, content: '小区绿化带的树枝压到电线' })
      .expect(201);
    await t.act('staffA', filed.body.id as number, 'accept', {});
    await t.act('secretaryA', filed.body.id as number, 'escalate', {
      reason: '涉及绿化养护，社区无力解决',
      consultedWithId: t.fixtures.users.gridSecretary1.id,
      consultationNote: '与网格书记协商，同意上报',
    });
    const changed = await pending(etag).expect(200);
    expect((changed.body as AppealSummary[]).map((a) => a.id)).toContain(filed.body.id);
  });
});
