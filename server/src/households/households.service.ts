import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { householdLabel, normaliseRoom, normaliseUnit, type HouseholdInfo, type ResidentHousehold as ResidentHouseholdView } from '@lingjuli/shared';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { conflict, invalidField, notFound } from '../common/errors/app-error';
import { isUniqueViolation } from '../database/db-errors';
import { UnitOfWork } from '../database/unit-of-work';
import { Building } from '../organisation/building.entity';
import { User } from '../users/user.entity';
import type { ResidentHouseholdQueryDto, StateHouseholdDto } from './dto/households.dto';
import { Household } from './household.entity';
import { ResidentHousehold } from './resident-household.entity';

/** Where a person lives, as the deliberation hall needs it: her flat and its community. */
export interface PersonHousehold {
  householdId: number;
  communityId: number;
  buildingId: number;
  verified: boolean;
}

/** A community's list, at most (a community has a few thousand households; the filters narrow it). */
const LIST_LIMIT = 500;

export const householdNotFound = () => notFound('HOUSEHOLD_NOT_FOUND', '找不到该居民的住址登记');
const alreadyStated = () => conflict('HOUSEHOLD_ALREADY_STATED', '您已登记过住址；如已搬家，请联系社区工作人员重新登记');

/**
 * Households (户, docs/domain.md "The deliberation hall"): a resident states her flat once; the
 * community's staff verify it or reset it when she moves. Polls counted per household and the
 * audiences of meetings and polls read it through `householdOf`.
 */
