import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isCommunityStaff, LIAISON_DUTIES, type LiaisonDuty, type LiaisonInfo, type LiaisonRecord } from '@lingjuli/shared';
import { DataSource, In, IsNull, Not, type EntityManager } from 'typeorm';
import { AppealQueriesService } from '../appeals/appeal-queries.service';
import { ActiveUsers } from '../auth/active-users.service';
import { ScopeService } from '../access/scope.service';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { conflict, forbidden, invalidField, notFound } from '../common/errors/app-error';
import { PhoneCipher, maskPhone } from '../common/privacy/phone-cipher';
import { isUniqueViolation } from '../database/db-errors';
import { UnitOfWork } from '../database/unit-of-work';
import { User } from '../users/user.entity';
import type { ListLiaisonsQuery, RegisterLiaisonDto, TrainingDto, UpdateLiaisonDto } from './dto/liaisons.dto';
import { NO_COUNTS, readLiaisonCounts } from './liaison-counters';
import { LiaisonProfile } from './liaison-profile.entity';
import { TrainingRecord } from './training-record.entity';

/**
 * A liaison without a registry row (an account made before the registry, or by the street admin
 * through POST /users) is still on the registry: a 居民联系员 since her account was created.
 * The row is written the first time her entry is changed.
 */
const DEFAULT_DUTIES: LiaisonDuty[] = ['liaison'];

/** Duties in the registry's own order, so the same set always reads the same. */
const inOrder = (duties: readonly LiaisonDuty[]) => LIAISON_DUTIES.filter((d) => duties.includes(d));

/**
 * The liaison registry (民情专员): who serves each community, in which duties, since when, with the
 * trainings she attended and her work as her counters hold it (LiaisonCounters keeps them with the
 * appeals, in the same transactions), so the registry never reads the ledger. Reading follows the caller's community scope; changes are her own community's.
 */
