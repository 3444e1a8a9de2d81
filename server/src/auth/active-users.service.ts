import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { TtlCache } from '../common/cache/ttl-cache';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { User } from '../users/user.entity';

/**
 * The active user behind a session token, re-read at most every AUTH_CACHE_MS (default 5 s) rather
 * than on every request. Closing an account takes effect at once in the process that closed it and
 * within that time in the others.
 */
@Injectable()
export class ActiveUsers {
  private readonly cache: TtlCache<number, User>;

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.cache = new TtlCache(config.authCacheMs);
  }

  find(id: number): Promise<User | null> {
    return this.cache.getOrLoad(id, () => this.users.findOneBy({ id, active: true }));
  }

  forget(id: number): void {
    this.cache.delete(id);
  }
}
