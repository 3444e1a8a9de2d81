import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CATEGORY_INFO,
  DEFAULT_TIER_POLICY,
  FINAL_STATUSES,
  TIMELINE_ENTRY_LABELS,
  maskPersonalData,
  namesIn,
  type AppealStatus,
  type Category,
  type Tier,
} from '@lingjuli/shared';
import { DataSource, In } from 'typeorm';
import { AppealIntakeService } from '../appeals/appeal-intake.service';
import type { CreateAppealDto } from '../appeals/dto/create-appeal.dto';
import { AppealEvent } from '../appeals/entities/appeal-event.entity';
import { Appeal } from '../appeals/entities/appeal.entity';
import { DispatchAssignment } from '../appeals/entities/dispatch-assignment.entity';
import { Clock } from '../common/clock/clock';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Building } from '../organisation/building.entity';
import { Community } from '../organisation/community.entity';
import { User } from '../users/user.entity';
import { contextOf } from '../users/user.mapper';
import type { Open311Client } from './open311-client.entity';
import { open311BadRequest, open311Forbidden, open311NotFound } from './open311-errors';
import { LIST_LIMIT, dateRange, newRequest, requestIds, requestToken, serviceCodes, statusFilter, type Attributes, type Open311Fields } from './open311-input';
import { OPEN311_ROOT } from './open311-paths';
import {
  BUILDING_ATTRIBUTE,
  BUILDING_CODE_MAX,
  COMMUNITY_ATTRIBUTE,
  SERVICES,
  categoryAttributes,
  isCategory,
  serviceAttributes,
  type ServiceAttribute,
  type ServiceInfo,
} from './open311-services';
import type { DiscoveryView, RequestView, UpdateView } from './open311.mapper';

/** When this API last changed, for discovery's `changeset`. */
const API_CHANGESET = new Date('2026-12-06T00:00:00+08:00');
/** An Idempotency-Key an integrator may send: it becomes the request's token (tokens/{token}). */
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,40}$/;
/** Tokens are an Idempotency-Key as sent, or our 43-character hash of the request. */
const TOKEN = /^[A-Za-z0-9_-]{8,64}$/;
/** The appeal's words at most (appeals.content, as intake takes it). */
const CONTENT_MAX = 2_000;
/** Lines that are not a step of the handling: the filing itself, and another resident's "me too". */
const NOT_UPDATES = ['file', 'support'] as const;

/** A new request, filed now or recognised as one filed before (`replayed`). */
export interface CreatedRequest {
  id: number;
  notice: string;
  token: string;
  replayed: boolean;
}

/**
 * The rules of the Open311 API (docs/integration.md): which services there are, how a request becomes
 * an appeal, and what of the appeals of a key's communities may leave — never a name, a phone number,
 * a photo or an account; the words only through the personal-data mask (docs/domain.md §11).
 */
