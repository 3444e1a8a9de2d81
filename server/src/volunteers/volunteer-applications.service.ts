import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ageBandOf,
  birthYearRange,
  hasPermission,
  isCommunityStaff,
  isValidBirthYear,
  yearAt,
  type LiaisonDuty,
  type VolunteerApplicationAction,
  type VolunteerApplicationInfo,
} from '@lingjuli/shared';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { conflict, invalidField } from '../common/errors/app-error';
import { PhoneCipher, maskPhone } from '../common/privacy/phone-cipher';
import { isUniqueViolation } from '../database/db-errors';
import { UnitOfWork } from '../database/unit-of-work';
import { EventBus } from '../events/event-bus';
import { LiaisonsService } from '../liaisons/liaisons.service';
import { Community } from '../organisation/community.entity';
import { User } from '../users/user.entity';
import type {
  AcceptVolunteerApplicationDto,
  DeclineVolunteerApplicationDto,
  ListVolunteerApplicationsDto,
  VolunteerApplicationDto,
} from './dto/volunteers.dto';
import { PartyMemberRegistration } from './party-member-registration.entity';
import { VolunteerApplication } from './volunteer-application.entity';
import { VolunteerBirthYear } from './volunteer-birth-year.entity';

/** A community's list answers this many at most (the pending queue is short; the history newest first). */
const LIST_LIMIT = 200;
/** A liaison accepted without duties named serves as 居民联系员, like one registered before the registry. */
const DEFAULT_DUTIES: LiaisonDuty[] = ['liaison'];

const pendingAlready = () => conflict('VOLUNTEER_APPLICATION_PENDING', '您已有一份同类申请正在审核，请耐心等待');
const alreadyDecided = () => conflict('VOLUNTEER_APPLICATION_DECIDED', '该申请已处理，不能重复操作');

/**
 * Volunteers join the community (docs/domain.md §9): a resident applies to be a liaison (民情专员) or
 * registers as an in-service party member reporting to it (双报到在职党员); the community's staff
 * accept or decline. Accepting a liaison makes her account a liaison of the community with her
 * registry entry (LiaisonsService.enrol); accepting a party member writes her registration, and she
 * stays a resident. Each step is one transaction with its notice.
 */
