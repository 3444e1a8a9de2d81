import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { VisitTaskInfo } from '@lingjuli/shared';
import type { Response } from 'express';
import { Allow } from '../auth/access.decorators';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { ParseIdPipe } from '../common/validation/ids';
import { CompleteVisitTaskDto, CreateVisitTaskDto, ListVisitTasksQuery } from './dto/visit-tasks.dto';
import { VisitTasksService } from './visit-tasks.service';

/** Liaison visits to hot spots (未诉即办). */
@ApiTags('visit tasks')
@ApiBearerAuth()
@Controller('visit-tasks')
export class VisitTasksController {
  constructor(private readonly tasks: VisitTasksService) {}

  /** 201 with the new task; 200 with the one already open for the building and category. */
  @Allow('visitTask.create')
  @Post()
  async open(@Ctx() ctx: RequestContext, @Body() body: CreateVisitTaskDto, @Res({ passthrough: true }) res: Response): Promise<VisitTaskInfo> {
    const { task, created } = await this.tasks.open(ctx, body);
    res.status(created ? 201 : 200);
    return task;
  }

  @Allow('visitTask.read')
  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: ListVisitTasksQuery): Promise<VisitTaskInfo[]> {
    return this.tasks.list(ctx, query);
  }

  @Allow('visitTask.complete')
  @Post(':id/done')
  complete(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: CompleteVisitTaskDto): Promise<VisitTaskInfo> {
    return this.tasks.complete(ctx, id, body);
  }
}