@Injectable()
export class LiaisonsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly phones: PhoneCipher,
    private readonly scope: ScopeService,
    private readonly activeUsers: ActiveUsers,
    private readonly appeals: AppealQueriesService,
  ) {}

  /**
   * A liaison's own record: what she reported from her rounds (channel liaison), how many of those
   * before anyone complained, and the feedback visits she made — her counters, not a count of her
   * history — and the latest of each.
   */
  async record(ctx: RequestContext): Promise<LiaisonRecord> {
    const [counts, latest] = await Promise.all([readLiaisonCounts(this.dataSource.manager, [ctx.userId]), this.appeals.liaisonLatest(ctx)]);
    const { reports, proactiveReports, visits } = counts.get(ctx.userId) ?? NO_COUNTS;
    return { reports, proactiveReports, visits, ...latest };
  }

  async list(ctx: RequestContext, query: ListLiaisonsQuery): Promise<LiaisonInfo[]> {
    const visible = await this.scope.communityIds(ctx.actor);
    const wanted = query.communityId;
    // A community filter narrows the scope; it never widens it.
    if (visible !== 'all' && wanted !== undefined && !visible.includes(wanted)) return [];
    const communities = wanted !== undefined ? [wanted] : visible;
    if (communities !== 'all' && communities.length === 0) return [];
    const users = await this.dataSource.manager.find(User, {
      where: { role: 'liaison', communityId: communities === 'all' ? Not(IsNull()) : In(communities) },
      order: { communityId: 'ASC', id: 'ASC' },
    });
    return this.present(ctx, users);
  }

  async get(ctx: RequestContext, userId: number): Promise<LiaisonInfo> {
    const user = await this.dataSource.manager.findOneBy(User, { id: userId, role: 'liaison' });
    const visible = await this.scope.communityIds(ctx.actor);
    if (!user || user.communityId === null || (visible !== 'all' && !visible.includes(user.communityId))) throw this.notFound();
    const [info] = await this.present(ctx, [user]);
    return info;
  }

  /** A new liaison of the caller's community: her account and her registry entry, in one transaction. */
  async register(ctx: RequestContext, input: RegisterLiaisonDto): Promise<LiaisonInfo> {
    const communityId = this.ownCommunity(ctx);
    const now = this.clock.now();
    let userId: number;
    try {
      userId = await this.uow.run(async (em) => {
        if (input.username && (await em.existsBy(User, { username: input.username }))) throw this.usernameTaken();
        const user = await em.save(
          em.create(User, {
            role: 'liaison',
            displayName: input.name,
            title: '民情专员',
            username: input.username ?? null,
            // She logs in through WeChat (or the development login by username), never with a password.
            passwordHash: null,
            wechatOpenId: null,
            phoneEncrypted: input.phone ? this.phones.encrypt(input.phone) : null,
            communityId,
            gridId: null,
            departmentId: null,
            active: true,
            createdAt: now,
          }),
        );
        await em.save(em.create(LiaisonProfile, { userId: user.id, communityId, duties: inOrder(input.duties), joinedAt: now, active: true }));
        return user.id;
      });
    } catch (error) {
      // Two registrations racing for the same username: the unique key decides.
      if (isUniqueViolation(error)) throw this.usernameTaken();
      throw error;
    }
    return this.get(ctx, userId);
  }

  /**
   * Makes an existing account (a resident whose application the community accepted) a liaison of the
   * community with her registry entry, in the caller's transaction: the same account, so her WeChat
   * login stays hers. Her real name and phone, as she gave them, become the account's.
   */
  async enrol(
    em: EntityManager,
    userId: number,
    entry: { communityId: number; name: string; phoneEncrypted: string | null; duties: readonly LiaisonDuty[] },
    now: Date,
  ): Promise<void> {
    const { communityId, name, phoneEncrypted, duties } = entry;
    await em.update(
      User,
      { id: userId },
      { role: 'liaison', communityId, displayName: name, title: '民情专员', ...(phoneEncrypted ? { phoneEncrypted } : {}) },
    );
    const profile = await em.findOne(LiaisonProfile, { where: { userId }, lock: this.uow.writeLock });
    await em.save(Object.assign(profile ?? em.create(LiaisonProfile, { userId }), { communityId, duties: inOrder(duties), joinedAt: now, active: true }));
  }

  /** Forgets the cached account after her role changed (enrol), so her next request acts in the new one. */
  forgetAccount(userId: number): void {
    this.activeUsers.forget(userId);
  }

  /** Her duties, or whether she serves: taking her off the registry closes her account too (and reopening restores it). */
  async update(ctx: RequestContext, userId: number, input: UpdateLiaisonDto): Promise<LiaisonInfo> {
    if (input.duties === undefined && input.active === undefined) throw invalidField('duties', '请填写要修改的职责或在册状态');
    await this.uow.run(async (em) => {
      const user = await this.findOwn(em, ctx, userId);
      const profile = (await em.findOne(LiaisonProfile, { where: { userId }, lock: this.uow.writeLock })) ?? this.defaultProfile(em, user);
      if (input.duties) profile.duties = inOrder(input.duties);
      if (input.active !== undefined) {
        profile.active = input.active;
        await em.update(User, { id: userId }, { active: input.active });
      }
      await em.save(profile);
    });
    // A closed account stops at once in this process (the others re-read within AUTH_CACHE_MS).
    this.activeUsers.forget(userId);
    return this.get(ctx, userId);
  }

  async addTraining(ctx: RequestContext, userId: number, input: TrainingDto): Promise<LiaisonInfo> {
    if (!Number.isInteger(input.hours * 2)) throw invalidField('hours', '培训时长须以半小时为单位');
    await this.uow.run(async (em) => {
      await this.findOwn(em, ctx, userId);
      await em.save(
        em.create(TrainingRecord, { liaisonUserId: userId, title: input.title, date: new Date(input.date), hours: input.hours, recordedById: ctx.userId }),
      );
    });
    return this.get(ctx, userId);
  }

  // ---- reading ----

  /** Registry entries for the given liaison accounts: a fixed number of queries however many there are. */
  private async present(ctx: RequestContext, users: User[]): Promise<LiaisonInfo[]> {
    if (users.length === 0) return [];
    const ids = users.map((u) => u.id);
    const em = this.dataSource.manager;
    const [profiles, trainings, counts] = await Promise.all([
      em.findBy(LiaisonProfile, { userId: In(ids) }),
      em.find(TrainingRecord, { where: { liaisonUserId: In(ids) }, order: { date: 'DESC', id: 'DESC' } }),
      readLiaisonCounts(em, ids),
    ]);
    const profileOf = new Map(profiles.map((p) => [p.userId, p]));
    return users.map((user) => {
      const profile = profileOf.get(user.id);
      return {
        userId: user.id,
        name: user.displayName,
        communityId: user.communityId!,
        duties: profile?.duties ?? DEFAULT_DUTIES,
        joinedAt: (profile?.joinedAt ?? user.createdAt).toISOString(),
        active: user.active && (profile?.active ?? true),
        phone: this.phoneFor(ctx, user),
        counts: counts.get(user.id) ?? NO_COUNTS,
        trainings: trainings.filter((t) => t.liaisonUserId === user.id).map((t) => ({ id: t.id, title: t.title, date: t.date.toISOString(), hours: t.hours })),
      };
    });
  }

  /** The full number for her own community's staff, who work with her; masked for the grid and the street. */
  private phoneFor(ctx: RequestContext, user: User): string | null {
    if (!user.phoneEncrypted) return null;
    const phone = this.phones.decrypt(user.phoneEncrypted);
    const ownStaff = isCommunityStaff(ctx.role) && ctx.actor.communityId === user.communityId;
    return ownStaff ? phone : maskPhone(phone);
  }

  // ---- writing ----

  /** A liaison of the caller's own community, locked for the change; anyone else's is "not found". */
  private async findOwn(em: EntityManager, ctx: RequestContext, userId: number): Promise<User> {
    const user = await em.findOne(User, {
      where: { id: userId, role: 'liaison', communityId: this.ownCommunity(ctx) },
      lock: this.uow.writeLock,
    });
    if (!user) throw this.notFound();
    return user;
  }

  private defaultProfile(em: EntityManager, user: User): LiaisonProfile {
    return em.create(LiaisonProfile, {
      userId: user.id,
      communityId: user.communityId!,
      duties: DEFAULT_DUTIES,
      joinedAt: user.createdAt,
      active: user.active,
    });
  }

  private ownCommunity(ctx: RequestContext): number {
    if (ctx.actor.communityId === null) throw forbidden('NO_COMMUNITY', '只有社区工作人员可以管理本社区的民情专员');
    return ctx.actor.communityId;
  }

  private notFound() {
    return notFound('LIAISON_NOT_FOUND', '找不到该民情专员');
  }

  private usernameTaken() {
    return conflict('USERNAME_TAKEN', '用户名已被使用');
  }
}
