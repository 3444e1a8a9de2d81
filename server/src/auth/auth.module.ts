import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Community } from '../organisation/community.entity';
import { User } from '../users/user.entity';
import { WechatModule } from '../wechat/wechat.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { ScopeService } from './scope.service';
import { TokenService } from './token.service';

/** Global so every feature module can use the scope and token services. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([User, Community]),
    WechatModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.authSecret, signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, TokenService, ScopeService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [TokenService, ScopeService],
})
export class AuthModule {}
