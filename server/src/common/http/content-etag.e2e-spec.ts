import type { AppealPage } from '@lingjuli/shared';
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
});
