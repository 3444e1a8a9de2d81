/*
 * What happened in the domain, published by the service that did it, inside its transaction
 * (`EventBus.publish`). Each names a fact in the past tense and carries the rows as they now stand
 * (after the write) and `at`, the transaction's time. Handlers decide what follows from it —
 * the notices (`notifications/`), and later the measurements.
 *
 * Each feature declares its own events next to its code, by adding them to `DomainEvents` (e.g.
 * `appeals/appeal-events.ts`), so this file knows no feature.
 */

/** Every event by its type; each entry's `type` is its key. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the features add the members by declaration merging
export interface DomainEvents {}

export type DomainEventType = keyof DomainEvents;
export type EventOf<T extends DomainEventType> = DomainEvents[T];
export type DomainEvent = DomainEvents[DomainEventType];