@Injectable()
export class Open311Service {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly intake: AppealIntakeService,
  ) {}

  discovery(): DiscoveryView {
    return {
      changeset: API_CHANGESET,
      contact: `${this.config.streetName}指挥分中心`,
      keyService: '接口密钥由街道管理员签发，请与街道联系',
      url: `${this.config.publicUrl}/${OPEN311_ROOT}`,
    };
  }

  services(): readonly ServiceInfo[] {
    return SERVICES;
  }

  /** A service's attributes for this key (the community attribute lists the key's communities). */
  async serviceDefinition(client: Open311Client, code: string): Promise<{ code: Category; attributes: ServiceAttribute[] }> {
    if (!isCategory(code)) throw open311NotFound(`service_code「${code.slice(0, 40)}」不存在`);
    return { code, attributes: serviceAttributes(code, await this.communitiesOf(client)) };
  }

  /**
   * Files the request as an appeal on the `open311` channel, through the usual intake (triage, deadline,
   * timers, notices). Idempotent per client: the same Idempotency-Key, or without one the same request,
   * answers the appeal already filed.
   */
  async create(client: Open311Client, fields: Open311Fields, idempotencyKey: string | undefined): Promise<CreatedRequest> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw open311BadRequest('Idempotency-Key 应为8至40个字母、数字、下划线或连字符');
    }
    const input = newRequest(fields);
    const token = idempotencyKey ?? requestToken(fields);
    const { community, building } = await this.place(client, input.attributes);
    const content = [input.description, ...answers(input.serviceCode, input.attributes)].join('\n');
    if ([...content].length > CONTENT_MAX) throw open311BadRequest(`description 连同属性不能超过${CONTENT_MAX}个字`);

    const appeal: CreateAppealDto = {
      channel: 'open311',
      content,
      category: input.serviceCode,
      communityId: community.id,
      ...(building && { buildingId: building.id }),
      ...(input.addressString && { locationText: input.addressString }),
      ...(input.lat !== null && input.long !== null && { latitude: input.lat, longitude: input.long }),
      ...(input.contactName && { contactName: input.contactName }),
      ...(input.phone && { contactPhone: input.phone }),
    };
    // The filer row is the street admin who issued the key: the appeal is the client's, its first line the system's.
    const issuer = await this.dataSource.getRepository(User).findOneByOrFail({ id: client.createdById });
    const filed = await this.intake.file(contextOf(issuer), appeal, `open311:${client.id}:${token}`, {
      kind: 'open311',
      clientId: client.id,
      clientName: client.name,
      communityIds: client.communityIds,
    });
    const communityName = filed.replayed ? ((await this.communityName(filed.appeal.communityId)) ?? community.name) : community.name;
    return { id: filed.appeal.id, notice: serviceNotice(communityName, filed.appeal.tier), token, replayed: filed.replayed };
  }

  /** The request a token names, when this client filed it. */
  async token(client: Open311Client, token: string): Promise<{ id: number; token: string }> {
    const appeal = TOKEN.test(token)
      ? await this.dataSource.getRepository(Appeal).findOne({
          select: { id: true, communityId: true, open311ClientId: true },
          where: { filedById: client.createdById, idempotencyKey: `open311:${client.id}:${token}` },
        })
      : null;
    if (!appeal || appeal.open311ClientId !== client.id || !client.communityIds.includes(appeal.communityId)) throw open311NotFound('token 不存在');
    return { id: appeal.id, token };
  }

  /**
   * GET requests: the ids asked for (which override every other parameter, as the specification says),
   * or the key's communities' requests received in the date range — the last 90 days by default —,
   * of the service codes and status asked for, newest first, at most 1,000.
   */
  async requests(client: Open311Client, fields: Open311Fields): Promise<RequestView[]> {
    const ids = requestIds(fields);
    if (ids) return this.views(client, ids);
    const filter = { categories: serviceCodes(fields), statuses: statusFilter(fields), ...dateRange(fields, this.clock.now()) };
    // Each community's page from its own receipts index (read from the index alone), merged newest first.
    const pages = await Promise.all(client.communityIds.map((communityId) => this.receivedIn(communityId, filter)));
    const newest = pages
      .flat()
      .sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime() || b.id - a.id)
      .slice(0, LIST_LIMIT);
    return this.views(
      client,
      newest.map((a) => a.id),
    );
  }

  /** GET requests/{id}: one of the key's communities' requests; any other id is not found. */
  async request(client: Open311Client, id: number | null): Promise<RequestView[]> {
    const found = id === null ? [] : await this.views(client, [id]);
    if (found.length === 0) throw open311NotFound('service_request_id 不存在');
    return found;
  }

  /**
   * mySociety's service request updates: the public lines of the handling (not the filing, not another
   * resident's "me too") of the key's communities' appeals, by time — the oldest first, at most 1,000.
   * Read in time order from the public lines' index; each line's appeal by its primary key.
   */
  async updates(client: Open311Client, fields: Open311Fields): Promise<UpdateView[]> {
    const { start, end } = dateRange(fields, this.clock.now());
    const lines = await this.dataSource
      .createQueryBuilder(AppealEvent, 'e')
      .useIndex('IDX_appeal_events_public_time')
      .innerJoin('e.appeal', 'a')
      .leftJoin('a.reporter', 'r')
      .select(['e.id', 'e.appealId', 'e.type', 'e.at', 'e.toStatus', 'e.note'])
      .addSelect(['a.id', 'a.status', 'a.content', 'a.contactName', 'r.id', 'r.displayName'])
      .where("e.visibility = 'public'")
      .andWhere('e.at >= :start AND e.at <= :end', { start, end })
      .andWhere('e.type NOT IN (:...notUpdates)', { notUpdates: NOT_UPDATES })
      .andWhere('a.communityId IN (:...communities)', { communities: client.communityIds })
      .orderBy('e.at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .limit(LIST_LIMIT)
      .getMany();
    return lines.map((line) => {
      const appeal = line.appeal!;
      return {
        id: line.id,
        requestId: line.appealId,
        // The status the line left the appeal in (every line of the handling records it).
        closed: isClosed(line.toStatus ?? appeal.status),
        at: line.at,
        description: describeLine(line, namesOf(appeal)),
      };
    });
  }

  // ---- the rules' parts ----

  /**
   * Where a request goes: a building's code gives its community and building; else the community's code;
   * else the key's one community. Either must be one of the key's communities (403 otherwise).
   */
  private async place(client: Open311Client, attributes: Attributes): Promise<{ community: Community; building: Building | null }> {
    const buildingCode = attributeText(attributes, BUILDING_ATTRIBUTE, BUILDING_CODE_MAX);
    const communityCode = attributeText(attributes, COMMUNITY_ATTRIBUTE, 16);
    const communities = this.dataSource.getRepository(Community);
    let building: Building | null = null;
    let community: Community | null;
    if (buildingCode) {
      building = await this.dataSource.getRepository(Building).findOneBy({ code: buildingCode });
      if (!building) throw open311BadRequest(`attribute[${BUILDING_ATTRIBUTE}]：楼栋编码「${buildingCode}」不存在`);
      community = await communities.findOneByOrFail({ id: building.communityId });
      if (communityCode && communityCode !== community.code) throw open311BadRequest(`楼栋「${buildingCode}」不属于社区「${communityCode}」`);
    } else if (communityCode) {
      community = await communities.findOneBy({ code: communityCode });
      if (!community) throw open311BadRequest(`attribute[${COMMUNITY_ATTRIBUTE}]：社区编码「${communityCode}」不存在`);
    } else {
      if (client.communityIds.length !== 1)
        throw open311BadRequest(`该 api_key 可用于多个社区，请填写 attribute[${COMMUNITY_ATTRIBUTE}] 或 attribute[${BUILDING_ATTRIBUTE}]`);
      community = await communities.findOneByOrFail({ id: client.communityIds[0] });
    }
    if (!client.communityIds.includes(community.id)) throw open311Forbidden(`该 api_key 无权为${community.name}登记诉求`);
    return { community, building };
  }

  /** The key's communities (code and name), as the community attribute lists them. */
  private communitiesOf(client: Open311Client): Promise<Community[]> {
    return this.dataSource
      .getRepository(Community)
      .find({ select: { id: true, code: true, name: true }, where: { id: In(client.communityIds) }, order: { code: 'ASC' } });
  }

  private async communityName(id: number): Promise<string | null> {
    return (await this.dataSource.getRepository(Community).findOne({ select: { name: true }, where: { id } }))?.name ?? null;
  }

  /** One community's receipts in the range, newest first: ids and times only, from `IDX_appeals_community_recent`. */
  private receivedIn(
    communityId: number,
    filter: { start: Date; end: Date; categories?: Category[]; statuses?: AppealStatus[] },
  ): Promise<Pick<Appeal, 'id' | 'receivedAt'>[]> {
    const qb = this.dataSource
      .getRepository(Appeal)
      .createQueryBuilder('a')
      .useIndex('IDX_appeals_community_recent')
      .select(['a.id', 'a.receivedAt'])
      .where('a.communityId = :communityId', { communityId })
      .andWhere('a.receivedAt >= :start AND a.receivedAt <= :end', filter);
    if (filter.categories) qb.andWhere('a.category IN (:...categories)', { categories: filter.categories });
    if (filter.statuses) qb.andWhere('a.status IN (:...statuses)', { statuses: filter.statuses });
    return qb.orderBy('a.receivedAt', 'DESC').addOrderBy('a.id', 'DESC').limit(LIST_LIMIT).getMany();
  }

  /** The requests of these ids in the key's communities, in the order given, as they may leave. */
  private async views(client: Open311Client, ids: number[]): Promise<RequestView[]> {
    if (ids.length === 0) return [];
    const appeals = await this.dataSource
      .getRepository(Appeal)
      .createQueryBuilder('a')
      .innerJoin('a.community', 'c')
      .leftJoin('a.building', 'b')
      .leftJoin('a.reporter', 'r')
      .select(['a.id', 'a.status', 'a.category', 'a.tier', 'a.content', 'a.contactName', 'a.locationText', 'a.latitude', 'a.longitude'])
      .addSelect(['a.receivedAt', 'a.updatedAt', 'a.closedAt', 'a.dueAt', 'a.open311ClientId'])
      .addSelect(['c.id', 'c.name', 'b.id', 'b.code', 'b.name', 'r.id', 'r.displayName'])
      .where('a.id IN (:...ids)', { ids })
      .andWhere('a.communityId IN (:...communities)', { communities: client.communityIds })
      .getMany();
    if (appeals.length === 0) return [];
    const found = appeals.map((a) => a.id);
    const [latest, leads] = await Promise.all([this.latestPublicLines(found), this.leadDepartments(found)]);
    const byId = new Map(appeals.map((a) => [a.id, a]));
    return ids.flatMap((id) => {
      const a = byId.get(id);
      if (!a) return [];
      const names = namesOf(a);
      const mask = (words: string) => maskPersonalData(words, names);
      const line = latest.get(id);
      const closed = isClosed(a.status);
      return [
        {
          id,
          closed,
          statusNotes: line ? describeLine(line, names) : null,
          category: a.category,
          serviceName: CATEGORY_INFO[a.category].label,
          description: mask(a.content),
          agencyResponsible: leads.get(id) ?? a.community!.name,
          serviceNotice: DEFAULT_TIER_POLICY.tiers[a.tier].promise,
          requestedAt: a.receivedAt,
          updatedAt: closed ? (a.closedAt ?? a.updatedAt) : a.updatedAt,
          expectedAt: a.dueAt,
          address: [a.community!.name, a.building?.name, a.locationText ? mask(a.locationText) : null].filter(Boolean).join(' '),
          addressId: a.building?.code ?? null,
          // A position may be someone's home: only the client that sent it gets it back.
          lat: a.open311ClientId === client.id ? a.latitude : null,
          long: a.open311ClientId === client.id ? a.longitude : null,
        },
      ];
    });
  }

  /** Each appeal's latest public line of the handling (its status notes). */
  private async latestPublicLines(appealIds: number[]): Promise<Map<number, AppealEvent>> {
    const latest = await this.dataSource
      .createQueryBuilder(AppealEvent, 'e')
      .select('MAX(e.id)', 'id')
      .where('e.appealId IN (:...appealIds)', { appealIds })
      .andWhere("e.visibility = 'public'")
      .andWhere("e.type <> 'support'")
      .groupBy('e.appealId')
      .getRawMany<{ id: number | string }>();
    if (latest.length === 0) return new Map();
    const lines = await this.dataSource.getRepository(AppealEvent).find({
      select: { id: true, appealId: true, type: true, note: true },
      where: { id: In(latest.map((l) => Number(l.id))) },
    });
    return new Map(lines.map((line) => [line.appealId, line]));
  }

  /** The lead department (主办) of each dispatched appeal, through its dispatch order. */
  private async leadDepartments(appealIds: number[]): Promise<Map<number, string>> {
    const rows = await this.dataSource
      .createQueryBuilder(DispatchAssignment, 'da')
      .innerJoin('da.order', 'o')
      .innerJoin('da.department', 'd')
      .select('o.appealId', 'appealId')
      .addSelect('d.name', 'name')
      .where('o.appealId IN (:...appealIds)', { appealIds })
      .andWhere("o.status = 'dispatched'")
      .andWhere("da.role = 'lead'")
      .getRawMany<{ appealId: number | string; name: string }>();
    return new Map(rows.map((row) => [Number(row.appealId), row.name]));
  }
}

