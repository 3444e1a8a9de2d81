import { In, type EntityManager } from 'typeorm';
import { User } from '../users/user.entity';

/** Who a notice goes to, read in the caller's transaction: active accounts only. */

/** The staff of these departments (the lead and assisting ones of a dispatch, the whistled ones). */
export async function departmentStaffIds(em: EntityManager, departmentIds: readonly number[]): Promise<number[]> {
  if (departmentIds.length === 0) return [];
  const staff = await em.find(User, { select: { id: true }, where: { departmentId: In([...departmentIds]), role: 'departmentStaff', active: true } });
  return staff.map((u) => u.id);
}

/** The secretaries (first persons responsible) of a community. */
export async function communitySecretaryIds(em: EntityManager, communityId: number): Promise<number[]> {
  const secretaries = await em.find(User, { select: { id: true }, where: { communityId, role: 'communitySecretary', active: true } });
  return secretaries.map((u) => u.id);
}
