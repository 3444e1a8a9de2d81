import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  VOLUNTEER_KINDS,
  addAgeBands,
  ageBandOf,
  birthYearRange,
  isCommunityStaff,
  isValidBirthYear,
  tallyAgeBands,
  trainedSince,
  yearAt,
  type VolunteerInfo,
  type VolunteerKind,
  type VolunteerKindCounts,
  type VolunteerTeam,
  type VolunteerTeamCounts,
} from '@lingjuli/shared';
import { DataSource, In } from 'typeorm';
import { ScopeService } from '../access/scope.service';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { invalidField, notFound } from '../common/errors/app-error';
import { PhoneCipher, maskPhone } from '../common/privacy/phone-cipher';
import { UnitOfWork } from '../database/unit-of-work';
import { Community } from '../organisation/community.entity';
import type { VolunteerBirthYearDto, VolunteerTeamDto } from './dto/volunteers.dto';
import { VolunteerBirthYear } from './volunteer-birth-year.entity';
import { VolunteerRoster, type Communities, type Volunteer } from './volunteer-roster';

/**
 * The community's volunteer team (docs/domain.md §9): how many serve, in which kind, how many were
 * trained in the last 12 months, and the age mix — for the community's staff, its grid secretary and
 * the street, which sees every community and their sum. The banding is the shared `ageBandOf`.
 */
@Injectable()
export class VolunteerTeamService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly scopes: ScopeService,
    private readonly phones: PhoneCipher,
    private readonly roster: VolunteerRoster,
  ) {}

  async team(ctx: RequestContext, query: VolunteerTeamDto): Promise<VolunteerTeam> {
    const communities = await this.communitiesFor(ctx, query.communityId);
    const now = this.clock.now();
    const year = yearAt(now);
    const since = trainedSince(now);
    const volunteers = await this.roster.read(
      this.dataSource.manager,
      communities.map((c) => c.id),
    );
    const counts = communities.map((c) =>
      this.count(
        c.id,
        c.name,
        volunteers.filter((v) => v.communityId === c.id),
        year,
        since,
        now,
      ),
    );
    return { year, trainedSince: since.toISOString(), total: sum(counts), communities: counts };
  }

  /** The volunteers of the caller's scope (or one community of it), by community. */
  async list(ctx: RequestContext, query: VolunteerTeamDto): Promise<VolunteerInfo[]> {
    const communities = await this.communitiesFor(ctx, query.communityId);
    const volunteers = await this.roster.read(
      this.dataSource.manager,
      communities.map((c) => c.id),
    );
    return volunteers.map((v) => this.present(ctx, v));
  }

  /**
   * Her birth year, recorded by her community's staff: for a liaison registered before applications
   * (who gave none), or to correct one. Anyone who is not a volunteer of the caller's community is 404.
   */
  async recordBirthYear(ctx: RequestContext, userId: number, input: VolunteerBirthYearDto): Promise<VolunteerInfo> {
    const now = this.clock.now();
    if (!isValidBirthYear(input.birthYear, yearAt(now))) {
      const { min, max } = birthYearRange(yearAt(now));
      throw invalidField('birthYear', `出生年份须在${min}年至${max}年之间`);
    }
    const communityId = ctx.actor.communityId;
    const volunteer = await this.uow.run(async (em) => {
      const found = communityId === null ? undefined : (await this.roster.read(em, [communityId])).find((v) => v.userId === userId);
      if (!found) throw notFound('VOLUNTEER_NOT_FOUND', '找不到该志愿者');
      await em.save(em.create(VolunteerBirthYear, { userId, birthYear: input.birthYear, recordedById: ctx.userId, recordedAt: now }));
      return { ...found, birthYear: input.birthYear };
    });
    return this.present(ctx, volunteer);
  }

  // ---- helpers ----

  /** The communities asked for: one of the caller's scope (outside it, 404), or all of it. */
  private async communitiesFor(ctx: RequestContext, communityId: number | undefined): Promise<Community[]> {
    const visible: Communities = await this.scopes.communityIds(ctx.actor);
    if (communityId !== undefined) {
      const community = visible === 'all' || visible.includes(communityId) ? await this.dataSource.manager.findOneBy(Community, { id: communityId }) : null;
      if (!community) throw notFound('COMMUNITY_NOT_FOUND', '社区不存在');
      return [community];
    }
    if (visible !== 'all' && visible.length === 0) return [];
    return this.dataSource.manager.find(Community, { where: visible === 'all' ? {} : { id: In([...visible]) }, order: { id: 'ASC' } });
  }

  private count(communityId: number, communityName: string, team: Volunteer[], year: number, since: Date, now: Date): VolunteerTeamCounts {
    const active = team.filter((v) => v.activeKinds.length > 0);
    const kindCounts = (kind: VolunteerKind): VolunteerKindCounts => ({
      total: team.filter((v) => v.kinds.includes(kind)).length,
      active: team.filter((v) => v.activeKinds.includes(kind)).length,
    });
    return {
      communityId,
      communityName,
      total: team.length,
      active: active.length,
      byKind: Object.fromEntries(VOLUNTEER_KINDS.map((k) => [k, kindCounts(k)])) as Record<VolunteerKind, VolunteerKindCounts>,
      trainedLast12Months: active.filter((v) => v.trainings.some((d) => d >= since && d <= now)).length,
      ageBands: tallyAgeBands(
        active.map((v) => v.birthYear),
        year,
      ),
    };
  }

  private present(ctx: RequestContext, v: Volunteer): VolunteerInfo {
    const phone = v.phoneEncrypted ? this.phones.decrypt(v.phoneEncrypted) : null;
    const ownStaff = isCommunityStaff(ctx.role) && ctx.actor.communityId === v.communityId;
    const now = this.clock.now();
    return {
      userId: v.userId,
      name: v.name,
      communityId: v.communityId,
      kinds: v.kinds,
      active: v.activeKinds.length > 0,
      phone: phone === null || ownStaff ? phone : maskPhone(phone),
      birthYear: v.birthYear,
      ageBand: ageBandOf(v.birthYear, yearAt(now)),
      workUnit: v.workUnit,
      partyOrganisation: v.partyOrganisation,
      joinedAt: v.joinedAt.toISOString(),
      lastTrainedAt: v.trainings.find((d) => d <= now)?.toISOString() ?? null,
    };
  }
}

/** The communities' counts added up (a person serving two communities counts in each). */
function sum(all: VolunteerTeamCounts[]): VolunteerTeamCounts {
  const add = (pick: (c: VolunteerTeamCounts) => number) => all.reduce((n, c) => n + pick(c), 0);
  return {
    communityId: null,
    communityName: '合计',
    total: add((c) => c.total),
    active: add((c) => c.active),
    byKind: Object.fromEntries(VOLUNTEER_KINDS.map((k) => [k, { total: add((c) => c.byKind[k].total), active: add((c) => c.byKind[k].active) }])) as Record<
      VolunteerKind,
      VolunteerKindCounts
    >,
    trainedLast12Months: add((c) => c.trainedLast12Months),
    ageBands: addAgeBands(...all.map((c) => c.ageBands)),
  };
}
