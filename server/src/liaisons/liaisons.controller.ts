import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { LiaisonInfo, LiaisonRecord } from '@lingjuli/shared';
import { Allow } from '../auth/access.decorators';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { ParseIdPipe } from '../common/validation/ids';
import { ListLiaisonsQuery, RegisterLiaisonDto, TrainingDto, UpdateLiaisonDto } from './dto/liaisons.dto';
import { LiaisonsService } from './liaisons.service';

/** The liaison registry (民情专员): read within the caller's scope, kept by her community's staff. */
@ApiTags('liaisons')
@ApiBearerAuth()
@Controller('liaisons')
export class LiaisonsController {
  constructor(private readonly liaisons: LiaisonsService) {}

  /** Liaisons in the caller's scope (her community, the grid's, or the street's), with their counts and trainings. */
  @Allow('liaison.registry')
  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: ListLiaisonsQuery): Promise<LiaisonInfo[]> {
    return this.liaisons.list(ctx, query);
  }

  @Allow('liaison.registry')
  @Get(':userId')
  get(@Ctx() ctx: RequestContext, @Param('userId', ParseIdPipe) userId: number): Promise<LiaisonInfo> {
    return this.liaisons.get(ctx, userId);
  }

  /** Registers a liaison in the caller's community (her account and registry entry). */
  @Allow('liaison.manage')
  @Post()
  register(@Ctx() ctx: RequestContext, @Body() body: RegisterLiaisonDto): Promise<LiaisonInfo> {
    return this.liaisons.register(ctx, body);
  }

  @Allow('liaison.manage')
  @Put(':userId')
  update(@Ctx() ctx: RequestContext, @Param('userId', ParseIdPipe) userId: number, @Body() body: UpdateLiaisonDto): Promise<LiaisonInfo> {
    return this.liaisons.update(ctx, userId, body);
  }

  @Allow('liaison.manage')
  @Post(':userId/trainings')
  addTraining(@Ctx() ctx: RequestContext, @Param('userId', ParseIdPipe) userId: number, @Body() body: TrainingDto): Promise<LiaisonInfo> {
    return this.liaisons.addTraining(ctx, userId, body);
  }
}

/** A liaison's own record of reports and visits (her "我的记录"). */
@ApiTags('liaisons')
@ApiBearerAuth()
@Controller('me')
export class MyRecordController {
  constructor(private readonly liaisons: LiaisonsService) {}

  @Allow('liaison.record')
  @Get('record')
  record(@Ctx() ctx: RequestContext): Promise<LiaisonRecord> {
    return this.liaisons.record(ctx);
  }
}
