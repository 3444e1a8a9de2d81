import { CAMPAIGN_LIMITS, type CampaignSiteInfo, type ClearCampaignSiteRequest, type ReportCampaignSiteRequest } from '@lingjuli/shared';
import type { FailureCode } from '@/services/http';
import { newDraftKey } from '@/utils/draft';
import type { RetryOptions } from '@/utils/retry';
import { MAX_PHOTOS, type ReportPhoto } from '@/utils/liaison/report';
import { checked, collect, requiredText, type Checked, type FieldErrors } from '@/utils/powers/check';
import { wholeNumber } from '@/utils/campaigns/campaign-form';

/**
 * A site found on the rounds (e.g. three ground locks at one place), as the liaison fills it in: the
 * building (or 公共区域) and/or the place in words, what she found, how many, her photos. Kept on the
 * phone until it is sent; the photos' ids once uploaded, so a retry does not upload them again.
 */
export interface SiteDraft {
  /**
   * The phone's key for this report (`clientKey`), one per draft and kept across every retry of it, so a
   * resend after a lost answer is the same site (the server answers 200), never a second one.
   */
  clientKey: string;
  buildingId: number | null;
  locationText: string;
  finding: string;
  /** How many, as shown between − and ＋ (or typed). */
  count: string;
  photos: ReportPhoto[];
}

/** A fresh form, with a fresh key: a new site. */
export const emptySite = (): SiteDraft => ({ clientKey: newDraftKey(), buildingId: null, locationText: '', finding: '', count: '1', photos: [] });

/**
 * A draft read back from the phone: only uploaded photos survive (local paths may not), and a draft
 * saved before reports had keys gets one (it was never sent with a key, so no site has it yet).
 */
export function restoredSite(saved: Omit<SiteDraft, 'clientKey'> & { clientKey?: string }): SiteDraft {
  return {
    ...saved,
    clientKey: saved.clientKey || newDraftKey(),
    photos: saved.photos.filter((p) => p.attachmentId !== undefined),
  };
}

/**
 * Sending the report: once more when no answer came (the network, or 502–504), never after a 4xx. Safe, as
 * both carry the draft's clientKey: if the first did arrive, the second gets the same site back (200).
 */
export const SITE_REPORT_RETRY: RetryOptions = { delaysMs: [1500] };

/**
 * The draft after a refused send: as it was (the same key, so a resend is still the same site), except
 * that a key someone else had used is replaced, so she can send it again.
 */
export function siteAfterFailure(d: SiteDraft, code: FailureCode): SiteDraft {
  return code === 'IDEMPOTENCY_KEY_REUSED' ? { ...d, clientKey: newDraftKey() } : d;
}

const { min: COUNT_MIN, max: COUNT_MAX } = CAMPAIGN_LIMITS.siteCount;

/** One more or one fewer, never out of 1–999; what is not a number yet starts again from 1. */
export function stepCount(count: string, by: 1 | -1): string {
  const n = wholeNumber(count, 0, Number.MAX_SAFE_INTEGER);
  if (n === null) return String(COUNT_MIN);
  return String(Math.min(COUNT_MAX, Math.max(COUNT_MIN, n + by)));
}

/** What is wrong before sending, on the server's field names. */
export function checkSite(d: SiteDraft): FieldErrors {
  const place = d.locationText.trim();
  const finding = d.finding.trim();
  return collect({
    locationText:
      d.buildingId === null && !place
        ? '请选择楼栋，或写下具体位置'
        : place.length > CAMPAIGN_LIMITS.locationText
          ? `位置说明不能超过${CAMPAIGN_LIMITS.locationText}字`
          : undefined,
    finding: !finding ? '请说一说发现了什么' : finding.length > CAMPAIGN_LIMITS.finding ? `发现的情况不能超过${CAMPAIGN_LIMITS.finding}字` : undefined,
    count: wholeNumber(d.count, COUNT_MIN, COUNT_MAX) === null ? `数量应为${COUNT_MIN}到${COUNT_MAX}之间的整数` : undefined,
    attachmentIds: d.photos.length > MAX_PHOTOS ? `照片最多${MAX_PHOTOS}张` : undefined,
  });
}

/**
 * The site to report: call after every photo is uploaded. A building, a place in words, or both;
 * what is left empty is left out (the server refuses a null).
 */
export function siteBody(d: SiteDraft): ReportCampaignSiteRequest {
  const place = d.locationText.trim();
  const attachmentIds = d.photos.map((p) => p.attachmentId).filter((id): id is number => id !== undefined);
  return {
    ...(d.buildingId !== null ? { buildingId: d.buildingId } : {}),
    ...(place ? { locationText: place } : {}),
    finding: d.finding.trim(),
    count: Number(d.count.trim()),
    ...(attachmentIds.length ? { attachmentIds } : {}),
    clientKey: d.clientKey,
  };
}

/** Clearing a site: how many of what was found (1 up to the count), what was done, the photos. */
export function clearBody(
  site: Pick<CampaignSiteInfo, 'count'>,
  clearedCount: string,
  note: string,
  attachmentIds: readonly number[] = [],
): Checked<ClearCampaignSiteRequest> {
  const n = wholeNumber(clearedCount, COUNT_MIN, site.count);
  return checked(
    collect({
      clearedCount: n === null ? `整治数量应为${COUNT_MIN}到${site.count}之间的整数（该点位发现${site.count}处）` : undefined,
      note: requiredText(note, '整治情况'),
    }),
    () => ({ clearedCount: n as number, note: note.trim(), ...(attachmentIds.length ? { attachmentIds: [...attachmentIds] } : {}) }),
  );
}

/** The fields of the clearing form, for the server's message that none of them carries. */
export const CLEAR_FIELDS = ['clearedCount', 'note', 'attachmentIds'];

/** Where a site is: 甲1号楼 · 东侧消防通道旁车位; a place in words alone; 公共区域. */
export function sitePlace(site: Pick<CampaignSiteInfo, 'buildingName' | 'locationText'>): string {
  return [site.buildingName, site.locationText].filter(Boolean).join(' · ') || '公共区域';
}
