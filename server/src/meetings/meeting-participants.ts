import { householdLabel, type MeetingParticipant, type Role } from '@lingjuli/shared';
import { In, type EntityManager } from 'typeorm';
import type { PersonHousehold } from '../households/households.service';
import { ResidentHousehold } from '../households/resident-household.entity';
import { User } from '../users/user.entity';

/** Who takes part in meetings (sign up, check in, are invited by name); everyone else runs or oversees them. */
export const PARTICIPANT_ROLES: readonly Role[] = ['resident', 'liaison'];

/**
 * How a person stands in the deliberation hall: a resident by her stated household (none: she does
 * not take part yet); a liaison by her account's community, with her household's building if she
 * stated one there. Null for anyone else.
 */
export function participantOf(
  user: { id: number; role: Role; communityId: number | null },
  household: Pick<PersonHousehold, 'communityId' | 'buildingId'> | null,
): MeetingParticipant | null {
  if (user.role === 'resident') return household ? { userId: user.id, communityId: household.communityId, buildingId: household.buildingId } : null;
  if (user.role !== 'liaison' || user.communityId === null) return null;
  return { userId: user.id, communityId: user.communityId, buildingId: household?.communityId === user.communityId ? household.buildingId : null };
}

/** A person as the meeting's staff see her, with her stated household. */
export interface KnownPerson {
  user: User;
  participant: MeetingParticipant | null;
  /** 甲1号楼 2单元 301室 */
  household: string | null;
}

/** These people (active or not) with their households, read in one go. */
export async function knownPeople(em: EntityManager, userIds: readonly number[]): Promise<Map<number, KnownPerson>> {
  if (userIds.length === 0) return new Map();
  const ids = [...new Set(userIds)];
  const users = await em.findBy(User, { id: In(ids) });
  const households = await em.find(ResidentHousehold, { where: { userId: In(ids) }, relations: { household: { building: true } } });
  const byUser = new Map(households.map((h) => [h.userId, h]));
  return new Map(
    users.map((user) => {
      const stated = byUser.get(user.id);
      const h = stated?.household;
      return [
        user.id,
        {
          user,
          participant: participantOf(user, h ? { communityId: h.communityId, buildingId: h.buildingId } : null),
          household: h ? householdLabel(h.building!.name, h.unit, h.room) : null,
        },
      ];
    }),
  );
}
