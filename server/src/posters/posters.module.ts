import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Building } from '../organisation/building.entity';
import { OrganisationModule } from '../organisation/organisation.module';
import { WechatModule } from '../wechat/wechat.module';
import { PostersController } from './posters.controller';
import { PostersService } from './posters.service';

@Module({
  imports: [TypeOrmModule.forFeature([Building]), OrganisationModule, WechatModule],
  controllers: [PostersController],
  providers: [PostersService],
  exports: [PostersService],
})
export class PostersModule {}
