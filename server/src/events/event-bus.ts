import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DomainEvent, DomainEventType, EventOf } from './domain-events';

/** Runs in the publisher's transaction, with its entity manager: what it writes commits or rolls back with the event's cause. */
export type EventHandler<T extends DomainEventType> = (em: EntityManager, event: EventOf<T>) => Promise<void>;

type AnyHandler = (em: EntityManager, event: DomainEvent) => Promise<void>;

/**
 * The in-process domain event bus (docs/architecture.md, "Events and notices"). Handlers register at
 * start-up (`on`, from a provider's `onModuleInit`); `publish` awaits each handler of the event, one
 * after the other in the order they registered, inside the publisher's transaction — so a notice is
 * written exactly when what caused it commits, and a handler's failure fails the write. Nothing is
 * queued and nothing runs after the commit.
 */
@Injectable()
export class EventBus {
  /** Each kept under its event's type, so it is only ever given events of that type. */
  private readonly handlers = new Map<DomainEventType, AnyHandler[]>();

  on<T extends DomainEventType>(type: T, handler: EventHandler<T>): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler as AnyHandler]);
  }

  async publish(em: EntityManager, event: DomainEvent): Promise<void> {
    // One at a time: they share the transaction's single connection.
    for (const handler of this.handlers.get(event.type) ?? []) await handler(em, event);
  }
}
