import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { ManagementList } from '@lingjuli/shared';
import { Allow } from '../auth/access.decorators';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { ParseIdPipe } from '../common/validation/ids';
import { UpdateManagementListDto } from './dto/management.dto';
import { ManagementService } from './management.service';

/** 管理权: a community's list of management powers and resources. */
@ApiTags('management')
@ApiBearerAuth()
@Controller('communities/:id/management')
export class ManagementController {
  constructor(private readonly management: ManagementService) {}

  @Allow('management.read')
  @Get()
  get(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number): Promise<ManagementList> {
    return this.management.get(ctx, id);
  }

  /** Replace the whole list (at most 50 items). */
  @Allow('management.edit')
  @Put()
  replace(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number, @Body() body: UpdateManagementListDto): Promise<ManagementList> {
    return this.management.replace(ctx, id, body);
  }
}
