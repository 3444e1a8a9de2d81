import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../events/event-bus';
import { User } from '../users/user.entity';
import { Notifier } from './notifier.service';

/** Logins: whoever may unlock a locked staff account is told. */
@Injectable()
export class AccountNotices implements OnModuleInit {
  constructor(
    private readonly bus: EventBus,
    private readonly notifier: Notifier,
  ) {}

  onModuleInit(): void {
    // The community's secretary for her staff; the street admins for everyone (the secretary herself included).
    this.bus.on('AccountLocked', async (em, { user, failedLogins, at }) => {
      const secretaries =
        user.role === 'communityStaff' && user.communityId !== null
          ? await em.findBy(User, { role: 'communitySecretary', communityId: user.communityId, active: true })
          : [];
      const admins = await em.findBy(User, { role: 'streetAdmin', active: true });
      await this.notifier.notify(
        em,
        {
          kind: 'accountLocked',
          occasion: `u${user.id}:${at.toISOString()}`,
          about: { type: 'staffAccount', id: user.id },
          recipientIds: [...secretaries, ...admins].map((u) => u.id).filter((id) => id !== user.id),
          params: { displayName: user.displayName, username: user.username, failedLogins },
        },
        at,
      );
    });
  }
}
