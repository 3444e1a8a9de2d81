import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { IssuedOpen311Client, Open311ClientInfo } from '@lingjuli/shared';
import { Allow } from '../auth/access.decorators';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { ParseIdPipe } from '../common/validation/ids';
import { IssueOpen311ClientDto } from './dto/open311-clients.dto';
import { Open311ClientsService } from './open311-clients.service';

/** The street admin's Open311 keys (docs/integration.md, "Authentication"). */
@ApiTags('open311')
@ApiBearerAuth()
@Controller('open311/clients')
export class Open311ClientsController {
  constructor(private readonly clients: Open311ClientsService) {}

  /** Issues a key: the answer is the only time it is shown. */
  @Allow('open311.manage')
  @Post()
  issue(@Ctx() ctx: RequestContext, @Body() body: IssueOpen311ClientDto): Promise<IssuedOpen311Client> {
    return this.clients.issue(ctx, body);
  }

  /** Every key, revoked ones included, without the keys themselves. */
  @Allow('open311.manage')
  @Get()
  list(): Promise<Open311ClientInfo[]> {
    return this.clients.list();
  }

  /** Revokes a key at once (the client and the appeals it filed stay on record). */
  @Allow('open311.manage')
  @Delete(':id')
  revoke(@Param('id', ParseIdPipe) id: number): Promise<Open311ClientInfo> {
    return this.clients.revoke(id);
  }
}
