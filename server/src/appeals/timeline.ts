import type { ActorRole, AppealStatus, NoteVisibility, TimelineDataOf } from '@lingjuli/shared';
import type { EntityManager } from 'typeorm';
import { AppealEvent, type AppealEventType } from './entities/appeal-event.entity';

/** One line to write; its `data` has the shape of its `type` (the shared `TimelineData`). */
export interface TimelineEntryInput<T extends AppealEventType = AppealEventType> {
  appealId: number;
  type: T;
  actorId: number | null;
  actorRole: ActorRole;
  at: Date;
  fromStatus?: AppealStatus | null;
  toStatus?: AppealStatus | null;
  note?: string | null;
  visibility: NoteVisibility;
  data?: TimelineDataOf<T> | null;
}

/** Appends one immutable line to the appeal's timeline, inside the caller's transaction. */
export async function appendTimeline<T extends AppealEventType>(em: EntityManager, entry: TimelineEntryInput<T>): Promise<AppealEvent> {
  const event = em.create(AppealEvent, {
    ...entry,
    fromStatus: entry.fromStatus ?? null,
    toStatus: entry.toStatus ?? null,
    note: entry.note ?? null,
    data: entry.data ?? null,
  });
  // A copy, as TypeORM merges database defaults back into what it inserts; `data` is free-form JSON,
  // which its insert typing cannot follow.
  event.id = (await em.insert(AppealEvent, { ...event })).identifiers[0].id as number;
  return event;
}
