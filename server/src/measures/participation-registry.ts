import { Injectable } from '@nestjs/common';
import type { Participation } from '@lingjuli/shared';

/** One part of the participation figures, read by the feature that owns it for some communities and a period [from, to). */
export type ParticipationReader<K extends keyof Participation> = (
  communityIds: readonly number[],
  from: Date,
  to: Date,
) => Promise<NonNullable<Participation[K]>>;

/**
 * The deliberation hall's figures in the measures, contributed by the features that own them (meetings, polls,
 * volunteers) so that the measures import none of them: each registers its reader at start-up, as the access rules do.
 */
@Injectable()
export class ParticipationRegistry {
  private readonly readers = new Map<keyof Participation, ParticipationReader<keyof Participation>>();

  register<K extends keyof Participation>(part: K, read: ParticipationReader<K>): void {
    if (this.readers.has(part)) throw new Error(`Participation part ${part} is registered twice`);
    this.readers.set(part, read);
  }

  async figures(communityIds: readonly number[], from: Date, to: Date): Promise<Participation> {
    const part = async <K extends keyof Participation>(key: K): Promise<Participation[K]> =>
      ((await this.readers.get(key)?.(communityIds, from, to)) ?? null) as Participation[K];
    const [meetings, polls, volunteers] = await Promise.all([part('meetings'), part('polls'), part('volunteers')]);
    return { meetings, polls, volunteers };
  }
}
