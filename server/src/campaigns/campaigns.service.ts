import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CAMPAIGN_STATUS_LABELS,
  availableCampaignActions,
  campaignAcceptsSites,
  campaignMove,
  campaignPeople,
  hasPermission,
  isCampaignPeriod,
  isClearedCount,
  tallyCampaign,
  type CampaignAction,
  type CampaignDetail,
  type CampaignSiteGroup,
  type CampaignSiteInfo,
  type CampaignSitePage,
  type CampaignSiteStatus,
  type CampaignSummary,
  type CampaignTally,
} from '@lingjuli/shared';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { conflict, invalidField } from '../common/errors/app-error';
import { isUniqueViolation } from '../database/db-errors';
import { UnitOfWork } from '../database/unit-of-work';
import { Building } from '../organisation/building.entity';
import { Community } from '../organisation/community.entity';
import { Department } from '../organisation/department.entity';
import { toPerson, toPersonRef } from '../users/user.mapper';
import { CampaignAccess } from './campaign-access';
import { CampaignCommunity } from './campaign-community.entity';
import { CampaignPhotos, photosNotUsable } from './campaign-photos';
import { CampaignSite } from './campaign-site.entity';
import { inView, readSiteGroups, siteGroupsQuery } from './campaign-tally';
import { CampaignUnit } from './campaign-unit.entity';
import { Campaign } from './campaign.entity';
import {
  SITE_PAGE_SIZE,
  type ClearCampaignSiteDto,
  type CreateCampaignDto,
  type FinishCampaignDto,
  type ListCampaignSitesQuery,
  type ListCampaignsQuery,
  type ReportCampaignSiteDto,
} from './dto/campaigns.dto';

/** Campaigns are a handful a year; a list longer than this is not read by anyone. */
const LIST_LIMIT = 200;

/**
 * Street-wide campaigns (专项整治, docs/domain.md "Street-wide campaigns"): the street creates one with the communities and
 * units taking part and runs it planned → active → finished; while it is active, liaisons and community
 * staff report sites in their own community and the community or a unit taking part clears each once.
 * Every write is one transaction that locks the campaign first, so a site is never reported or cleared
 * after the result was recorded.
 */
