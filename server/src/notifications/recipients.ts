import { COMMUNITY_ROLES, type Role } from '@lingjuli/shared';
import { Brackets, In, type EntityManager } from 'typeorm';
import type { Appeal } from '../appeals/entities/appeal.entity';
import type { OrganisationService } from '../organisation/organisation.service';
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

/** A community's people in these roles. */
export async function communityMemberIds(em: EntityManager, communityId: number, roles: readonly Role[]): Promise<number[]> {
  const members = await em.find(User, { select: { id: true }, where: { communityId, role: In([...roles]), active: true } });
  return members.map((u) => u.id);
}

/** Everyone in these roles (the street's: its admins, the command centre). */
export async function roleHolderIds(em: EntityManager, roles: readonly Role[]): Promise<number[]> {
  return (await em.findBy(User, { role: In([...roles]), active: true })).map((u) => u.id);
}

/** The appeal's handler, else its first responder, else the community's staff (an online appeal nobody took yet). */
export async function appealHandlerIds(em: EntityManager, appeal: Appeal): Promise<number[]> {
  const owner = appeal.handlerId ?? appeal.firstResponderId;
  return owner !== null ? [owner] : communityMemberIds(em, appeal.communityId, COMMUNITY_ROLES);
}

/** The community secretary and the grid secretary of its grid (and, if asked, the command centre), in one query. */
export async function communityLeadIds(
  em: EntityManager,
  organisation: OrganisationService,
  communityId: number,
  also: { commandCenter?: boolean } = {},
): Promise<number[]> {
  const community = await organisation.findCommunity(communityId);
  const leads = await em
    .createQueryBuilder(User, 'u')
    .select('u.id', 'id')
    .where('u.active = :active', { active: true })
    .andWhere(
      new Brackets((w) => {
        w.where("u.role = 'communitySecretary' AND u.communityId = :communityId", { communityId }).orWhere("u.role = 'gridSecretary' AND u.gridId = :gridId", {
          gridId: community?.gridId ?? -1,
        });
        if (also.commandCenter) w.orWhere("u.role = 'commandCenter'");
      }),
    )
    .getRawMany<{ id: number }>();
  return leads.map((u) => Number(u.id));
}
