import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SUBSCRIPTION_TOPICS, type SubscriptionTemplates, type SubscriptionTopic, type WechatStatus } from '@lingjuli/shared';
import { DataSource, MoreThanOrEqual } from 'typeorm';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { addToCounters } from '../database/counters';
import { UnitOfWork } from '../database/unit-of-work';
import type { SubscriptionAnswersDto } from './dto/subscriptions.dto';
import { WechatChannel } from './wechat.channel';
import { WechatMessage } from './wechat-message.entity';
import { WechatSubscription } from './wechat-subscription.entity';

const WEEK = 7 * 24 * 3600_000;

/** What a person agreed to receive in WeChat, and how the messages fare. */
@Injectable()
export class WechatSubscriptionsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly channel: WechatChannel,
    private readonly clock: Clock,
  ) {}

  /** The configured templates the mini-program may ask about (none while the channel is off). */
  templates(): SubscriptionTemplates {
    if (!this.channel.enabled) return { enabled: false, templates: {} };
    const templates: SubscriptionTemplates['templates'] = {};
    for (const topic of SUBSCRIPTION_TOPICS) {
      const template = this.config.wechat.templates[topic];
      if (template) templates[topic] = template.id;
    }
    return { enabled: true, templates };
  }

  /**
   * Her answers at a tap: each `accept` of a configured template is one message she may receive.
   * Other answers and templates change nothing (WeChat itself refuses what she did not accept).
   */
  async record(ctx: RequestContext, body: SubscriptionAnswersDto): Promise<void> {
    const configured = new Set(Object.values(this.config.wechat.templates).map((t) => t.id));
    const accepted = body.answers.filter((a) => a.answer === 'accept' && configured.has(a.templateId)).map((a) => a.templateId);
    if (accepted.length === 0) return;
    const rows = [...accepted].sort().map((templateId) => ({ userId: ctx.userId, templateId, credits: 1 }));
    await this.uow.run((em) => addToCounters(em, WechatSubscription, ['userId', 'templateId'], ['credits'], rows));
  }

  /** For the street admin: the last week's messages by status, and the latest refused for their configuration. */
  async status(): Promise<WechatStatus> {
    const since = new Date(this.clock.now().getTime() - WEEK);
    const rows = await this.dataSource
      .createQueryBuilder(WechatMessage, 'm')
      .select('m.status', 'status')
      .addSelect('COUNT(*)', 'n')
      .where({ createdAt: MoreThanOrEqual(since) })
      .groupBy('m.status')
      .getRawMany<{ status: WechatMessage['status']; n: number | string }>();
    const problems = await this.dataSource.manager.find(WechatMessage, {
      where: { status: 'misconfigured' },
      order: { id: 'DESC' },
      take: 10,
    });
    return {
      enabled: this.channel.enabled,
      topics: Object.keys(this.config.wechat.templates) as SubscriptionTopic[],
      counts: Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])),
      problems: problems.map((m) => ({ topic: m.topic, templateId: m.templateId, error: m.lastError ?? '', at: m.createdAt.toISOString() })),
    };
  }
}