@Injectable()
export class CampaignsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly access: AccessService,
    private readonly campaignAccess: CampaignAccess,
    private readonly photos: CampaignPhotos,
  ) {}

  // ---- the street's moves ----

  async create(ctx: RequestContext, input: CreateCampaignDto): Promise<CampaignDetail> {
    if (!isCampaignPeriod(input.startDate, input.endDate)) throw invalidField('endDate', '结束日期不能早于开始日期');
    if (input.allCommunities && input.communityIds?.length) throw invalidField('communityIds', '全街道参与时无需再选择社区');
    if (!input.allCommunities && !input.communityIds?.length) throw invalidField('communityIds', '请选择参与的社区');
    const id = await this.uow.run(async (em) => {
      const communityIds = await this.participatingCommunities(em, input);
      const departmentIds = input.units.map((u) => u.departmentId);
      const departments = departmentIds.length ? await em.findBy(Department, { id: In(departmentIds), active: true }) : [];
      const missing = departmentIds.findIndex((id) => !departments.some((d) => d.id === id));
      if (missing >= 0) throw invalidField(`units.${missing}.departmentId`, '参与单位不存在或已停用');

      const campaign = await em.save(
        em.create(Campaign, {
          title: input.title,
          description: input.description,
          siteKind: input.siteKind,
          allCommunities: input.allCommunities,
          startDate: input.startDate,
          endDate: input.endDate,
          status: 'planned',
          resultSummary: null,
          createdById: ctx.userId,
          createdAt: this.clock.now(),
          startedById: null,
          startedAt: null,
          finishedById: null,
          finishedAt: null,
        }),
      );
      await em.insert(
        CampaignCommunity,
        communityIds.map((communityId) => ({ campaignId: campaign.id, communityId })),
      );
      if (input.units.length) {
        await em.insert(
          CampaignUnit,
          input.units.map((u) => ({ campaignId: campaign.id, departmentId: u.departmentId, people: u.people })),
        );
      }
      return campaign.id;
    });
    return this.get(ctx, id);
  }

  /** planned → active: from now on sites are reported and cleared. */
  start(ctx: RequestContext, id: number): Promise<CampaignDetail> {
    return this.move(ctx, id, 'start', (campaign, now) => Object.assign(campaign, { startedById: ctx.userId, startedAt: now }));
  }

  /** active → finished, with the result the public reads. Open sites stay on record as left. */
  finish(ctx: RequestContext, id: number, input: FinishCampaignDto): Promise<CampaignDetail> {
    return this.move(ctx, id, 'finish', (campaign, now) =>
      Object.assign(campaign, { finishedById: ctx.userId, finishedAt: now, resultSummary: input.resultSummary }),
    );
  }

  // ---- reads ----

  /** The campaigns in the caller's view, newest first, each with its progress as far as she sees it. */
  async list(ctx: RequestContext, query: ListCampaignsQuery): Promise<CampaignSummary[]> {
    const qb = this.dataSource.getRepository(Campaign).createQueryBuilder('campaign');
    await this.access.scope(ctx, 'campaign', qb);
    if (query.status) qb.andWhere('campaign.status = :status', { status: query.status });
    const campaigns = await qb.orderBy('campaign.id', 'DESC').take(LIST_LIMIT).getMany();
    if (campaigns.length === 0) return [];
    const ids = campaigns.map((c) => c.id);
    const em = this.dataSource.manager;
    const [communities, units, groups, view] = await Promise.all([
      em.find(CampaignCommunity, { select: { campaignId: true, communityId: true }, where: { campaignId: In(ids) } }),
      em.find(CampaignUnit, { select: { campaignId: true, people: true }, where: { campaignId: In(ids) } }),
      this.siteGroups(ctx, ids),
      this.campaignAccess.progressCommunities(ctx.actor),
    ]);
    return campaigns.map((campaign) => {
      const own = communities.filter((c) => c.campaignId === campaign.id).map((c) => c.communityId);
      const ownUnits = units.filter((u) => u.campaignId === campaign.id);
      const { total } = tallyCampaign(inView(own, view), groups.get(campaign.id) ?? []);
      return toSummary(campaign, own.length, ownUnits, total);
    });
  }

  /** One campaign in the caller's view (else 404): communities, units, the progress per community she sees, her moves. */
  async get(ctx: RequestContext, id: number): Promise<CampaignDetail> {
    const campaign = await this.access.findVisible(ctx, 'campaign', id);
    const em = this.dataSource.manager;
    const [communities, units, createdBy, groups, view] = await Promise.all([
      em.find(CampaignCommunity, { where: { campaignId: id }, relations: { community: true }, order: { communityId: 'ASC' } }),
      em.find(CampaignUnit, { where: { campaignId: id }, relations: { department: true }, order: { id: 'ASC' } }),
      em.getRepository(Campaign).findOneOrFail({ where: { id }, relations: { createdBy: true } }),
      this.siteGroups(ctx, [id]),
      this.campaignAccess.progressCommunities(ctx.actor),
    ]);
    const names = new Map(communities.map((c) => [c.communityId, c.community!.name]));
    const communityIds = communities.map((c) => c.communityId);
    const tally = tallyCampaign(inView(communityIds, view), groups.get(id) ?? []);
    const ownCommunity = ctx.actor.communityId !== null && communityIds.includes(ctx.actor.communityId);
    return {
      ...toSummary(campaign, communities.length, units, tally.total),
      description: campaign.description,
      communities: communities.map((c) => ({ id: c.communityId, name: c.community!.name })),
      units: units.map((u) => ({ departmentId: u.departmentId, departmentName: u.department!.name, kind: u.department!.kind, people: u.people })),
      progress: tally.communities.map((row) => ({ ...row, communityName: names.get(row.communityId) ?? '' })),
      resultSummary: campaign.resultSummary,
      createdBy: toPerson(createdBy.createdBy),
      createdAt: campaign.createdAt.toISOString(),
      startedAt: campaign.startedAt?.toISOString() ?? null,
      finishedAt: campaign.finishedAt?.toISOString() ?? null,
      actions: availableCampaignActions(ctx.role, campaign.status),
      canReportSite: hasPermission(ctx.role, 'campaign.reportSite') && ownCommunity && campaignAcceptsSites(campaign.status),
    };
  }

  // ---- sites ----

  /**
   * A site found in the reporter's own community, in a campaign it takes part in (else 404), while the
   * campaign is active (else 409); a building must be one of her community's (else 400). Once per
   * `clientKey`: the same key sent again by her returns the site already taken (`created: false`),
   * photos and all, even once the campaign has finished — the phone only missed the answer — and never
   * makes a second site; a key someone else used in the campaign is 409.
   */
  async reportSite(ctx: RequestContext, campaignId: number, input: ReportCampaignSiteDto): Promise<{ site: CampaignSiteInfo; created: boolean }> {
    if (input.buildingId === undefined && input.locationText === undefined) throw invalidField('locationText', '请选择楼栋或填写位置');
    const { clientKey } = input;
    /** The site this key already made in the campaign, if hers. */
    const taken = async (em: EntityManager): Promise<number | null> => {
      if (clientKey === undefined) return null;
      const site = await em.findOne(CampaignSite, { select: { id: true, reportedById: true }, where: { campaignId, clientKey } });
      if (!site) return null;
      if (site.reportedById !== ctx.userId) throw conflict('IDEMPOTENCY_KEY_REUSED', '该上报编号已用于另一次上报，请重新生成');
      return site.id;
    };
    let created = true;
    const siteId = await this.withPhotos(
      () =>
        this.uow.run(async (em) => {
          // Locked: a report waits for a finish under way and then sees the campaign finished.
          const campaign = await this.access.require(ctx, 'campaign.reportSite', campaignId, em);
          const communityId = ctx.actor.communityId;
          // Her community takes part, or the campaign is out of her view.
          if (communityId === null || !(await em.existsBy(CampaignCommunity, { campaignId, communityId }))) throw this.access.notFound('campaign');
          const earlier = await taken(em);
          if (earlier !== null) {
            created = false;
            return earlier;
          }
          if (!campaignAcceptsSites(campaign.status)) throw notActive(campaign.status);
          if (input.buildingId !== undefined && !(await em.existsBy(Building, { id: input.buildingId, communityId }))) {
            throw invalidField('buildingId', '楼栋不存在或不属于本社区');
          }
          const site = await em.save(
            em.create(CampaignSite, {
              campaignId,
              communityId,
              buildingId: input.buildingId ?? null,
              locationText: input.locationText ?? null,
              finding: input.finding,
              count: input.count,
              status: 'open',
              reportedById: ctx.userId,
              reportedAt: this.clock.now(),
              clearedById: null,
              clearedAt: null,
              clearedCount: null,
              clearNote: null,
              clientKey: clientKey ?? null,
            }),
          );
          await this.photos.link(em, ctx, input.attachmentIds ?? [], site.id, 'found');
          return site.id;
        }),
      // Sent twice at once: the unique key on (campaign, clientKey) is the last word, and the first is the site.
      async () => {
        const earlier = await taken(this.dataSource.manager);
        if (earlier !== null) created = false;
        return earlier;
      },
    );
    return { site: await this.getSite(ctx, siteId), created };
  }

  /** A site in the caller's view, cleared once, while its campaign is active. */
  async clearSite(ctx: RequestContext, id: number, input: ClearCampaignSiteDto): Promise<CampaignSiteInfo> {
    await this.withPhotos(() =>
      this.uow.run(async (em) => {
        const seen = await this.access.require(ctx, 'campaignSite.clear', id);
        // The campaign first, then the site: the order every write takes, so none waits on another in a circle.
        const campaign = await this.lockCampaign(em, seen.campaignId);
        const site = await this.access.findVisible(ctx, 'campaignSite', id, em);
        if (site.status === 'cleared') throw conflict('CAMPAIGN_SITE_CLEARED', '该点位已整治，不能重复整治');
        if (!campaignAcceptsSites(campaign.status)) throw notActive(campaign.status);
        if (!isClearedCount(site.count, input.clearedCount)) throw invalidField('clearedCount', `整治数量不能超过该点位发现的${site.count}处`);
        Object.assign(site, {
          status: 'cleared' satisfies CampaignSiteStatus,
          clearedById: ctx.userId,
          clearedAt: this.clock.now(),
          clearedCount: input.clearedCount,
          clearNote: input.note,
        });
        await em.save(site);
        await this.photos.link(em, ctx, input.attachmentIds ?? [], site.id, 'cleared');
      }),
    );
    return this.getSite(ctx, id);
  }

  /** A campaign's sites in the caller's view, newest first, 50 a page. */
  async listSites(ctx: RequestContext, campaignId: number, query: ListCampaignSitesQuery): Promise<CampaignSitePage> {
    await this.access.findVisible(ctx, 'campaign', campaignId);
    const page = query.page ?? 1;
    const qb = this.dataSource.manager.createQueryBuilder(CampaignSite, 'site').where('site.campaignId = :campaignId', { campaignId });
    await this.access.scope(ctx, 'campaignSite', qb);
    if (query.communityId !== undefined) qb.andWhere('site.communityId = :communityId', { communityId: query.communityId });
    if (query.status) qb.andWhere('site.status = :status', { status: query.status });
    const [sites, total] = await qb
      .leftJoinAndSelect('site.community', 'community')
      .leftJoinAndSelect('site.building', 'building')
      .leftJoinAndSelect('site.reportedBy', 'reportedBy')
      .leftJoinAndSelect('site.clearedBy', 'clearedBy')
      .orderBy('site.id', 'DESC')
      .skip((page - 1) * SITE_PAGE_SIZE)
      .take(SITE_PAGE_SIZE)
      .getManyAndCount();
    return { items: await this.presentSites(ctx, sites), total, page, pageSize: SITE_PAGE_SIZE };
  }

  async getSite(ctx: RequestContext, id: number): Promise<CampaignSiteInfo> {
    await this.access.findVisible(ctx, 'campaignSite', id);
    const site = await this.dataSource.manager.findOneOrFail(CampaignSite, {
      where: { id },
      relations: { community: true, building: true, reportedBy: true, clearedBy: true },
    });
    return (await this.presentSites(ctx, [site]))[0];
  }

  // ---- helpers ----

  private async move(ctx: RequestContext, id: number, action: CampaignAction, apply: (campaign: Campaign, now: Date) => void): Promise<CampaignDetail> {
    await this.uow.run(async (em) => {
      const campaign = await this.access.require(ctx, 'campaign.manage', id, em);
      const to = campaignMove(campaign.status, action);
      if (!to) {
        const verb = action === 'start' ? '启动' : '结束';
        throw conflict('CAMPAIGN_TRANSITION_NOT_ALLOWED', `该专项整治${CAMPAIGN_STATUS_LABELS[campaign.status]}，不能${verb}`);
      }
      campaign.status = to;
      apply(campaign, this.clock.now());
      await em.save(campaign);
    });
    return this.get(ctx, id);
  }

  /** All the street's communities, or the chosen ones (each must exist: 400 on the one that does not). */
  private async participatingCommunities(em: EntityManager, input: CreateCampaignDto): Promise<number[]> {
    if (input.allCommunities) {
      const all = await em.find(Community, { select: { id: true }, order: { id: 'ASC' } });
      if (all.length === 0) throw invalidField('allCommunities', '街道还没有社区');
      return all.map((c) => c.id);
    }
    const chosen = input.communityIds!;
    const found = await em.find(Community, { select: { id: true }, where: { id: In(chosen) } });
    const missing = chosen.findIndex((id) => !found.some((c) => c.id === id));
    if (missing >= 0) throw invalidField(`communityIds.${missing}`, '社区不存在');
    return chosen;
  }

  private lockCampaign(em: EntityManager, id: number): Promise<Campaign> {
    const qb = em.createQueryBuilder(Campaign, 'campaign').where('campaign.id = :id', { id });
    if (this.uow.writeLock) qb.setLock('pessimistic_write');
    return qb.getOneOrFail();
  }

  /** The sites in the caller's view of these campaigns, grouped per campaign, community and status. */
  private async siteGroups(ctx: RequestContext, campaignIds: number[]): Promise<Map<number, CampaignSiteGroup[]>> {
    const qb = siteGroupsQuery(this.dataSource.manager, campaignIds);
    await this.access.scope(ctx, 'campaignSite', qb);
    return readSiteGroups(qb);
  }

  private async presentSites(ctx: RequestContext, sites: CampaignSite[]): Promise<CampaignSiteInfo[]> {
    const photos = await this.photos.forSites(
      this.dataSource.manager,
      ctx,
      sites.map((s) => s.id),
    );
    return sites.map((site) => ({
      id: site.id,
      campaignId: site.campaignId,
      communityId: site.communityId,
      communityName: site.community?.name ?? '',
      buildingId: site.buildingId,
      buildingName: site.building?.name ?? null,
      locationText: site.locationText,
      finding: site.finding,
      count: site.count,
      status: site.status,
      reportedBy: toPerson(site.reportedBy),
      reportedAt: site.reportedAt.toISOString(),
      clearedBy: toPersonRef(site.clearedBy),
      clearedAt: site.clearedAt?.toISOString() ?? null,
      clearedCount: site.clearedCount,
      clearNote: site.clearNote,
      photos: photos.get(site.id) ?? { found: [], cleared: [] },
    }));
  }

  /**
   * Two people offering the same upload at once: the unique key refuses the second as a used photo —
   * unless `resent` finds the write already done by the same report sent twice at once (its `clientKey`).
   */
  private async withPhotos<T>(write: () => Promise<T>, resent?: () => Promise<T | null>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // The same report sent twice at once: the one taken first.
      const earlier = resent ? await resent() : null;
      if (earlier !== null) return earlier;
      throw photosNotUsable();
    }
  }
}

function notActive(status: Campaign['status']) {
  return conflict('CAMPAIGN_NOT_ACTIVE', status === 'planned' ? '该专项整治尚未启动，暂不能上报或整治点位' : '该专项整治已结束，不能再上报或整治点位');
}

function toSummary(campaign: Campaign, communityCount: number, units: readonly { people: number }[], total: CampaignTally): CampaignSummary {
  return {
    id: campaign.id,
    title: campaign.title,
    siteKind: campaign.siteKind,
    status: campaign.status,
    startDate: campaign.startDate,
    endDate: campaign.endDate,
    allCommunities: campaign.allCommunities,
    communityCount,
    unitCount: units.length,
    people: campaignPeople(units),
    total,
  };
}
