import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CONTENT_REFUSED_MESSAGE, STAFF_ROLES, type ContentCheckState } from '@lingjuli/shared';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { badRequest } from '../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { User } from '../users/user.entity';
import { WechatApiError, WechatClient } from '../wechat/wechat.client';
import { ContentCheck, type ContentCheckSubject } from './content-check.entity';

/** WeChat's scene for each kind of content (1 profile, 2 comment, 3 forum, 4 social log). */
export const CONTENT_SCENES: Record<ContentCheckSubject, number> = { appealWords: 3, ratingComment: 2, feedbackWords: 2, photo: 3 };

/** Words checked before their write: recorded with it (`record`) in the write's transaction. */
export interface WordsCheck {
  subjectType: Exclude<ContentCheckSubject, 'photo'>;
  openId: string;
  text: string;
  /** `pending` when WeChat could not be asked now; the scheduler asks later. */
  state: Exclude<ContentCheckState, 'risky'>;
}

/** A mark staff see: the check did not (yet) pass. */
export type ContentMark = Exclude<ContentCheckState, 'pass'>;

/**
 * WeChat's content security for what residents and liaisons write and upload (docs/architecture.md,
 * "Content security"). Only content from someone with a WeChat account is checked: WeChat checks it in
 * her name. Staff's own words and photos are not.
 */
@Injectable()
export class ContentSecurity implements OnModuleInit {
  private readonly logger = new Logger(ContentSecurity.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly wechat: WechatClient,
    private readonly clock: Clock,
  ) {}

  get checksWords(): boolean {
    return this.wechat.configured && this.config.wechat.contentCheck;
  }

  /** Photos' verdicts come by WeChat's push, which needs its Token to be verified. */
  get checksPhotos(): boolean {
    return this.checksWords && this.config.wechat.pushToken !== null;
  }

  onModuleInit(): void {
    if (!this.checksWords) this.logger.log('Content security off: WeChat is not configured or WECHAT_CONTENT_CHECK is false');
    else if (!this.checksPhotos) this.logger.warn('Content security checks words only: photos need WECHAT_PUSH_TOKEN for WeChat to push their results');
    else this.logger.log('Content security on for words and photos');
  }

  /**
   * Checks words before they are written. Risky words are refused (400 naming `field`; nothing is
   * written, her draft stays with her). Staff's words are not checked. When WeChat cannot be reached, or `wait` is false (an
   * emergency never waits on a check), the words go through and are checked by the scheduler. Null
   * when nothing is checked.
   */
  async checkWords(
    author: RequestContext,
    subjectType: WordsCheck['subjectType'],
    text: string | null | undefined,
    field: string,
    { wait = true } = {},
  ): Promise<WordsCheck | null> {
    if (!text || !this.checksWords || STAFF_ROLES.includes(author.role)) return null;
    const openId = await this.openIdOf(author.userId);
    if (!openId) return null;
    if (!wait) return { subjectType, openId, text, state: 'pending' };
    try {
      const { suggest } = await this.wechat.msgSecCheck({ openid: openId, scene: CONTENT_SCENES[subjectType], content: text });
      if (suggest === 'risky') throw badRequest('CONTENT_RISKY', CONTENT_REFUSED_MESSAGE, [{ field, message: CONTENT_REFUSED_MESSAGE }]);
      return { subjectType, openId, text, state: suggest };
    } catch (error) {
      if (!(error instanceof WechatApiError)) throw error;
      this.logger.warn(`Words taken unchecked, to check later: ${error.message}`);
      return { subjectType, openId, text, state: 'pending' };
    }
  }

  /** Records a check with what it checked, in that write's transaction; pending words keep their text for the scheduler. */
  async record(em: EntityManager, check: WordsCheck | null, subjectId: number): Promise<void> {
    if (!check) return;
    const now = this.clock.now();
    const pending = check.state === 'pending';
    await em.insert(ContentCheck, {
      subjectType: check.subjectType,
      subjectId,
      openId: check.openId,
      state: check.state,
      text: pending ? check.text : null,
      traceId: null,
      label: null,
      attempts: 0,
      nextAttemptAt: pending ? now : null,
      lastError: null,
      createdAt: now,
      checkedAt: pending ? null : now,
    });
  }

  /**
   * A photo being uploaded, in its transaction: pending (seen only by its uploader) until WeChat's
   * verdict; the scheduler submits it. Returns the photo's state, null when it needs no check.
   */
  async photoUploaded(em: EntityManager, uploaderId: number, attachmentId: number): Promise<ContentCheckState | null> {
    if (!this.checksPhotos) return null;
    const openId = await this.openIdOf(uploaderId, em);
    if (!openId) return null;
    const now = this.clock.now();
    await em.insert(ContentCheck, {
      subjectType: 'photo',
      subjectId: attachmentId,
      openId,
      state: 'pending',
      text: null,
      traceId: null,
      label: null,
      attempts: 0,
      nextAttemptAt: now,
      lastError: null,
      createdAt: now,
      checkedAt: null,
    });
    return 'pending';
  }

  /** Staff's marks on the given subjects: the ones whose check has not passed, by subject id. */
  async marks(subjectType: ContentCheckSubject, subjectIds: readonly number[]): Promise<Map<number, ContentMark>> {
    if (subjectIds.length === 0) return new Map();
    const rows = await this.dataSource.manager.find(ContentCheck, {
      select: { subjectId: true, state: true },
      where: { subjectType, subjectId: In([...subjectIds]) },
    });
    return new Map(rows.filter((r) => r.state !== 'pass').map((r) => [r.subjectId, r.state as ContentMark]));
  }

  private async openIdOf(userId: number, em: EntityManager = this.dataSource.manager): Promise<string | null> {
    const user = await em.findOne(User, { select: { id: true, wechatOpenId: true }, where: { id: userId } });
    return user?.wechatOpenId ?? null;
  }
}
