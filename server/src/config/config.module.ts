import { Global, Module } from '@nestjs/common';
import { Clock, SystemClock } from '../common/clock/clock';
import { PhoneCipher } from '../common/privacy/phone-cipher';
import { APP_CONFIG, loadConfig, type AppConfig } from './app-config';

/** Configuration, the clock and the phone cipher: injected everywhere, replaced in tests. */
@Global()
@Module({
  providers: [
    { provide: APP_CONFIG, useFactory: () => loadConfig() },
    { provide: Clock, useClass: SystemClock },
    { provide: PhoneCipher, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new PhoneCipher(config.phoneKey) },
  ],
  exports: [APP_CONFIG, Clock, PhoneCipher],
})
export class ConfigModule {}
