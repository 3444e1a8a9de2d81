import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ROLE_SCOPE, type CurrentUser, type StaffAccount } from '@lingjuli/shared';
import { In, IsNull, Not, Repository, type FindOptionsWhere } from 'typeorm';
import { LoginAttempts } from '../auth/login-attempts.service';
import { PasswordHasher } from '../auth/password-hasher';
import { ActiveUsers } from '../auth/active-users.service';
import { ScopeService } from '../access/scope.service';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { conflict, invalidField, notFound } from '../common/errors/app-error';
import { PhoneCipher } from '../common/privacy/phone-cipher';
import { UnitOfWork } from '../database/unit-of-work';
import { isUniqueViolation } from '../database/db-errors';
import { AppealErasure } from '../appeals/appeal-erasure.service';
import { InboxMessage } from '../notifications/inbox-message.entity';
import { NotificationOutbox } from '../notifications/notification-outbox.entity';
import { UploadsService } from '../uploads/uploads.service';
import { Community } from '../organisation/community.entity';
import { Department } from '../organisation/department.entity';
import { EventBus } from '../events/event-bus';
import { Grid } from '../organisation/grid.entity';
import type { CreateUserDto, ListUsersQuery } from './dto/users.dto';
import { User } from './user.entity';
import { toCurrentUser, toStaffAccount } from './user.mapper';
import './user-events';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Community) private readonly communities: Repository<Community>,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly phones: PhoneCipher,
    private readonly scope: ScopeService,
    private readonly activeUsers: ActiveUsers,
    private readonly hasher: PasswordHasher,
    private readonly loginAttempts: LoginAttempts,
    private readonly appealErasure: AppealErasure,
    private readonly uploads: UploadsService,
    private readonly events: EventBus,
  ) {}

  /** Colleagues and liaisons the caller may pick from (e.g. to assign a handler), within her scope. */
  async list(ctx: RequestContext, query: ListUsersQuery): Promise<StaffAccount[]> {
    const base: FindOptionsWhere<User> = { active: true, role: query.role ?? Not('resident') };
    if (query.locked !== undefined) base.lockedAt = query.locked ? Not(IsNull()) : IsNull();
    let where: FindOptionsWhere<User>[] = [base];
    if (ROLE_SCOPE[ctx.role] === 'department') {
      base.departmentId = ctx.actor.departmentId ?? -1;
    } else {
      const visible = await this.scope.communityIds(ctx.actor);
      const wanted = query.communityId;
      // A community filter narrows the scope; it never widens it.
      if (visible !== 'all' && wanted !== undefined && !visible.includes(wanted)) return [];
      const communities = wanted !== undefined ? [wanted] : visible;
      if (communities !== 'all') {
        base.communityId = In(communities);
        // Grid secretaries belong to a grid, not a community: those over these communities are colleagues
        // too (the community consults one before escalating).
        if (!query.role || query.role === 'gridSecretary') {
          const { communityId: _inCommunities, ...anyCommunity } = base;
          where = [base, { ...anyCommunity, role: 'gridSecretary', gridId: In(await this.scope.gridIdsOf(communities)) }];
        }
      }
    }
    const users = await this.users.find({ where, order: { role: 'ASC', id: 'ASC' } });
    return users.map(toStaffAccount);
  }

  async create(input: CreateUserDto): Promise<CurrentUser> {
    await this.checkScope(input);
    const user = this.users.create({
      role: input.role,
      displayName: input.displayName,
      title: input.title ?? '',
      username: input.username,
      passwordHash: await this.hasher.hash(input.password),
      phoneEncrypted: input.phone ? this.phones.encrypt(input.phone) : null,
      communityId: input.communityId ?? null,
      gridId: input.gridId ?? null,
      departmentId: input.departmentId ?? null,
      active: true,
      createdAt: this.clock.now(),
    });
    try {
      return toCurrentUser(await this.users.save(user));
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('USERNAME_TAKEN', '用户名已被使用');
      throw error;
    }
  }

  async deactivate(id: number): Promise<void> {
    const result = await this.users.update({ id, role: Not('resident') }, { active: false });
    if (!result.affected) throw notFound('USER_NOT_FOUND', '找不到该用户');
    this.activeUsers.forget(id);
  }

  /** Clears the wrong-password count and the lock (LoginAttempts). A secretary reaches only her community's staff. */
  async unlock(ctx: RequestContext, id: number): Promise<StaffAccount> {
    return this.uow.run(async (em) => {
      const user = await em.findOneBy(User, { id, role: Not('resident') });
      const reachable = ctx.role === 'streetAdmin' || (user?.role === 'communityStaff' && user.communityId === ctx.actor.communityId);
      if (!user?.passwordHash || !reachable) throw notFound('USER_NOT_FOUND', '找不到该用户');
      await this.loginAttempts.clear(em, id);
      return toStaffAccount({ ...user, failedLogins: 0, loginRetryAt: null, lockedAt: null });
    });
  }

  /**
   * A resident erases her personal data (PIPL), in one transaction: her account is closed and keeps
   * nothing of her; her appeals lose everything that was hers (AppealErasure); her photos, inbox and
   * pending messages go. The photo files are deleted once that is committed.
   */
  async eraseResident(ctx: RequestContext): Promise<void> {
    const files = await this.uow.run(async (em) => {
      const now = this.clock.now();
      const appealIds = await this.appealErasure.eraseResident(em, ctx.userId, now);
      const keys = await this.uploads.removeForErasure(em, ctx.userId, appealIds);
      await em.delete(InboxMessage, { recipientId: ctx.userId });
      await em.delete(NotificationOutbox, { recipientId: ctx.userId });
      // Her household, her volunteer applications…: each feature that holds something of hers takes it out.
      await this.events.publish(em, { type: 'ResidentErased', userId: ctx.userId, at: now });
      await em.update(
        User,
        { id: ctx.userId },
        { displayName: '已注销用户', wechatOpenId: null, noticeOpenId: null, phoneEncrypted: null, communityId: null, active: false },
      );
      return keys;
    });
    this.activeUsers.forget(ctx.userId);
    await this.uploads.deleteFiles(files);
  }

  /** Each staff role is scoped to exactly one community, grid, department, or the street. */
  private async checkScope(input: CreateUserDto): Promise<void> {
    const scope = ROLE_SCOPE[input.role];
    const given = { community: input.communityId, grid: input.gridId, department: input.departmentId };
    for (const [kind, value] of Object.entries(given)) {
      if (kind === scope && value === undefined) throw invalidField(`${kind}Id`, '该角色必须指定所属范围');
      if (kind !== scope && value !== undefined) throw invalidField(`${kind}Id`, '该角色不属于此范围');
    }
    const exists =
      scope === 'community'
        ? await this.communities.existsBy({ id: input.communityId })
        : scope === 'grid'
          ? await this.users.manager.existsBy(Grid, { id: input.gridId })
          : scope === 'department'
            ? await this.users.manager.existsBy(Department, { id: input.departmentId })
            : true;
    if (!exists) throw invalidField(`${scope}Id`, '所属范围不存在');
  }
}
