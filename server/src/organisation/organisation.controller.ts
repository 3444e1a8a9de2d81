import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { BuildingLanding, BuildingSummary, CommunitySummary, DepartmentSummary, GridSummary, WarmHeartCard } from '@lingjuli/shared';
import { Allow, Authenticated, Public } from '../auth/access.decorators';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { ParseIdPipe } from '../common/validation/ids';
import { UpdateWarmHeartCardDto } from './dto/card.dto';
import { CreateBuildingDto, CreateCommunityDto, CreateDepartmentDto } from './dto/organisation.dto';
import { OrganisationService } from './organisation.service';

@ApiTags('organisation')
@Controller()
export class OrganisationController {
  constructor(private readonly organisation: OrganisationService) {}

  @Public()
  @Get('communities')
  communities(): Promise<CommunitySummary[]> {
    return this.organisation.listCommunities();
  }

  /** The warm-heart card (民情暖心卡): window, hotline, staff and the city service lines. Public. */
  @Public()
  @Get('communities/:id/card')
  card(@Param('id', ParseIdPipe) id: number): Promise<WarmHeartCard> {
    return this.organisation.card(id);
  }

  @ApiBearerAuth()
  @Allow('card.edit')
  @Put('communities/:id/card')
  updateCard(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: UpdateWarmHeartCardDto): Promise<WarmHeartCard> {
    return this.organisation.updateCard(ctx, id, body);
  }

  @Public()
  @Get('communities/:id/buildings')
  buildings(@Param('id', ParseIdPipe) id: number): Promise<BuildingSummary[]> {
    return this.organisation.listBuildings(id);
  }

  /** Where a stairwell QR code lands. */
  @Public()
  @Get('buildings/by-code/:code')
  landing(@Param('code') code: string): Promise<BuildingLanding> {
    return this.organisation.landing(code);
  }

  @ApiBearerAuth()
  @Authenticated()
  @Get('departments')
  departments(): Promise<DepartmentSummary[]> {
    return this.organisation.listDepartments();
  }

  @ApiBearerAuth()
  @Authenticated()
  @Get('grids')
  grids(): Promise<GridSummary[]> {
    return this.organisation.listGrids();
  }

  @ApiBearerAuth()
  @Allow('org.manage')
  @Post('communities')
  createCommunity(@Body() body: CreateCommunityDto): Promise<CommunitySummary> {
    return this.organisation.createCommunity(body);
  }

  @ApiBearerAuth()
  @Allow('org.manage')
  @Post('buildings')
  createBuilding(@Body() body: CreateBuildingDto): Promise<BuildingSummary> {
    return this.organisation.createBuilding(body);
  }

  @ApiBearerAuth()
  @Allow('org.manage')
  @Post('departments')
  createDepartment(@Body() body: CreateDepartmentDto): Promise<DepartmentSummary> {
    return this.organisation.createDepartment(body);
  }
}
