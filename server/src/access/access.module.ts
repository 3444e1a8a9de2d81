import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Community } from '../organisation/community.entity';
import { AccessService } from './access.service';
import { ScopeService } from './scope.service';

/**
 * The access layer (docs/architecture.md, "Access"). Global, and it knows no feature: each feature
 * registers the rule of its resources at start-up.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Community])],
  providers: [ScopeService, AccessService],
  exports: [ScopeService, AccessService],
})
export class AccessModule {}