@Injectable()
export class VolunteerApplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly access: AccessService,
    private readonly events: EventBus,
    private readonly phones: PhoneCipher,
    private readonly liaisons: LiaisonsService,
  ) {}

  async apply(ctx: RequestContext, input: VolunteerApplicationDto): Promise<VolunteerApplicationInfo> {
    const now = this.clock.now();
    const year = yearAt(now);
    if (!isValidBirthYear(input.birthYear, year)) {
      const { min, max } = birthYearRange(year);
      throw invalidField('birthYear', `出生年份须在${min}年至${max}年之间`);
    }
    const partyMember = input.kind === 'partyMember';
    for (const field of ['workUnit', 'partyOrganisation'] as const) {
      if (partyMember && input[field] === undefined) throw invalidField(field, '双报到在职党员请填写工作单位和所在党组织');
      if (!partyMember && input[field] !== undefined) throw invalidField(field, '仅双报到在职党员填写此项');
    }
    let id: number;
    try {
      id = await this.uow.run(async (em) => {
        if (!(await em.existsBy(Community, { id: input.communityId }))) throw invalidField('communityId', '社区不存在');
        await this.checkNotServing(em, ctx, input.kind);
        if (await em.existsBy(VolunteerApplication, { applicantId: ctx.userId, kind: input.kind, pendingSlot: 1 })) throw pendingAlready();
        const application = await em.save(
          em.create(VolunteerApplication, {
            applicantId: ctx.userId,
            kind: input.kind,
            communityId: input.communityId,
            status: 'pending',
            pendingSlot: 1,
            name: input.name,
            phoneEncrypted: this.phones.encrypt(input.phone),
            birthYear: input.birthYear,
            offers: input.offers,
            times: input.times,
            timesNote: input.timesNote ?? null,
            workUnit: input.workUnit ?? null,
            partyOrganisation: input.partyOrganisation ?? null,
            appliedAt: now,
            decidedById: null,
            decidedAt: null,
            declineReason: null,
          }),
        );
        // The community's staff are told (notifications/volunteer-notices.ts).
        await this.events.publish(em, { type: 'VolunteerApplied', application, at: now });
        return application.id;
      });
    } catch (error) {
      // Two applications racing: the pending slot's unique key lets one through.
      if (isUniqueViolation(error)) throw pendingAlready();
      throw error;
    }
    return this.get(ctx, id);
  }

  /** The caller's own applications, newest first. */
  async mine(ctx: RequestContext): Promise<VolunteerApplicationInfo[]> {
    const rows = await this.query()
      .where('application.applicantId = :me', { me: ctx.userId })
      .orderBy('application.appliedAt', 'DESC')
      .addOrderBy('application.id', 'DESC')
      .take(LIST_LIMIT)
      .getMany();
    return rows.map((a) => this.present(ctx, a));
  }

  /** The applications to the caller's community: the pending ones oldest first (a queue), the others newest first. */
  async list(ctx: RequestContext, query: ListVolunteerApplicationsDto): Promise<VolunteerApplicationInfo[]> {
    const qb = await this.access.scope(ctx, 'volunteerApplication', this.query());
    if (query.status) qb.andWhere('application.status = :status', { status: query.status });
    if (query.kind) qb.andWhere('application.kind = :kind', { kind: query.kind });
    const direction = query.status === 'pending' ? 'ASC' : 'DESC';
    const rows = await qb.orderBy('application.appliedAt', direction).addOrderBy('application.id', direction).take(LIST_LIMIT).getMany();
    return rows.map((a) => this.present(ctx, a));
  }

  async get(ctx: RequestContext, id: number): Promise<VolunteerApplicationInfo> {
    const qb = await this.access.scope(ctx, 'volunteerApplication', this.query().where('application.id = :id', { id }));
    const application = await qb.getOne();
    if (!application) throw this.access.notFound('volunteerApplication');
    return this.present(ctx, application);
  }

  /**
   * The community takes her on: a liaison becomes one (her account, the registry entry), a party member
   * is registered (双报到). Her birth year goes to the team's age mix. Another community's application is 404.
   */
  async accept(ctx: RequestContext, id: number, input: AcceptVolunteerApplicationDto): Promise<VolunteerApplicationInfo> {
    let applicantId: number | null = null;
    await this.uow.run(async (em) => {
      const application = await this.findPending(em, ctx, id);
      if (application.kind !== 'liaison' && input.duties !== undefined) throw invalidField('duties', '双报到在职党员不设民情专员职责');
      const applicant = await em.findOne(User, { where: { id: application.applicantId }, lock: this.uow.writeLock });
      if (!applicant?.active) throw conflict('APPLICANT_ACCOUNT_CLOSED', '申请人账号已注销，无法通过');
      const now = this.clock.now();
      if (application.kind === 'liaison') {
        if (applicant.role !== 'resident') throw conflict('ALREADY_VOLUNTEER', '申请人已是民情专员或社区工作人员');
        await this.liaisons.enrol(
          em,
          applicant.id,
          { communityId: application.communityId, name: application.name, phoneEncrypted: application.phoneEncrypted, duties: input.duties ?? DEFAULT_DUTIES },
          now,
        );
      } else {
        await this.register(em, application, now);
      }
      await this.recordBirthYear(em, applicant.id, application.birthYear, ctx.userId, now);
      Object.assign(application, { status: 'accepted', pendingSlot: null, decidedById: ctx.userId, decidedAt: now });
      await em.save(application);
      // She is told (notifications/volunteer-notices.ts).
      await this.events.publish(em, { type: 'VolunteerApplicationDecided', application, at: now });
      applicantId = applicant.id;
    });
    // Her role changed: her next request acts as a liaison at once in this process.
    if (applicantId !== null) this.liaisons.forgetAccount(applicantId);
    return this.get(ctx, id);
  }

  async decline(ctx: RequestContext, id: number, input: DeclineVolunteerApplicationDto): Promise<VolunteerApplicationInfo> {
    await this.uow.run(async (em) => {
      const application = await this.findPending(em, ctx, id);
      const now = this.clock.now();
      Object.assign(application, { status: 'declined', pendingSlot: null, decidedById: ctx.userId, decidedAt: now, declineReason: input.reason });
      await em.save(application);
      await this.events.publish(em, { type: 'VolunteerApplicationDecided', application, at: now });
    });
    return this.get(ctx, id);
  }

  /** The applicant takes back her pending application (she may then apply again). */
  async withdraw(ctx: RequestContext, id: number): Promise<VolunteerApplicationInfo> {
    await this.uow.run(async (em) => {
      const application = await this.access.findVisible(ctx, 'volunteerApplication', id, em);
      if (application.status !== 'pending') throw alreadyDecided();
      Object.assign(application, { status: 'withdrawn', pendingSlot: null, decidedById: ctx.userId, decidedAt: this.clock.now() });
      await em.save(application);
    });
    return this.get(ctx, id);
  }

  // ---- helpers ----

  /** 409 if she already serves in the kind she applies for. */
  private async checkNotServing(em: EntityManager, ctx: RequestContext, kind: VolunteerApplication['kind']): Promise<void> {
    if (kind === 'liaison' && ctx.role === 'liaison') throw conflict('ALREADY_VOLUNTEER', '您已是民情专员');
    if (kind === 'partyMember' && (await em.existsBy(PartyMemberRegistration, { userId: ctx.userId, active: true }))) {
      throw conflict('ALREADY_VOLUNTEER', '您已登记为双报到在职党员');
    }
  }

  /** The application, locked, if it is the caller's community's and still pending. */
  private async findPending(em: EntityManager, ctx: RequestContext, id: number): Promise<VolunteerApplication> {
    const application = await this.access.findVisible(ctx, 'volunteerApplication', id, em);
    if (application.status !== 'pending') throw alreadyDecided();
    return application;
  }

  /** Her 双报到 registration: one per person (an inactive earlier one is taken over). */
  private async register(em: EntityManager, application: VolunteerApplication, now: Date): Promise<void> {
    const existing = await em.findOne(PartyMemberRegistration, { where: { userId: application.applicantId }, lock: this.uow.writeLock });
    if (existing?.active) throw conflict('ALREADY_VOLUNTEER', '申请人已登记为双报到在职党员');
    await em.save(
      Object.assign(existing ?? em.create(PartyMemberRegistration, { userId: application.applicantId }), {
        communityId: application.communityId,
        applicationId: application.id,
        name: application.name,
        phoneEncrypted: application.phoneEncrypted,
        workUnit: application.workUnit ?? '',
        partyOrganisation: application.partyOrganisation ?? '',
        registeredAt: now,
        active: true,
      }),
    );
  }

  private async recordBirthYear(em: EntityManager, userId: number, birthYear: number, byId: number, now: Date): Promise<void> {
    await em.save(em.create(VolunteerBirthYear, { userId, birthYear, recordedById: byId, recordedAt: now }));
  }

  private query(): SelectQueryBuilder<VolunteerApplication> {
    return this.dataSource
      .getRepository(VolunteerApplication)
      .createQueryBuilder('application')
      .innerJoinAndSelect('application.community', 'community')
      .leftJoinAndSelect('application.decidedBy', 'decidedBy');
  }

  private present(ctx: RequestContext, a: VolunteerApplication): VolunteerApplicationInfo {
    const phone = this.phones.decrypt(a.phoneEncrypted);
    const ownStaff = isCommunityStaff(ctx.role) && ctx.actor.communityId === a.communityId;
    const actions: VolunteerApplicationAction[] = [];
    if (a.status === 'pending') {
      if (ownStaff && hasPermission(ctx.role, 'volunteerApplication.review')) actions.push('accept', 'decline');
      if (a.applicantId === ctx.userId) actions.push('withdraw');
    }
    return {
      id: a.id,
      kind: a.kind,
      status: a.status,
      applicantId: a.applicantId,
      communityId: a.communityId,
      communityName: a.community?.name ?? '',
      name: a.name,
      phone: ownStaff ? phone : maskPhone(phone),
      birthYear: a.birthYear,
      ageBand: ageBandOf(a.birthYear, yearAt(this.clock.now())),
      offers: a.offers,
      times: a.times,
      timesNote: a.timesNote,
      workUnit: a.workUnit,
      partyOrganisation: a.partyOrganisation,
      appliedAt: a.appliedAt.toISOString(),
      decidedAt: a.decidedAt?.toISOString() ?? null,
      decidedBy: a.decidedBy ? { id: a.decidedBy.id, name: a.decidedBy.displayName, role: a.decidedBy.role } : null,
      declineReason: a.declineReason,
      actions,
    };
  }
}
