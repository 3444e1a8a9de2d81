import { createTestApp, type TestApp } from '../testing/test-app';
import { TimerDrain } from './timer-drain.service';
import { TimerRegistry } from './timer-registry';
import { Timer } from './timer.entity';

describe('the timer registry (real database)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const drain = () => t.app.get(TimerDrain).drain();
  const repo = () => t.dataSource.getRepository(Timer);

  it('knows every kind from the features that own them', () => {
    expect(t.app.get(TimerRegistry).kinds()).toEqual(
      ['autoClose', 'breach', 'pollClose', 'progressOverdue', 'progressReminder', 'projectOpinionDue', 'warning', 'whistleReportIn'].sort(),
    );
  });

  it('never fires a timer of a kind nobody registered: it is logged as failed and tried again later', async () => {
    const now = t.clock.now();
    const { identifiers } = await repo().insert({ ownerType: 'poll', ownerId: 1, kind: 'pollClosing', fireAt: new Date(now.getTime() - 1), deadline: now });
    const id = identifiers[0].id as number;
    expect(await drain()).toMatchObject({ fired: 0, failed: 1 });
    const row = await repo().findOneByOrFail({ id });
    expect(row).toMatchObject({ firedAt: null, attempts: 1, lastError: 'no handler is registered for timer kind pollClosing' });
    expect(row.fireAt!.getTime()).toBeGreaterThan(now.getTime());
    // Not due again until the retry time.
    expect(await drain()).toMatchObject({ fired: 0, failed: 0 });
    await repo().delete({ id });
  });

  it('drops a timer whose owner no longer exists instead of firing it', async () => {
    const now = t.clock.now();
    const { identifiers } = await repo().insert({ ownerType: 'appeal', ownerId: 999_999, kind: 'breach', fireAt: new Date(now.getTime() - 1), deadline: now });
    expect(await drain()).toMatchObject({ fired: 0, failed: 0, skipped: 1 });
    expect(await repo().existsBy({ id: identifiers[0].id as number })).toBe(false);
  });

  it('refuses a second handler for a kind', () => {
    const registry = t.app.get(TimerRegistry);
    expect(() => registry.register({ kind: 'breach', ownerType: 'appeal', claim: async () => null, fire: async () => undefined })).toThrow(/registered twice/);
  });
});
