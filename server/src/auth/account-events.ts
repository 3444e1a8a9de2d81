import type { User } from '../users/user.entity';

// What happens to an account at login.

/** A staff account was locked after too many wrong passwords. */
export interface AccountLocked {
  type: 'AccountLocked';
  user: User;
  failedLogins: number;
  at: Date;
}

declare module '../events/domain-events' {
  interface DomainEvents {
    AccountLocked: AccountLocked;
  }
}
