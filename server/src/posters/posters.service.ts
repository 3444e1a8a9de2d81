import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CITY_SERVICE_LINES } from '@lingjuli/shared';
import { toBuffer as qrPng, type QRCodeToBufferOptions } from 'qrcode';
import { Repository } from 'typeorm';
import { TtlCache } from '../common/cache/ttl-cache';
import { AppError } from '../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Building } from '../organisation/building.entity';
import type { Community } from '../organisation/community.entity';
import { OrganisationService } from '../organisation/organisation.service';
import { WechatApiError, WechatClient } from '../wechat/wechat.client';
import { HOME_PAGE, buildingScene, buildingUrl } from './building-link';
import { renderPosters, type PosterContent } from './poster.template';

export interface QrImage {
  bytes: Buffer;
  mimeType: string;
  kind: PosterContent['qrKind'];
}

/**
 * The codes are public and asked for by anyone: kept an hour per process so a busy poster page does
 * not turn into a stream of WeChat calls (its code API is rate limited).
 */
const QR_CACHE_MS = 60 * 60_000;

/**
 * Stairwell codes and printable posters (issue: "Entry by QR code"). In WeChat the code is a
 * mini-program code whose scene names the building; without WeChat credentials it is an ordinary
 * QR code of the same landing in the browser (H5).
 */
@Injectable()
export class PostersService {
  private readonly logger = new Logger(PostersService.name);
  private readonly qrCache = new TtlCache<string, QrImage>(QR_CACHE_MS, 2_000);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(Building) private readonly buildings: Repository<Building>,
    private readonly organisation: OrganisationService,
    private readonly wechat: WechatClient,
  ) {}

  /** Where a building's code leads in a browser. */
  urlOf(buildingCode: string): string {
    return buildingUrl(this.config.publicUrl, buildingCode);
  }

  /** The code image for a building, by its code. */
  async qr(buildingCode: string): Promise<QrImage> {
    return this.qrFor(await this.organisation.buildingByCode(buildingCode));
  }

  /** One building's A4 poster. */
  async buildingPoster(buildingCode: string): Promise<string> {
    const building = await this.organisation.buildingByCode(buildingCode);
    const { community } = building;
    return renderPosters(`${community.name} ${building.name} · 扫码反映问题`, [await this.content(building, community)]);
  }

  /** Every building of a community, one A4 poster per sheet. */
  async communityPosters(communityId: number): Promise<string> {
    const community = await this.organisation.getCommunity(communityId);
    const buildings = await this.buildings.find({ where: { communityId }, order: { code: 'ASC' } });
    const posters: PosterContent[] = [];
    // One at a time: with WeChat configured each is a call to its rate-limited API.
    for (const building of buildings) posters.push(await this.content(building, community));
    return renderPosters(`${community.name} · 楼栋二维码海报`, posters);
  }

  /** Every building in the street with its community, for printing them all (scripts/posters). */
  async everyBuilding(): Promise<{ buildingCode: string; buildingName: string; communityId: number; communityCode: string }[]> {
    const rows = await this.buildings.find({ relations: { community: true }, order: { communityId: 'ASC', code: 'ASC' } });
    return rows.map((b) => ({ buildingCode: b.code, buildingName: b.name, communityId: b.communityId, communityCode: b.community?.code ?? '' }));
  }

  private async content(building: Building, community: Community): Promise<PosterContent> {
    const qr = await this.qrFor(building);
    return {
      communityName: community.name,
      buildingName: building.name,
      windowAddress: community.windowAddress,
      windowHours: community.windowHours,
      hotline: community.hotline,
      serviceLines: CITY_SERVICE_LINES,
      isSample: community.isSample,
      qrDataUri: `data:${qr.mimeType};base64,${qr.bytes.toString('base64')}`,
      qrKind: qr.kind,
      url: this.urlOf(building.code),
    };
  }

  private async qrFor(building: Building): Promise<QrImage> {
    // Keyed by the stored code, which is the one the scene and URL carry.
    const cached = this.qrCache.get(building.code);
    if (cached) return cached;
    const image = this.wechat.configured ? await this.wechatCode(building.code) : await this.plainCode(building.code);
    this.qrCache.set(building.code, image);
    return image;
  }

  private async wechatCode(buildingCode: string): Promise<QrImage> {
    try {
      const { bytes, mimeType } = await this.wechat.getUnlimitedCode(buildingScene(buildingCode), HOME_PAGE);
      return { bytes, mimeType, kind: 'wechat' };
    } catch (error) {
      if (!(error instanceof WechatApiError)) throw error;
      // No silent fallback to a browser code: a poster printed with the wrong kind of code would stay on the wall.
      this.logger.warn(`Mini-program code for building ${buildingCode} failed: ${error.message}`);
      throw new AppError(HttpStatus.BAD_GATEWAY, 'WECHAT_UNAVAILABLE', '暂时无法生成小程序码，请稍后再试');
    }
  }

  private async plainCode(buildingCode: string): Promise<QrImage> {
    // Level M survives a scuffed print; 600 px prints sharp at the poster's 92 mm. The "Up" row filter
    // suits a QR image (rows repeat) and spares pngjs trying all five on every row: ~10x faster, smaller.
    const bytes = await qrPng(this.urlOf(buildingCode), {
      type: 'png',
      errorCorrectionLevel: 'M',
      margin: 2,
      width: 600,
      rendererOpts: { filterType: 2, deflateStrategy: 0 } as QRCodeToBufferOptions['rendererOpts'],
    });
    return { bytes, mimeType: 'image/png', kind: 'url' };
  }
}
