import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { InboxMessage as InboxMessageInfo } from '@lingjuli/shared';
import { IsNull, Repository } from 'typeorm';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { notFound } from '../common/errors/app-error';
import { InboxMessage } from './inbox-message.entity';
import { subjectOf } from './notifier.service';

/** The caller's own in-app inbox. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(InboxMessage) private readonly inbox: Repository<InboxMessage>,
    private readonly clock: Clock,
  ) {}

  async list(ctx: RequestContext, unreadOnly: boolean): Promise<InboxMessageInfo[]> {
    const rows = await this.inbox.find({
      where: unreadOnly ? { recipientId: ctx.userId, readAt: IsNull() } : { recipientId: ctx.userId },
      order: { id: 'DESC' },
      take: 100,
    });
    return rows.map(toInfo);
  }

  async markRead(ctx: RequestContext, id: number): Promise<void> {
    const result = await this.inbox.update({ id, recipientId: ctx.userId, readAt: IsNull() }, { readAt: this.clock.now() });
    if (!result.affected && !(await this.inbox.existsBy({ id, recipientId: ctx.userId }))) {
      throw notFound('MESSAGE_NOT_FOUND', '找不到该消息');
    }
  }
}

function toInfo(m: InboxMessage): InboxMessageInfo {
  return {
    id: m.id,
    kind: m.kind,
    title: m.title,
    body: m.body,
    appealId: m.appealId,
    subject: subjectOf(m),
    createdAt: m.createdAt.toISOString(),
    readAt: m.readAt?.toISOString() ?? null,
  };
}
