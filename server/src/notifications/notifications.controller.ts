import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { InboxMessage } from '@lingjuli/shared';
import { Authenticated } from '../auth/access.decorators';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { ParseIdPipe } from '../common/validation/ids';
import { InboxQuery } from './inbox.query';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  /** The caller's inbox, newest first (deadline warnings, breaches, supervision, progress reminders). */
  @Authenticated()
  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: InboxQuery): Promise<InboxMessage[]> {
    return this.notifications.list(ctx, query.unread ?? false);
  }

  @Authenticated()
  @Post(':id/read')
  @HttpCode(204)
  markRead(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number): Promise<void> {
    return this.notifications.markRead(ctx, id);
  }
}
