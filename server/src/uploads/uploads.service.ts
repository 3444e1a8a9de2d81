import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { photoVisible, type AttachmentInfo } from '@lingjuli/shared';
import { In, IsNull, Repository, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { badRequest, invalidField, notFound } from '../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ContentSecurity } from '../content-security/content-security.service';
import { UnitOfWork } from '../database/unit-of-work';
import { FileStorage } from '../storage/file-storage';
import { AppealEvent } from '../appeals/entities/appeal-event.entity';
import { Attachment } from './attachment.entity';
import { attachmentSignatureMatches, signedAttachmentPath } from './attachment-url';
import { detectImageType } from './image-type';

const URL_LIFETIME_MS = 60 * 60 * 1000;

/** Photos: stored through FileStorage, linked to appeals inside the appeal's own transaction, served by signed URL. */
@Injectable()
export class UploadsService {
  private readonly logger = new Logger(UploadsService.name);

  constructor(
    @InjectRepository(Attachment) private readonly attachments: Repository<Attachment>,
    private readonly storage: FileStorage,
    private readonly uow: UnitOfWork,
    private readonly contentSecurity: ContentSecurity,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async upload(ctx: RequestContext, file: Express.Multer.File | undefined): Promise<AttachmentInfo> {
    if (!file) throw invalidField('file', '请选择要上传的照片');
    const type = detectImageType(file.buffer);
    if (!type) throw badRequest('UNSUPPORTED_FILE_TYPE', '只能上传 JPG、PNG 或 WebP 照片', [{ field: 'file', message: '文件不是支持的图片格式' }]);
    const now = this.clock.now();
    const key = `${now.toISOString().slice(0, 7)}/${randomUUID()}.${type.extension}`;
    await this.storage.put(key, file.buffer);
    try {
      const saved = await this.uow.run(async (em) => {
        const row = { ownerId: ctx.userId, storageKey: key, mimeType: type.mimeType, size: file.size, createdAt: now, contentCheck: null };
        const id = (await em.insert(Attachment, row)).identifiers[0].id as number;
        const contentCheck = await this.contentSecurity.photoUploaded(em, ctx.userId, id);
        if (contentCheck) await em.update(Attachment, { id }, { contentCheck });
        return Object.assign(new Attachment(), row, { id, contentCheck });
      });
      return this.toInfo(saved);
    } catch (error) {
      await this.storage.delete(key); // no orphan file when the row could not be written
      throw error;
    }
  }

  /**
   * Links the caller's own, not yet used uploads to an appeal (and the event they illustrate), in the
   * caller's transaction. Anything else in the list is a 400 and nothing is linked.
   */
  async link(em: EntityManager, ctx: RequestContext, ids: readonly number[], appealId: number, eventId: number): Promise<AttachmentInfo[]> {
    if (ids.length === 0) return [];
    const result = await em.update(Attachment, { id: In([...ids]), ownerId: ctx.userId, appealId: IsNull() }, { appealId, eventId });
    if (result.affected !== new Set(ids).size) throw invalidField('attachmentIds', '照片不存在或已被使用，请重新上传');
    return (await em.findBy(Attachment, { id: In([...ids]) })).map((a) => this.toInfo(a));
  }

  /**
   * An appeal's photos. `publicOnly` leaves out those on internal notes (for residents and liaisons);
   * `exceptOwnerId` leaves out one person's (the reporter's own, for a resident who only said "me too").
   * A photo that has not passed WeChat's check is shown only as `photoVisible` allows `viewer`.
   */
  async forAppeal(
    appealId: number,
    viewer: { id: number; staff: boolean },
    options: { publicOnly?: boolean; exceptOwnerId?: number | null } = {},
  ): Promise<AttachmentInfo[]> {
    const qb = this.attachments.createQueryBuilder('a').where('a.appealId = :appealId', { appealId }).orderBy('a.id', 'ASC');
    if (options.publicOnly) {
      qb.innerJoin(AppealEvent, 'event', 'event.id = a.eventId').andWhere('event.visibility = :public', { public: 'public' });
    }
    if (options.exceptOwnerId != null) qb.andWhere('a.ownerId <> :owner', { owner: options.exceptOwnerId });
    const photos = await qb.getMany();
    return photos.filter((a) => photoVisible(a.contentCheck, { owner: a.ownerId === viewer.id, staff: viewer.staff })).map((a) => this.toInfo(a));
  }

  /**
   * For a resident's erasure, in her transaction: the rows of her own uploads and of every photo on
   * the given appeals go; the files are the caller's to delete after the commit (`deleteFiles`), so a
   * rolled-back erasure keeps them.
   */
  async removeForErasure(em: EntityManager, ownerId: number, appealIds: readonly number[]): Promise<string[]> {
    const where = appealIds.length ? [{ ownerId }, { appealId: In([...appealIds]) }] : [{ ownerId }];
    const rows = await em.find(Attachment, { select: { id: true, storageKey: true }, where });
    if (rows.length)
      await em.delete(
        Attachment,
        rows.map((a) => a.id),
      );
    return rows.map((a) => a.storageKey);
  }

  /** Deletes stored files; one that cannot be deleted is logged and the rest still go. */
  async deleteFiles(keys: readonly string[]): Promise<void> {
    for (const key of keys) {
      await this.storage.delete(key).catch((error: unknown) => this.logger.error(`Could not delete ${key}: ${String(error)}`));
    }
  }

  /** Opens a file for a signed URL; the signature stands in for the session (an <Image> cannot send headers). */
  async open(id: number, expires: string, signature: string): Promise<{ stream: Readable; mimeType: string }> {
    const exp = Number(expires);
    if (!Number.isFinite(exp) || exp < this.clock.now().getTime() || !attachmentSignatureMatches(id, exp, signature, this.config.authSecret)) {
      throw notFound('ATTACHMENT_NOT_FOUND', '照片不存在或链接已过期');
    }
    const attachment = await this.attachments.findOneBy({ id });
    if (!attachment) throw notFound('ATTACHMENT_NOT_FOUND', '照片不存在或链接已过期');
    return { stream: await this.storage.read(attachment.storageKey), mimeType: attachment.mimeType };
  }

  private toInfo(a: Attachment): AttachmentInfo {
    // Expiry rounded up to the hour so the same photo keeps one URL for a while and caches well.
    const exp = Math.ceil((this.clock.now().getTime() + URL_LIFETIME_MS) / URL_LIFETIME_MS) * URL_LIFETIME_MS;
    return {
      id: a.id,
      url: signedAttachmentPath(a.id, exp, this.config.authSecret),
      mimeType: a.mimeType,
      size: a.size,
      // Lets a page show each photo with what it illustrates (the filing, a note, the resolution).
      eventId: a.eventId ?? null,
      ...(a.contentCheck && a.contentCheck !== 'pass' && { check: a.contentCheck }),
    };
  }
}
