import type { Role } from '@lingjuli/shared';
import { Brackets, In, type EntityManager } from 'typeorm';
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

/**
 * The community's secretary and the grid secretary of its grid (and, if asked, the command centre),
 * in one query: those a breach or a missed report-in is escalated to.
 */
export async function communityLeadIds(
  em: EntityManager,
  community: { id: number; gridId: number | null },
  also: { commandCenter?: boolean } = {},
): Promise<number[]> {
  const leads = await em
    .createQueryBuilder(User, 'u')
    .select('u.id', 'id')
    .where('u.active = :active', { active: true })
    .andWhere(
      new Brackets((w) => {
        w.where("u.role = 'communitySecretary' AND u.communityId = :communityId", { communityId: community.id }).orWhere(
          "u.role = 'gridSecretary' AND u.gridId = :gridId",
          { gridId: community.gridId ?? -1 },
        );
        if (also.commandCenter) w.orWhere("u.role = 'commandCenter'");
      }),
    )
    .getRawMany<{ id: number }>();
  return leads.map((u) => Number(u.id));
}

/** Active accounts with these roles (the street's: its admins, the command centre). */
export async function usersWithRoles(em: EntityManager, roles: readonly Role[]): Promise<number[]> {
  return (await em.findBy(User, { role: In([...roles]), active: true })).map((u) => u.id);
}
