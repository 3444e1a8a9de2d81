import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  campaignIsPublic,
  campaignPeople,
  maskPersonalData,
  tallyCampaign,
  type CampaignPublicResult,
  type CampaignStatus,
  type CommunityCampaignItem,
} from '@lingjuli/shared';
import { DataSource, In } from 'typeorm';
import { notFound } from '../common/errors/app-error';
import { Community } from '../organisation/community.entity';
import { campaignNotFound } from './campaign-access';
import { CampaignCommunity } from './campaign-community.entity';
import { CampaignUnit } from './campaign-unit.entity';
import { Campaign } from './campaign.entity';
import { readSiteGroups, siteGroupsQuery } from './campaign-tally';

/** A community's home shows its latest campaigns; older ones are in the street's records. */
const COMMUNITY_LIST_LIMIT = 20;

type PublicStatus = Exclude<CampaignStatus, 'planned'>;

/**
 * What anyone may read of a campaign once it runs (docs/domain.md "Street-wide campaigns"), without logging in: its
 * title, dates, the units and the people they sent, the counts per community and the result. Nothing
 * of a person — no names, phones, places in words, findings or photos — is read at all; the street's
 * own words (description, result) are masked as exports are, in case a phone number slipped in.
 */
@Injectable()
export class CampaignResultsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** An active or finished campaign's result; a planned one (or none) is 404. */
  async result(id: number): Promise<CampaignPublicResult> {
    const em = this.dataSource.manager;
    const campaign = await em.findOneBy(Campaign, { id });
    if (!campaign || !campaignIsPublic(campaign.status)) throw campaignNotFound();
    const [communities, units, groups] = await Promise.all([
      em.find(CampaignCommunity, { where: { campaignId: id }, relations: { community: true }, order: { communityId: 'ASC' } }),
      em.find(CampaignUnit, { where: { campaignId: id }, relations: { department: true }, order: { id: 'ASC' } }),
      this.siteGroups([id]),
    ]);
    const names = new Map(communities.map((c) => [c.communityId, c.community!.name]));
    const tally = tallyCampaign(
      communities.map((c) => c.communityId),
      groups.get(id) ?? [],
    );
    return {
      id: campaign.id,
      title: campaign.title,
      description: maskPersonalData(campaign.description),
      siteKind: campaign.siteKind,
      status: campaign.status as PublicStatus,
      startDate: campaign.startDate,
      endDate: campaign.endDate,
      units: units.map((u) => ({ name: u.department!.name, kind: u.department!.kind, people: u.people })),
      people: campaignPeople(units),
      communities: tally.communities.map((row) => ({ ...row, communityName: names.get(row.communityId) ?? '' })),
      total: tally.total,
      resultSummary: campaign.resultSummary === null ? null : maskPersonalData(campaign.resultSummary),
      finishedAt: campaign.finishedAt?.toISOString() ?? null,
    };
  }

  /** The running and finished campaigns a community takes part in, newest first: its counts and the whole campaign's. */
  async forCommunity(communityId: number): Promise<CommunityCampaignItem[]> {
    const em = this.dataSource.manager;
    if (!(await em.existsBy(Community, { id: communityId }))) throw notFound('COMMUNITY_NOT_FOUND', '找不到该社区');
    const campaigns = await em
      .createQueryBuilder(Campaign, 'campaign')
      .innerJoin(CampaignCommunity, 'cc', 'cc.campaignId = campaign.id AND cc.communityId = :communityId', { communityId })
      .where('campaign.status <> :planned', { planned: 'planned' })
      .orderBy('campaign.id', 'DESC')
      .take(COMMUNITY_LIST_LIMIT)
      .getMany();
    if (campaigns.length === 0) return [];
    const ids = campaigns.map((c) => c.id);
    const [members, groups] = await Promise.all([
      em.find(CampaignCommunity, { select: { campaignId: true, communityId: true }, where: { campaignId: In(ids) } }),
      this.siteGroups(ids),
    ]);
    return campaigns.map((campaign) => {
      const tally = tallyCampaign(
        members.filter((m) => m.campaignId === campaign.id).map((m) => m.communityId),
        groups.get(campaign.id) ?? [],
      );
      return {
        id: campaign.id,
        title: campaign.title,
        siteKind: campaign.siteKind,
        status: campaign.status as PublicStatus,
        startDate: campaign.startDate,
        endDate: campaign.endDate,
        community: tally.communities.find((row) => row.communityId === communityId)!,
        total: tally.total,
      };
    });
  }

  /** Every site of these campaigns, grouped: counts only, never a row of its own. */
  private siteGroups(campaignIds: number[]) {
    return readSiteGroups(siteGroupsQuery(this.dataSource.manager, campaignIds));
  }
}
