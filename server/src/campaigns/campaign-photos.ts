import { Inject, Injectable } from '@nestjs/common';
import { photoVisible, STAFF_ROLES, type AttachmentInfo } from '@lingjuli/shared';
import { In, IsNull, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { invalidField } from '../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { signedAttachmentPath } from '../uploads/attachment-url';
import { Attachment } from '../uploads/attachment.entity';
import { CampaignSitePhoto, type CampaignSitePhotoStage } from './campaign-site-photo.entity';

const URL_LIFETIME_MS = 60 * 60 * 1000;

export const photosNotUsable = () => invalidField('attachmentIds', '照片不存在或已被使用，请重新上传');

/**
 * Photos on campaign sites: the caller's own uploads from POST /uploads, not used on an appeal or another
 * site, linked in the write's transaction; shown by the same signed URLs and `photoVisible` rule as an appeal's.
 */
@Injectable()
export class CampaignPhotos {
  constructor(
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Links them to the site, or refuses the whole list (400 on `attachmentIds`). */
  async link(em: EntityManager, ctx: RequestContext, ids: readonly number[], siteId: number, stage: CampaignSitePhotoStage): Promise<void> {
    if (ids.length === 0) return;
    const own = await em.count(Attachment, { where: { id: In([...ids]), ownerId: ctx.userId, appealId: IsNull() } });
    const used = await em.count(CampaignSitePhoto, { where: { attachmentId: In([...ids]) } });
    if (own !== ids.length || used > 0) throw photosNotUsable();
    await em.insert(
      CampaignSitePhoto,
      ids.map((attachmentId) => ({ siteId, attachmentId, stage })),
    );
  }

  /** The sites' photos the caller may see, by site and stage. */
  async forSites(em: EntityManager, ctx: RequestContext, siteIds: readonly number[]): Promise<Map<number, Record<CampaignSitePhotoStage, AttachmentInfo[]>>> {
    const bySite = new Map<number, Record<CampaignSitePhotoStage, AttachmentInfo[]>>();
    if (siteIds.length === 0) return bySite;
    const rows = await em.find(CampaignSitePhoto, { where: { siteId: In([...siteIds]) }, relations: { attachment: true }, order: { id: 'ASC' } });
    const staff = STAFF_ROLES.includes(ctx.role);
    for (const row of rows) {
      const a = row.attachment!;
      if (!photoVisible(a.contentCheck, { owner: a.ownerId === ctx.userId, staff })) continue;
      const photos = bySite.get(row.siteId) ?? { found: [], cleared: [] };
      photos[row.stage].push(this.toInfo(a));
      bySite.set(row.siteId, photos);
    }
    return bySite;
  }

  /** As UploadsService shows an appeal's photo: a signed path whose expiry is rounded up to the hour, so it caches. */
  private toInfo(a: Attachment): AttachmentInfo {
    const exp = Math.ceil((this.clock.now().getTime() + URL_LIFETIME_MS) / URL_LIFETIME_MS) * URL_LIFETIME_MS;
    return {
      id: a.id,
      url: signedAttachmentPath(a.id, exp, this.config.authSecret),
      mimeType: a.mimeType,
      size: a.size,
      eventId: null,
      ...(a.contentCheck && a.contentCheck !== 'pass' && { check: a.contentCheck }),
    };
  }
}
