import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SUBSCRIPTION_TOPIC_OF, maskPersonalData, noticePage } from '@lingjuli/shared';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { claimDue } from '../database/leases';
import { UnitOfWork } from '../database/unit-of-work';
import { NotificationChannel } from '../notifications/notification-channel';
import type { NotificationOutbox } from '../notifications/notification-outbox.entity';
import { subjectOf } from '../notifications/notifier.service';
import type { NoticeDetails } from '../notifications/notices';
import { User } from '../users/user.entity';
import { templateData, type MessageWords } from './subscribe-fields';
import { WechatApiError, WechatClient } from './wechat.client';
import { WechatMessage, type WechatMessageStatus } from './wechat-message.entity';
import { WechatSubscription } from './wechat-subscription.entity';

/** Messages claimed at a time. */
const BATCH = 50;
/** A claimed message not settled by then (its process died) is claimed again. */
const LEASE_MS = 2 * 60_000;
/** Tries before a message counts as failed; the waits between them double from a minute. */
const MAX_ATTEMPTS = 6;
const FIRST_RETRY_MS = 60_000;
/** WeChat says the template, the page or a field is wrong: retrying cannot help, the street admin must fix the configuration. */
const CONFIGURATION_ERRCODES = new Set([40037, 41030, 47003]);
/** No consent left (she refused, or used her one message up). */
const REFUSED = 43101;

/**
 * WeChat subscription messages (docs/architecture.md, "WeChat"): a notice of a kind that has a topic
 * (`SUBSCRIPTION_TOPIC_OF`), to someone with a WeChat account who agreed to that topic's template, is
 * queued as a message in the outbox's transaction — using one of her consents — and sent by the
 * scheduler afterwards, retried with back-off while WeChat cannot be reached. Its words go through
 * the personal-data mask: a message leaves the product.
 */
@Injectable()
export class WechatChannel extends NotificationChannel implements OnModuleInit {
  readonly name = 'wechat';
  private readonly logger = new Logger(WechatChannel.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly wechat: WechatClient,
    private readonly clock: Clock,
  ) {
    super();
  }

  /** Whether anything can go out: WeChat's credentials and at least one template. */
  get enabled(): boolean {
    return this.wechat.configured && Object.keys(this.config.wechat.templates).length > 0;
  }

  onModuleInit(): void {
    const topics = Object.keys(this.config.wechat.templates);
    if (this.enabled) this.logger.log(`WeChat subscription messages on for ${topics.join(', ')} (${this.config.wechat.miniprogramState})`);
    else this.logger.log(`WeChat subscription messages off: ${this.wechat.configured ? 'no WECHAT_TEMPLATES' : 'WeChat is not configured'}`);
  }

  async deliver(em: EntityManager, n: NotificationOutbox): Promise<void> {
    const topic = SUBSCRIPTION_TOPIC_OF[n.kind];
    const template = topic && this.config.wechat.templates[topic];
    if (!topic || !template || !this.enabled) return;
    // A redelivered notice has its message already (and must not use another consent).
    if (await em.existsBy(WechatMessage, { outboxId: n.id })) return;
    const user = await em.findOne(User, {
      select: { id: true, role: true, wechatOpenId: true, noticeOpenId: true, active: true },
      where: { id: n.recipientId },
    });
    // Residents and liaisons sign in with WeChat; staff sign in by password and receive in the WeChat they linked.
    const openId = user?.wechatOpenId ?? user?.noticeOpenId;
    if (!user?.active || !openId) return;
    const now = this.clock.now();
    const consent = await em
      .createQueryBuilder()
      .update(WechatSubscription)
      .set({ credits: () => 'credits - 1' })
      .where({ userId: user.id, templateId: template.id })
      .andWhere('credits > 0')
      .execute();
    if (!consent.affected) return;
    const details = (n.details ? JSON.parse(n.details) : {}) as Omit<NoticeDetails, 'time'> & { time?: string };
    const words: MessageWords = {
      title: maskPersonalData(n.title),
      text: maskPersonalData(details.text ?? n.body),
      code: details.code,
      place: details.place && maskPersonalData(details.place),
      time: details.time ? new Date(details.time) : n.createdAt,
    };
    await em.insert(WechatMessage, {
      outboxId: n.id,
      userId: user.id,
      topic,
      templateId: template.id,
      openId,
      page: noticePage(subjectOf(n), user.role) ?? 'pages/home/index',
      data: JSON.stringify(templateData(words, template.fields)),
      status: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      lastError: null,
      createdAt: now,
      sentAt: null,
    });
  }

  /** Sends the due messages: claimed in a short transaction, sent outside it, each settled on its own. */
  override async send(): Promise<number> {
    if (!this.enabled) return 0;
    let sent = 0;
    for (;;) {
      const claimed = await this.claimDue();
      for (const message of claimed) if ((await this.sendOne(message)) === 'sent') sent++;
      if (claimed.length < BATCH) return sent;
    }
  }

  private claimDue(): Promise<WechatMessage[]> {
    // `sending` rows are due again only once their lease ran out (their process died).
    return claimDue(
      this.uow,
      WechatMessage,
      { status: In(['pending', 'sending']) },
      { now: this.clock.now(), leaseMs: LEASE_MS, batch: BATCH, set: { status: 'sending' } },
    );
  }

  private async sendOne(message: WechatMessage): Promise<WechatMessageStatus> {
    const attempts = message.attempts + 1;
    let outcome: Partial<WechatMessage>;
    try {
      await this.wechat.sendSubscribeMessage({
        touser: message.openId,
        template_id: message.templateId,
        page: message.page,
        data: JSON.parse(message.data) as Record<string, { value: string }>,
        miniprogram_state: this.config.wechat.miniprogramState,
      });
      outcome = { status: 'sent', sentAt: this.clock.now(), lastError: null };
    } catch (error) {
      outcome = this.afterFailure(message, attempts, error);
    }
    await this.dataSource.manager.update(WechatMessage, { id: message.id, status: 'sending' }, { ...outcome, attempts });
    if (outcome.status === 'refused')
      await this.dataSource.manager.update(WechatSubscription, { userId: message.userId, templateId: message.templateId }, { credits: 0 });
    return outcome.status!;
  }

  private afterFailure(message: WechatMessage, attempts: number, error: unknown): Partial<WechatMessage> {
    const errcode = error instanceof WechatApiError ? error.errcode : -1;
    const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 300);
    if (errcode === REFUSED) return { status: 'refused', lastError };
    if (CONFIGURATION_ERRCODES.has(errcode)) {
      this.logger.error(`WeChat refused the ${message.topic} template (${message.templateId}): ${lastError}`);
      return { status: 'misconfigured', lastError };
    }
    if (attempts >= MAX_ATTEMPTS) return { status: 'failed', lastError };
    return { status: 'pending', lastError, nextAttemptAt: new Date(this.clock.now().getTime() + FIRST_RETRY_MS * 2 ** (attempts - 1)) };
  }
}
