import { createSecretKey } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { User } from '../users/user.entity';
import { WechatModule } from '../wechat/wechat.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { ActiveUsers } from './active-users.service';
import { AuthService } from './auth.service';
import { LoginAttempts } from './login-attempts.service';
import { PasswordHasher } from './password-hasher';
import { TokenService } from './token.service';

/** Global so every feature module can use the token and account services. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([User]),
    WechatModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      // A KeyObject rather than a string: jsonwebtoken otherwise tries to parse the secret as a public key on every verify.
      useFactory: (config: AppConfig) => ({
        secret: createSecretKey(Buffer.from(config.authSecret)) as unknown as Buffer,
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, TokenService, ActiveUsers, PasswordHasher, LoginAttempts, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [TokenService, ActiveUsers, PasswordHasher, LoginAttempts],
})
export class AuthModule {}
