import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Building } from '../organisation/building.entity';
import { Community } from '../organisation/community.entity';
import { WechatModule } from '../wechat/wechat.module';
import { PostersController } from './posters.controller';
import { PostersService } from './posters.service';

@Module({
  imports: [TypeOrmModule.forFeature([Building, Community]), WechatModule],
  controllers: [PostersController],
  providers: [PostersService],
  exports: [PostersService],
})
export class PostersModule {}
