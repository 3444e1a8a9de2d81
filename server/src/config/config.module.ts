import { type DynamicModule, Global, Module } from '@nestjs/common';
import { Clock, SystemClock } from '../common/clock/clock';
import { PhoneCipher } from '../common/privacy/phone-cipher';
import { APP_CONFIG, loadConfig, type AppConfig } from './app-config';

export interface ConfigOverrides {
  /** Configuration to use instead of reading the environment. */
  config?: AppConfig;
  /** A clock to use instead of the system clock (tests, and the seed script placing sample history in the past). */
  clock?: Clock;
}

/** Configuration, the clock and the phone cipher: injected everywhere. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(overrides: ConfigOverrides = {}): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: APP_CONFIG, useFactory: () => overrides.config ?? loadConfig() },
        overrides.clock ? { provide: Clock, useValue: overrides.clock } : { provide: Clock, useClass: SystemClock },
        { provide: PhoneCipher, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new PhoneCipher(config.phoneKey) },
      ],
      exports: [APP_CONFIG, Clock, PhoneCipher],
    };
  }
}
