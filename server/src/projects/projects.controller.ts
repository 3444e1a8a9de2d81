import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { ProjectInfo } from '@lingjuli/shared';
import { Allow } from '../auth/access.decorators';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { ParseIdPipe } from '../common/validation/ids';
import { GiveOpinionDto, ListProjectsQuery, RegisterProjectDto } from './dto/projects.dto';
import { ProjectsService } from './projects.service';

/** 建议权: street projects that need the community's opinion before they start. */
@ApiTags('projects')
@ApiBearerAuth()
@Controller('projects')
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  /** Register a project in a community's area; its secretary and staff are asked for their opinion. */
  @Allow('project.register')
  @Post()
  register(@Ctx() ctx: RequestContext, @Body() body: RegisterProjectDto): Promise<ProjectInfo> {
    return this.projects.register(ctx, body);
  }

  @Allow('project.read')
  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: ListProjectsQuery): Promise<ProjectInfo[]> {
    return this.projects.list(ctx, query);
  }

  @Allow('project.read')
  @Get(':id')
  get(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number): Promise<ProjectInfo> {
    return this.projects.get(ctx, id);
  }

  /** The community's opinion (agree / agree with conditions / object, with its reasons), once. */
  @Allow('project.opinion')
  @Post(':id/opinion')
  @HttpCode(200)
  giveOpinion(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: GiveOpinionDto): Promise<ProjectInfo> {
    return this.projects.giveOpinion(ctx, id, body);
  }

  /** Mark the project started: 409 until the community has given its opinion. */
  @Allow('project.start')
  @Post(':id/start')
  @HttpCode(200)
  start(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number): Promise<ProjectInfo> {
    return this.projects.start(ctx, id);
  }
}
