import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AppealCoordination, TaskForceInfo } from '@lingjuli/shared';
import { Allow } from '../auth/access.decorators';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { ParseIdPipe } from '../common/validation/ids';
import { FormTaskForceDto, TaskForceNoteDto } from './dto/task-forces.dto';
import { TaskForceQueriesService } from './task-force-queries.service';
import { TaskForcesService } from './task-forces.service';

/** Coordination (统筹协调) and task forces (专班), on an appeal. */
@ApiTags('coordination and task forces')
@ApiBearerAuth()
@Controller('appeals/:id')
export class TaskForcesController {
  constructor(
    private readonly taskForces: TaskForcesService,
    private readonly queries: TaskForceQueriesService,
  ) {}

  /** The appeal's whistles, dispatch assignments and task force together. */
  @Allow('coordination.read')
  @Get('coordination')
  coordination(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number): Promise<AppealCoordination> {
    return this.queries.coordination(ctx, id);
  }

  /** The street forms a task force; the appeal moves to the task-force level. */
  @Allow('taskForce.form')
  @Post('task-force')
  async form(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: FormTaskForceDto): Promise<TaskForceInfo> {
    await this.taskForces.form(ctx, id, body);
    return (await this.queries.forAppeal(id))!;
  }

  /** A member's progress note. */
  @Allow('taskForce.note')
  @Post('task-force/notes')
  async addNote(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: TaskForceNoteDto): Promise<TaskForceInfo> {
    await this.taskForces.addNote(ctx, id, body);
    return (await this.queries.forAppeal(id))!;
  }
}
