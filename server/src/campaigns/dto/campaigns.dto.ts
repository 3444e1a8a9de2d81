import {
  CAMPAIGN_LIMITS,
  CLIENT_KEY_PATTERN,
  CAMPAIGN_SITE_STATUSES,
  CAMPAIGN_STATUSES,
  type CampaignListQuery,
  type CampaignSiteListQuery,
  type CampaignSiteStatus,
  type CampaignStatus,
  type CampaignUnitRequest,
  type ClearCampaignSiteRequest,
  type CreateCampaignRequest,
  type FinishCampaignRequest,
  type ReportCampaignSiteRequest,
} from '@lingjuli/shared';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsObject, IsString, Matches, Max, Min, ValidateNested } from 'class-validator';
import { MAX_PAGE } from '../../appeals/dto/list-appeals.query';
import { IsCalendarDate } from '../../common/validation/dates';
import { AttachmentIds, IsId } from '../../common/validation/ids';
import { IsOptionalNotNull } from '../../common/validation/presence';
import { RequiredText } from '../../common/validation/text';
import { queryInteger } from '../../common/validation/transforms';

/** How many things (locks) at a site, or cleared from it. */
function SiteCount(): PropertyDecorator {
  return (target, key) => {
    IsInt()(target, key);
    Min(CAMPAIGN_LIMITS.siteCount.min)(target, key);
    Max(CAMPAIGN_LIMITS.siteCount.max)(target, key);
  };
}

export class CampaignUnitDto implements CampaignUnitRequest {
  @IsId()
  departmentId: number;

  /** How many people the unit sends. */
  @IsInt()
  @Min(CAMPAIGN_LIMITS.people.min)
  @Max(CAMPAIGN_LIMITS.people.max)
  people: number;
}

export class CreateCampaignDto implements CreateCampaignRequest {
  @RequiredText(CAMPAIGN_LIMITS.title)
  title: string;

  @RequiredText(CAMPAIGN_LIMITS.description)
  description: string;

  /** What one site is, e.g. 私装地锁. */
  @RequiredText(CAMPAIGN_LIMITS.siteKind)
  siteKind: string;

  /** Every community of the street; otherwise those in `communityIds`. */
  @IsBoolean()
  allCommunities: boolean;

  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(CAMPAIGN_LIMITS.communities)
  @ArrayUnique()
  @IsId({ each: true })
  communityIds?: number[];

  /** The units taking part (may be none yet) and the people each sends; each unit once. */
  @IsArray()
  @ArrayMaxSize(CAMPAIGN_LIMITS.units)
  @ArrayUnique((unit: unknown) => (unit as Partial<CampaignUnitDto> | null)?.departmentId)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => CampaignUnitDto)
  units: CampaignUnitDto[];

  @IsCalendarDate()
  startDate: string;

  /** On or after the start date. */
  @IsCalendarDate()
  endDate: string;
}

export class FinishCampaignDto implements FinishCampaignRequest {
  /** Shown to the public: what was achieved, without names. */
  @RequiredText(CAMPAIGN_LIMITS.resultSummary)
  resultSummary: string;
}

export class ListCampaignsQuery implements CampaignListQuery {
  @IsOptionalNotNull()
  @IsIn(CAMPAIGN_STATUSES)
  status?: CampaignStatus;
}

export class ReportCampaignSiteDto implements ReportCampaignSiteRequest {
  /** A building of the reporter's community; or the place in words (`locationText`); or both. */
  @IsOptionalNotNull()
  @IsId()
  buildingId?: number;

  @IsOptionalNotNull()
  @RequiredText(CAMPAIGN_LIMITS.locationText)
  locationText?: string;

  @RequiredText(CAMPAIGN_LIMITS.finding)
  finding: string;

  @SiteCount()
  count: number;

  @AttachmentIds(CAMPAIGN_LIMITS.photos)
  attachmentIds?: number[];

  /** The phone's key for this report, 8–64 of A–Z a–z 0–9 _ -: sent again by her, the same site (200). */
  @IsOptionalNotNull()
  @IsString()
  @Matches(CLIENT_KEY_PATTERN)
  clientKey?: string;
}

export class ClearCampaignSiteDto implements ClearCampaignSiteRequest {
  /** At least one, at most the site's count. */
  @SiteCount()
  clearedCount: number;

  @RequiredText(CAMPAIGN_LIMITS.clearNote)
  note: string;

  @AttachmentIds(CAMPAIGN_LIMITS.photos)
  attachmentIds?: number[];
}

export class ListCampaignSitesQuery implements CampaignSiteListQuery {
  @IsOptionalNotNull()
  @Transform(queryInteger)
  @IsId()
  communityId?: number;

  @IsOptionalNotNull()
  @IsIn(CAMPAIGN_SITE_STATUSES)
  status?: CampaignSiteStatus;

  @IsOptionalNotNull()
  @Transform(queryInteger)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page?: number;
}

/** 50 sites a page. */
export const SITE_PAGE_SIZE = 50;