const isClosed = (status: AppealStatus) => FINAL_STATUSES.includes(status);

/** What the request's answer says will happen: the community it went to and its tier's promise. */
function serviceNotice(communityName: string, tier: Tier): string {
  return `已转${communityName}办理，${DEFAULT_TIER_POLICY.tiers[tier].promise}`;
}

/** The names the mask hides wherever they appear: the contact's, the reporter's, those she gave (我叫…). */
function namesOf(appeal: Pick<Appeal, 'content' | 'contactName' | 'reporter'>): string[] {
  const contact = appeal.contactName ? [appeal.contactName, ...appeal.contactName.split(/\s+/)] : [];
  return [...contact, ...(appeal.reporter?.displayName ? [appeal.reporter.displayName] : []), ...namesIn(appeal.content)];
}

/** A line as it may leave: its note masked, or what the line records when it has none (受理, 办结…). */
function describeLine(line: Pick<AppealEvent, 'type' | 'note'>, names: string[]): string {
  return line.note ? maskPersonalData(line.note, names) : TIMELINE_ENTRY_LABELS[line.type];
}

/** A single-valued attribute's text (null when left out or blank). */
function attributeText(attributes: Attributes, code: string, maxLength: number): string | null {
  const value = attributes.get(code);
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string') throw open311BadRequest(`attribute[${code}] 只能填写一个值`);
  if (value.length > maxLength) throw open311BadRequest(`attribute[${code}] 不能超过${maxLength}个字符`);
  return value;
}

/**
 * The answers to the category's questions, as lines of the appeal's words; a value the question does not
 * offer is a 400. Attributes the service does not define (an integrator's own) are left out.
 */
function answers(category: Category, attributes: Attributes): string[] {
  return categoryAttributes(category)
    .filter((attribute) => attribute.variable && attribute.values)
    .flatMap((attribute) => {
      const key = attributeText(attributes, attribute.code, 64);
      if (key === null) return [];
      const value = attribute.values!.find((v) => v.key === key);
      if (!value) throw open311BadRequest(`attribute[${attribute.code}] 的取值无效，可选：${attribute.values!.map((v) => v.key).join('、')}`);
      return [value.words ?? `${attribute.label ?? attribute.description}：${value.name}`];
    });
}
