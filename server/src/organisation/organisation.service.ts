import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  CITY_SERVICE_LINES,
  type BuildingLanding,
  type BuildingSummary,
  type CommunitySummary,
  type DepartmentSummary,
  type ErrorCode,
  type GridSummary,
  type WarmHeartCard,
} from '@lingjuli/shared';
import { Repository } from 'typeorm';
import { TtlCache } from '../common/cache/ttl-cache';
import type { RequestContext } from '../common/context/request-context';
import { conflict, forbidden, invalidField, notFound } from '../common/errors/app-error';
import { isUniqueViolation } from '../database/db-errors';
import { Building } from './building.entity';
import { Community } from './community.entity';
import { Department } from './department.entity';
import type { UpdateWarmHeartCardDto } from './dto/card.dto';
import type { CreateBuildingDto, CreateCommunityDto, CreateDepartmentDto } from './dto/organisation.dto';
import { Grid } from './grid.entity';
import { toBuildingSummary, toCommunitySummary, toDepartmentSummary } from './organisation.mapper';

/** Communities and buildings change rarely and are read on every filing: kept for a minute per process. */
const DIRECTORY_CACHE_MS = 60_000;

@Injectable()
export class OrganisationService {
  private readonly communityCache = new TtlCache<number, Community>(DIRECTORY_CACHE_MS);
  private readonly buildingCache = new TtlCache<number, Building>(DIRECTORY_CACHE_MS);

  constructor(
    @InjectRepository(Community) private readonly communities: Repository<Community>,
    @InjectRepository(Building) private readonly buildings: Repository<Building>,
    @InjectRepository(Department) private readonly departments: Repository<Department>,
    @InjectRepository(Grid) private readonly grids: Repository<Grid>,
  ) {}

  async listCommunities(): Promise<CommunitySummary[]> {
    return (await this.communities.find({ order: { code: 'ASC' } })).map(toCommunitySummary);
  }

  async getCommunity(id: number): Promise<Community> {
    const community = await this.communities.findOneBy({ id });
    if (!community) throw notFound('COMMUNITY_NOT_FOUND', '找不到该社区');
    return community;
  }

  /** A community by id, from the per-process cache (for the filing hot path). */
  findCommunity(id: number): Promise<Community | null> {
    return this.communityCache.getOrLoad(id, () => this.communities.findOneBy({ id }));
  }

  findBuilding(id: number): Promise<Building | null> {
    return this.buildingCache.getOrLoad(id, () => this.buildings.findOneBy({ id }));
  }

  async card(communityId: number): Promise<WarmHeartCard> {
    return toCard(await this.getCommunity(communityId));
  }

  /** A secretary edits her own community's card; the street admin any. */
  async updateCard(ctx: RequestContext, communityId: number, input: UpdateWarmHeartCardDto): Promise<WarmHeartCard> {
    const community = await this.getCommunity(communityId);
    if (ctx.role !== 'streetAdmin' && ctx.actor.communityId !== communityId) throw forbidden();
    if (input.windowAddress !== undefined) community.windowAddress = input.windowAddress;
    if (input.windowHours !== undefined) community.windowHours = input.windowHours;
    if (input.hotline !== undefined) community.hotline = input.hotline;
    if (input.staff !== undefined) community.cardStaff = input.staff.map(({ name, title, phone }) => ({ name, title, phone }));
    const saved = await this.communities.save(community);
    this.communityCache.delete(communityId);
    return toCard(saved);
  }

  async listBuildings(communityId: number): Promise<BuildingSummary[]> {
    await this.getCommunity(communityId);
    return (await this.buildings.find({ where: { communityId }, order: { code: 'ASC' } })).map(toBuildingSummary);
  }

  /** A building by its code (the one its stairwell QR code carries), with its community. */
  async buildingByCode(code: string): Promise<Building & { community: Community }> {
    const building = await this.buildings.findOne({ where: { code }, relations: { community: true } });
    if (!building?.community) throw notFound('BUILDING_NOT_FOUND', '找不到该楼栋，请确认二维码');
    return building as Building & { community: Community };
  }

  /** Where a stairwell QR code lands: the building and its community. */
  async landing(buildingCode: string): Promise<BuildingLanding> {
    const building = await this.buildingByCode(buildingCode);
    return { building: toBuildingSummary(building), community: toCommunitySummary(building.community) };
  }

  async listDepartments(): Promise<DepartmentSummary[]> {
    return (await this.departments.find({ where: { active: true }, order: { id: 'ASC' } })).map(toDepartmentSummary);
  }

  async listGrids(): Promise<GridSummary[]> {
    const [grids, communities] = await Promise.all([this.grids.find({ order: { id: 'ASC' } }), this.communities.find({ select: { id: true, gridId: true } })]);
    return grids.map((g) => ({
      id: g.id,
      name: g.name,
      communityIds: communities.filter((c) => c.gridId === g.id).map((c) => c.id),
    }));
  }

  async createCommunity(input: CreateCommunityDto): Promise<CommunitySummary> {
    if (input.gridId !== undefined && !(await this.grids.existsBy({ id: input.gridId }))) {
      throw invalidField('gridId', '网格不存在');
    }
    const community = this.communities.create({ code: input.code, name: input.name, gridId: input.gridId ?? null });
    return toCommunitySummary(await this.saveUnique(this.communities, community, 'COMMUNITY_EXISTS', '社区编码已存在'));
  }

  async createBuilding(input: CreateBuildingDto): Promise<BuildingSummary> {
    if (!(await this.communities.existsBy({ id: input.communityId }))) throw invalidField('communityId', '社区不存在');
    const building = this.buildings.create({ code: input.code, name: input.name, communityId: input.communityId });
    return toBuildingSummary(await this.saveUnique(this.buildings, building, 'BUILDING_EXISTS', '楼栋编码已存在'));
  }

  async createDepartment(input: CreateDepartmentDto): Promise<DepartmentSummary> {
    const department = this.departments.create({ name: input.name, kind: input.kind });
    return toDepartmentSummary(await this.saveUnique(this.departments, department, 'DEPARTMENT_EXISTS', '科室名称已存在'));
  }

  private async saveUnique<T extends object>(repo: Repository<T>, entity: T, code: ErrorCode, message: string): Promise<T> {
    try {
      return await repo.save(entity);
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(code, message);
      throw error;
    }
  }
}

function toCard(c: Community): WarmHeartCard {
  return {
    communityId: c.id,
    communityName: c.name,
    windowAddress: c.windowAddress,
    windowHours: c.windowHours,
    hotline: c.hotline,
    staff: c.cardStaff ?? [],
    serviceLines: [...CITY_SERVICE_LINES],
  };
}
