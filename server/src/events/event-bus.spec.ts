import type { EntityManager } from 'typeorm';
import type { AppealFiled } from '../appeals/appeal-events';
import type { ProjectRegistered } from '../projects/project-events';
import { EventBus } from './event-bus';

describe('the event bus', () => {
  const em = {} as EntityManager;
  const filed = { type: 'AppealFiled', appeal: { id: 1 }, at: new Date('2026-03-02T02:00:00Z') } as AppealFiled;

  it('awaits each handler of the event, one after the other, in the order they registered, with the publisher’s manager', async () => {
    const bus = new EventBus();
    const seen: string[] = [];
    bus.on('AppealFiled', async (given, event) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      seen.push(`first ${event.appeal.id} ${given === em}`);
    });
    bus.on('ProjectRegistered', async () => void seen.push('other'));
    bus.on('AppealFiled', async () => void seen.push('second'));
    await bus.publish(em, filed);
    expect(seen).toEqual(['first 1 true', 'second']);
  });

  it('fails the publish when a handler fails, so the transaction rolls back', async () => {
    const bus = new EventBus();
    const after = jest.fn();
    bus.on('ProjectRegistered', async () => {
      throw new Error('outbox unavailable');
    });
    bus.on('ProjectRegistered', after);
    await expect(bus.publish(em, { type: 'ProjectRegistered', project: {}, at: new Date() } as ProjectRegistered)).rejects.toThrow('outbox unavailable');
    expect(after).not.toHaveBeenCalled();
  });

  it('publishes an event nobody handles yet', async () => {
    await expect(new EventBus().publish(em, filed)).resolves.toBeUndefined();
  });
});
