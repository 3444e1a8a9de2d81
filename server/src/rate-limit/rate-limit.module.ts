import { Global, Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { DatabaseThrottlerStorage } from './database-throttler.storage';
import { RateLimitGuard, THROTTLER_OPTIONS } from './rate-limits';

/** The counters' storage, for the throttler module's factory to inject. */
@Module({ providers: [DatabaseThrottlerStorage], exports: [DatabaseThrottlerStorage] })
class RateLimitStorageModule {}

/** Request throttles (`@RateLimited`), counted in the database. */
@Global()
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      imports: [RateLimitStorageModule],
      inject: [DatabaseThrottlerStorage],
      useFactory: (storage: DatabaseThrottlerStorage) => ({ throttlers: THROTTLER_OPTIONS, storage, setHeaders: false }),
    }),
  ],
  providers: [RateLimitGuard],
  exports: [ThrottlerModule, RateLimitGuard],
})
export class RateLimitModule {}
