import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ROLE_SCOPE } from '@lingjuli/shared';
import { DataSource, In } from 'typeorm';
import { AccessService } from '../access/access.service';
import { ScopeService } from '../access/scope.service';
import type { Actor } from '../common/context/request-context';
import { notFound } from '../common/errors/app-error';
import { CampaignCommunity } from './campaign-community.entity';
import { CampaignSite } from './campaign-site.entity';
import { CampaignUnit } from './campaign-unit.entity';
import { Campaign } from './campaign.entity';

declare module '../access/access.service' {
  interface AccessResources {
    campaign: Campaign;
    campaignSite: CampaignSite;
  }
}

export const campaignNotFound = () => notFound('CAMPAIGN_NOT_FOUND', '找不到该专项整治');
export const campaignSiteNotFound = () => notFound('CAMPAIGN_SITE_NOT_FOUND', '找不到该整治点位');

/**
 * Campaigns' part of the access layer (docs/architecture.md, "Access"). A campaign: the street sees
 * all; a unit taking part (its department's staff) its campaigns; a community's staff, secretary and
 * liaisons the campaigns their community takes part in; a grid secretary those of her grid's
 * communities. A site: the street all; a unit taking part every site of its campaigns (it clears them
 * anywhere); a community the sites in it; a grid its communities'; a liaison the sites she reported.
 * Outside, either is "not found". Campaigns are few, so the ids in view are read first.
 */
@Injectable()
export class CampaignAccess implements OnModuleInit {
  constructor(
    private readonly access: AccessService,
    private readonly scopes: ScopeService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The campaigns a caller sees, or 'all' for the street. */
  async campaignIds(actor: Actor): Promise<number[] | 'all'> {
    const manager = this.dataSource.manager;
    if (ROLE_SCOPE[actor.role] === 'street') return 'all';
    if (actor.role === 'departmentStaff') {
      if (actor.departmentId === null) return [];
      const units = await manager.find(CampaignUnit, { select: { campaignId: true }, where: { departmentId: actor.departmentId } });
      return units.map((u) => u.campaignId);
    }
    const communities = await this.scopes.communityIds(actor);
    if (communities === 'all') return 'all';
    if (communities.length === 0) return [];
    const rows = await manager.find(CampaignCommunity, { select: { campaignId: true }, where: { communityId: In(communities) } });
    return [...new Set(rows.map((r) => r.campaignId))];
  }

  /** The communities whose progress a caller sees in a campaign she sees: 'all' of them, or those of her scope. */
  async progressCommunities(actor: Actor): Promise<number[] | 'all'> {
    return actor.role === 'departmentStaff' ? 'all' : this.scopes.communityIds(actor);
  }

  onModuleInit(): void {
    this.access.register('campaign', {
      entity: Campaign,
      notFound: campaignNotFound,
      scope: async (ctx, qb, alias) => {
        const ids = await this.campaignIds(ctx.actor);
        if (ids === 'all') return;
        if (ids.length === 0) qb.andWhere('1 = 0');
        else qb.andWhere(`${alias}.id IN (:...scopeCampaignIds)`, { scopeCampaignIds: ids });
      },
    });
    this.access.register('campaignSite', {
      entity: CampaignSite,
      notFound: campaignSiteNotFound,
      scope: async (ctx, qb, alias, { inCommunities }) => {
        const { actor } = ctx;
        if (actor.role === 'liaison') {
          qb.andWhere(`${alias}.reportedById = :scopeUserId`, { scopeUserId: actor.id });
          return;
        }
        if (actor.role === 'departmentStaff') {
          const ids = await this.campaignIds(actor);
          if (ids === 'all') return;
          if (ids.length === 0) qb.andWhere('1 = 0');
          else qb.andWhere(`${alias}.campaignId IN (:...scopeCampaignIds)`, { scopeCampaignIds: ids });
          return;
        }
        await inCommunities(`${alias}.communityId`);
      },
    });
  }
}