@Injectable()
export class HouseholdsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly access: AccessService,
  ) {}

  async mine(ctx: RequestContext): Promise<HouseholdInfo | null> {
    const row = await this.query(this.dataSource.manager).where('rh.userId = :userId', { userId: ctx.userId }).getOne();
    return row ? toHouseholdInfo(row) : null;
  }

  /** States her household, once; her account's community becomes the household's. */
  async state(ctx: RequestContext, input: StateHouseholdDto): Promise<HouseholdInfo> {
    const unit = normaliseUnit(input.unit);
    if (!unit) throw invalidField('unit', '请填写单元号，如 2 或 2单元');
    const room = normaliseRoom(input.room);
    if (!room) throw invalidField('room', '请填写房间号，如 301');
    try {
      await this.uow.run(async (em) => {
        const building = await em.findOneBy(Building, { id: input.buildingId });
        if (!building) throw invalidField('buildingId', '楼栋不存在');
        if (await em.existsBy(ResidentHousehold, { userId: ctx.userId })) throw alreadyStated();
        const now = this.clock.now();
        // Two neighbours of one flat may state it at once: the flat's unique key keeps it one row.
        await em
          .createQueryBuilder()
          .insert()
          .into(Household)
          .values({ communityId: building.communityId, buildingId: building.id, unit, room, createdAt: now })
          .orIgnore()
          .execute();
        // A locking read on MySQL: a plain one reads the transaction's snapshot, which misses a neighbour's row committed since.
        const flat = em
          .createQueryBuilder(Household, 'h')
          .where('h.buildingId = :buildingId AND h.unit = :unit AND h.room = :room', { buildingId: building.id, unit, room });
        if (this.uow.writeLock) flat.setLock('pessimistic_write');
        const household = await flat.getOneOrFail();
        await em.insert(ResidentHousehold, {
          userId: ctx.userId,
          householdId: household.id,
          communityId: household.communityId,
          statedAt: now,
          verifiedAt: null,
          verifiedById: null,
        });
        await em.update(User, { id: ctx.userId }, { communityId: household.communityId });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw alreadyStated();
      throw error;
    }
    return (await this.mine(ctx))!;
  }

  /** The residents' stated households in the caller's scope, unverified first, with how many share each flat. */
  async list(ctx: RequestContext, query: ResidentHouseholdQueryDto): Promise<ResidentHouseholdView[]> {
    const qb = await this.access.scope(ctx, 'residentHousehold', this.query(this.dataSource.manager).innerJoinAndSelect('rh.user', 'resident'));
    if (query.communityId !== undefined) qb.andWhere('rh.communityId = :communityId', { communityId: query.communityId });
    if (query.buildingId !== undefined) qb.andWhere('household.buildingId = :buildingId', { buildingId: query.buildingId });
    if (query.verified !== undefined) qb.andWhere(query.verified ? 'rh.verifiedAt IS NOT NULL' : 'rh.verifiedAt IS NULL');
    // Unverified first (NULL sorts first on both databases), then the newest statements.
    return this.present(await qb.orderBy('rh.verifiedAt', 'ASC').addOrderBy('rh.statedAt', 'DESC').addOrderBy('rh.id', 'DESC').take(LIST_LIMIT).getMany());
  }

  /** Staff confirm the household (e.g. against the community's register); confirming again changes nothing. */
  async verify(ctx: RequestContext, userId: number): Promise<ResidentHouseholdView> {
    await this.uow.run(async (em) => {
      const row = await this.visibleOf(ctx, userId, em);
      if (!row.verifiedAt) await em.update(ResidentHousehold, { id: row.id }, { verifiedAt: this.clock.now(), verifiedById: ctx.userId });
    });
    const row = await this.query(this.dataSource.manager).innerJoinAndSelect('rh.user', 'resident').where('rh.userId = :userId', { userId }).getOneOrFail();
    return (await this.present([row]))[0];
  }

  /** She moved (or stated the wrong flat): the statement goes, and she states her household again. */
  async reset(ctx: RequestContext, userId: number): Promise<void> {
    await this.uow.run(async (em) => {
      const row = await this.visibleOf(ctx, userId, em);
      await em.delete(ResidentHousehold, { id: row.id });
    });
  }

  /** Her household, for the audiences and ballots of meetings and polls; null if she has not stated one. */
  async householdOf(em: EntityManager, userId: number): Promise<PersonHousehold | null> {
    const row = await this.query(em).where('rh.userId = :userId', { userId }).getOne();
    return row
      ? { householdId: row.householdId, communityId: row.communityId, buildingId: row.household!.buildingId, verified: row.verifiedAt !== null }
      : null;
  }

  private query(em: EntityManager): SelectQueryBuilder<ResidentHousehold> {
    return em
      .createQueryBuilder(ResidentHousehold, 'rh')
      .innerJoinAndSelect('rh.household', 'household')
      .innerJoinAndSelect('household.building', 'building')
      .innerJoinAndSelect('household.community', 'community');
  }

  /** Her statement if the caller's scope holds it; outside it, the same 404 as a resident who stated none. */
  private async visibleOf(ctx: RequestContext, userId: number, em: EntityManager): Promise<ResidentHousehold> {
    const row = await em.findOneBy(ResidentHousehold, { userId });
    if (!row) throw householdNotFound();
    return this.access.findVisible(ctx, 'residentHousehold', row.id, em);
  }

  private async present(rows: ResidentHousehold[]): Promise<ResidentHouseholdView[]> {
    const shares = await this.sharers(rows.map((r) => r.householdId));
    return rows.map((r) => ({ ...toHouseholdInfo(r), userId: r.userId, displayName: r.user!.displayName, sharedWith: (shares.get(r.householdId) ?? 1) - 1 }));
  }

  private async sharers(householdIds: number[]): Promise<Map<number, number>> {
    if (householdIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(ResidentHousehold)
      .createQueryBuilder('rh')
      .select('rh.householdId', 'householdId')
      .addSelect('COUNT(*)', 'n')
      .where('rh.householdId IN (:...ids)', { ids: [...new Set(householdIds)] })
      .groupBy('rh.householdId')
      .getRawMany<{ householdId: number; n: string | number }>();
    return new Map(rows.map((r) => [Number(r.householdId), Number(r.n)]));
  }
}

function toHouseholdInfo(row: ResidentHousehold): HouseholdInfo {
  const h = row.household!;
  return {
    householdId: h.id,
    communityId: h.communityId,
    communityName: h.community!.name,
    buildingId: h.buildingId,
    buildingName: h.building!.name,
    unit: h.unit,
    room: h.room,
    label: householdLabel(h.building!.name, h.unit, h.room),
    statedAt: row.statedAt.toISOString(),
    verifiedAt: row.verifiedAt?.toISOString() ?? null,
  };
}
