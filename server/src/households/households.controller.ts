import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { HouseholdInfo, MyHousehold, ResidentHousehold } from '@lingjuli/shared';
import { Allow } from '../auth/access.decorators';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { ParseIdPipe } from '../common/validation/ids';
import { ResidentHouseholdQueryDto, StateHouseholdDto } from './dto/households.dto';
import { HouseholdsService } from './households.service';

/** Her own household: stated once, read back (null until stated). */
@ApiTags('households')
@ApiBearerAuth()
@Controller('me/household')
export class MyHouseholdController {
  constructor(private readonly households: HouseholdsService) {}

  @Allow('household.state')
  @Get()
  async mine(@Ctx() ctx: RequestContext): Promise<MyHousehold> {
    return { household: await this.households.mine(ctx) };
  }

  @Allow('household.state')
  @Put()
  state(@Ctx() ctx: RequestContext, @Body() body: StateHouseholdDto): Promise<HouseholdInfo> {
    return this.households.state(ctx, body);
  }
}

/** The community's staff verify the households residents stated, or reset one when she moves. */
@ApiTags('households')
@ApiBearerAuth()
@Controller('households')
export class HouseholdsController {
  constructor(private readonly households: HouseholdsService) {}

  @Allow('household.review')
  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: ResidentHouseholdQueryDto): Promise<ResidentHousehold[]> {
    return this.households.list(ctx, query);
  }

  @Allow('household.review')
  @Post(':userId/verify')
  @HttpCode(200)
  verify(@Ctx() ctx: RequestContext, @Param('userId', ParseIdPipe) userId: number): Promise<ResidentHousehold> {
    return this.households.verify(ctx, userId);
  }

  @Allow('household.review')
  @Delete(':userId')
  @HttpCode(204)
  reset(@Ctx() ctx: RequestContext, @Param('userId', ParseIdPipe) userId: number): Promise<void> {
    return this.households.reset(ctx, userId);
  }
}
