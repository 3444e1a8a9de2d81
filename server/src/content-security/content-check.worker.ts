import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ContentVerdict } from '@lingjuli/shared';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { claimDue } from '../database/leases';
import { UnitOfWork } from '../database/unit-of-work';
import { Scheduler, type ScheduledWork } from '../timers/scheduler.service';
import { Attachment } from '../uploads/attachment.entity';
import { signedAttachmentPath } from '../uploads/attachment-url';
import { WechatClient, type ContentCheckReply } from '../wechat/wechat.client';
import { ContentCheck } from './content-check.entity';
import { CONTENT_SCENES, ContentSecurity } from './content-security.service';

const BATCH = 50;
/** A claimed check not settled by then (its process died) is claimed again. */
const LEASE_MS = 2 * 60_000;
/** WeChat pushes a photo's verdict within about half an hour; one not heard of in an hour is submitted again. */
const PUSH_WAIT_MS = 60 * 60_000;
/** How long WeChat may take to download the photo from its signed address. */
const MEDIA_URL_LIFETIME_MS = 2 * PUSH_WAIT_MS;
/** Tries before a check is given up: a person looks instead (`review`). The waits between them double from a minute. */
const MAX_ATTEMPTS = 8;
const FIRST_RETRY_MS = 60_000;

/**
 * The scheduler's part of content security: words WeChat could not check when they were written, and
 * photos to submit (their verdicts come by WeChat's push, `settlePhoto`). Runs in every server
 * process; rows are claimed with a lease so each is sent once.
 */
@Injectable()
export class ContentCheckWorker implements ScheduledWork, OnModuleInit {
  readonly name = 'contentChecks';
  private readonly logger = new Logger(ContentCheckWorker.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly wechat: WechatClient,
    private readonly security: ContentSecurity,
    private readonly scheduler: Scheduler,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.scheduler.register(this);
  }

  async run(): Promise<number> {
    if (!this.security.checksWords) return 0;
    let done = 0;
    for (;;) {
      const claimed = await this.claimDue();
      for (const check of claimed) if (await this.checkOne(check)) done++;
      if (claimed.length < BATCH) return done;
    }
  }

  /** WeChat's push of a photo's verdict (the trace id it gave at submission); false when no such check waits. */
  async settlePhoto(traceId: string, result: ContentCheckReply): Promise<boolean> {
    return this.uow.run(async (em) => {
      // A repeated push sets the same; one for a trace id since replaced (submitted again) finds nothing.
      const check = await em.findOne(ContentCheck, { select: { id: true, subjectId: true }, where: { traceId, subjectType: 'photo' } });
      if (!check) return false;
      const now = this.clock.now();
      await em.update(ContentCheck, { id: check.id }, { state: result.suggest, label: result.label, nextAttemptAt: null, checkedAt: now });
      await em.update(Attachment, { id: check.subjectId }, { contentCheck: result.suggest });
      return true;
    });
  }

  private claimDue(): Promise<ContentCheck[]> {
    return claimDue(this.uow, ContentCheck, { state: 'pending' }, { now: this.clock.now(), leaseMs: LEASE_MS, batch: BATCH });
  }

  /** One check, outside any transaction; true when WeChat took it. */
  private async checkOne(check: ContentCheck): Promise<boolean> {
    const attempts = check.attempts + 1;
    try {
      if (check.subjectType === 'photo') await this.submitPhoto(check, attempts);
      else
        await this.settleWords(
          check,
          attempts,
          await this.wechat.msgSecCheck({ openid: check.openId, scene: CONTENT_SCENES[check.subjectType], content: check.text ?? '' }),
        );
      return true;
    } catch (error) {
      const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 300);
      if (attempts >= MAX_ATTEMPTS) {
        this.logger.warn(`Content check ${check.id} given up after ${attempts} tries, for a person to review: ${lastError}`);
        await this.settle(check, { state: 'review', attempts, lastError, text: null, nextAttemptAt: null, checkedAt: this.clock.now() });
      } else {
        const retryAt = new Date(this.clock.now().getTime() + FIRST_RETRY_MS * 2 ** (attempts - 1));
        await this.dataSource.manager.update(ContentCheck, { id: check.id }, { attempts, lastError, nextAttemptAt: retryAt });
      }
      return false;
    }
  }

  /** Words checked late: they were taken already, so a risky verdict only marks them for staff. */
  private settleWords(check: ContentCheck, attempts: number, result: ContentCheckReply): Promise<void> {
    return this.settle(check, {
      state: result.suggest,
      label: result.label,
      attempts,
      lastError: null,
      text: null,
      nextAttemptAt: null,
      checkedAt: this.clock.now(),
    });
  }

  /** Submits a photo for WeChat to download from a signed address; its verdict is pushed (`settlePhoto`), or it is submitted again. */
  private async submitPhoto(check: ContentCheck, attempts: number): Promise<void> {
    const now = this.clock.now().getTime();
    const mediaUrl = this.config.publicUrl + signedAttachmentPath(check.subjectId, now + MEDIA_URL_LIFETIME_MS, this.config.authSecret);
    const traceId = await this.wechat.mediaCheckAsync({ openid: check.openId, scene: CONTENT_SCENES.photo, media_url: mediaUrl });
    await this.dataSource.manager.update(ContentCheck, { id: check.id }, { traceId, attempts, lastError: null, nextAttemptAt: new Date(now + PUSH_WAIT_MS) });
  }

  /** Settles a check that is still pending (a push may have settled a photo meanwhile); a photo's state follows. */
  private async settle(check: ContentCheck, changes: Partial<ContentCheck> & { state: ContentVerdict }): Promise<void> {
    await this.uow.run(async (em) => {
      const { affected } = await em.update(ContentCheck, { id: check.id, state: 'pending' }, changes);
      if (affected && check.subjectType === 'photo') await em.update(Attachment, { id: check.subjectId }, { contentCheck: changes.state });
    });
  }
}
