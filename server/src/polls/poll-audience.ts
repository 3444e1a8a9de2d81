import type { Audience } from '@lingjuli/shared';
import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { invalidField } from '../common/errors/app-error';
import { ResidentHousehold } from '../households/resident-household.entity';
import { Building } from '../organisation/building.entity';
import { User } from '../users/user.entity';
import type { Poll } from './poll.entity';

/** Who a poll asks, as staff named it: the buildings or the invited people, checked against the community. */
export interface AudienceInput {
  audience: Audience;
  buildingIds?: number[];
  invitedUserIds?: number[];
}

/**
 * A poll's audience: checking the buildings and people staff name, and counting those in it who
 * stated a household — the turnout's denominator (households, or residents, per the ballot unit;
 * verified ones only if the poll asks for them; active accounts only).
 */
@Injectable()
export class PollAudience {
  /** The buildings or invitees to store; 400 on the field for one that is not the community's. */
  async check(em: EntityManager, communityId: number, input: AudienceInput): Promise<{ buildingIds: number[]; invitedUserIds: number[] }> {
    const buildingIds = input.buildingIds ?? [];
    const invitedUserIds = input.invitedUserIds ?? [];
    if (input.audience !== 'buildings' && buildingIds.length) throw invalidField('buildingIds', '只有按楼栋征求时才选择楼栋');
    if (input.audience !== 'invited' && invitedUserIds.length) throw invalidField('invitedUserIds', '只有邀请特定居民时才选择受邀居民');
    if (input.audience === 'buildings') {
      if (buildingIds.length === 0) throw invalidField('buildingIds', '请选择要征求意见的楼栋');
      const duplicate = buildingIds.findIndex((id, i) => buildingIds.indexOf(id) !== i);
      if (duplicate >= 0) throw invalidField(`buildingIds.${duplicate}`, '楼栋重复');
      const known = new Set((await em.find(Building, { select: { id: true }, where: { id: In(buildingIds), communityId } })).map((b) => b.id));
      const stranger = buildingIds.findIndex((id) => !known.has(id));
      if (stranger >= 0) throw invalidField(`buildingIds.${stranger}`, '不是本社区的楼栋');
    }
    if (input.audience === 'invited') {
      if (invitedUserIds.length === 0) throw invalidField('invitedUserIds', '请选择受邀居民');
      const duplicate = invitedUserIds.findIndex((id, i) => invitedUserIds.indexOf(id) !== i);
      if (duplicate >= 0) throw invalidField(`invitedUserIds.${duplicate}`, '受邀居民重复');
      const known = new Set(
        (await em.find(User, { select: { id: true }, where: { id: In(invitedUserIds), communityId, role: In(['resident', 'liaison']), active: true } })).map(
          (u) => u.id,
        ),
      );
      const stranger = invitedUserIds.findIndex((id) => !known.has(id));
      if (stranger >= 0) throw invalidField(`invitedUserIds.${stranger}`, '不是本社区的居民');
    }
    return { buildingIds, invitedUserIds };
  }

  /** Those in the audience who stated a household: households or residents, as the poll counts its answers. */
  async countEligible(em: EntityManager, poll: Poll): Promise<number> {
    const qb = em.createQueryBuilder(ResidentHousehold, 'rh').innerJoin('rh.user', 'resident', 'resident.active = :active', { active: true });
    switch (poll.audience) {
      case 'community':
        qb.where('rh.communityId = :communityId', { communityId: poll.communityId });
        break;
      case 'buildings':
        qb.innerJoin('rh.household', 'household')
          .where('rh.communityId = :communityId', { communityId: poll.communityId })
          .andWhere('household.buildingId IN (SELECT pb.buildingId FROM poll_buildings pb WHERE pb.pollId = :pollId)', { pollId: poll.id });
        break;
      case 'invited':
        qb.where('rh.userId IN (SELECT pi.userId FROM poll_invitees pi WHERE pi.pollId = :pollId)', { pollId: poll.id });
        break;
    }
    if (poll.verifiedHouseholdsOnly) qb.andWhere('rh.verifiedAt IS NOT NULL');
    const count = poll.ballotUnit === 'household' ? 'COUNT(DISTINCT rh.householdId)' : 'COUNT(*)';
    const row = await qb.select(count, 'n').getRawOne<{ n: string | number }>();
    return Number(row?.n ?? 0);
  }
}
