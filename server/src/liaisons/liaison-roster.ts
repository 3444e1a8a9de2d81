import type { EntityManager } from 'typeorm';
import { User } from '../users/user.entity';
import { LiaisonProfile } from './liaison-profile.entity';

/**
 * Whether the user is a liaison on the given community's registry now: a liaison account of that
 * community that is open, and whose registry entry (if she has one) is active. Used by other powers
 * (reward requests) inside their own transactions.
 */
export async function isActiveLiaison(em: EntityManager, userId: number, communityId: number): Promise<boolean> {
  const user = await em.findOneBy(User, { id: userId, role: 'liaison', communityId, active: true });
  if (!user) return false;
  const profile = await em.findOneBy(LiaisonProfile, { userId });
  return profile === null || profile.active;
}
