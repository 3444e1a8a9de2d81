import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { WaitingForMe } from '@lingjuli/shared';
import { Allow } from '../auth/access.decorators';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { WaitingService } from './waiting.service';

/** The community secretary's landing: what waits for her, with counts. */
@ApiTags('waiting')
@ApiBearerAuth()
@Controller('me')
export class WaitingController {
  constructor(private readonly waiting: WaitingService) {}

  @Allow('waiting.read')
  @Get('waiting')
  forMe(@Ctx() ctx: RequestContext): Promise<WaitingForMe> {
    return this.waiting.forMe(ctx);
  }
}
