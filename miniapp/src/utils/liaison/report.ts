import { DEFAULT_TIER_POLICY, proposeTriage, type Category, type CreateAppealRequest, type Tier } from '@lingjuli/shared';

export const MAX_PHOTOS = 9;

/** A photo on the form: its local path, and its attachment id once uploaded (so a retry does not upload it again). */
export interface ReportPhoto {
  path: string;
  attachmentId?: number;
}

/** A problem the liaison found on her round, as she fills it in. Kept on the phone until it is sent. */
export interface ReportDraft {
  /** The Idempotency-Key: every retry of this report files it at most once. */
  key: string;
  buildingId: number | null;
  category: Category | null;
  content: string;
  locationText: string;
  latitude: number | null;
  longitude: number | null;
  photos: ReportPhoto[];
}

export const emptyReport = (key: string): ReportDraft => ({
  key,
  buildingId: null,
  category: null,
  content: '',
  locationText: '',
  latitude: null,
  longitude: null,
  photos: [],
});

/** Adds newly chosen photos after those already there, without repeats, up to nine. */
export function addPhotos(photos: readonly ReportPhoto[], paths: readonly string[]): ReportPhoto[] {
  const known = new Set(photos.map((p) => p.path));
  const added = paths.filter((p) => !known.has(p) && (known.add(p), true)).map((path) => ({ path }));
  return [...photos, ...added].slice(0, MAX_PHOTOS);
}

/** The tier triage will likely give it, in plain words (紧急：30分钟内处置), for the form to show. */
export function likelyPromise(content: string, category: Category | null): { tier: Tier; promise: string } | null {
  if (!content.trim() && !category) return null;
  const { tier } = proposeTriage(content, category);
  return { tier, promise: DEFAULT_TIER_POLICY.tiers[tier].promise };
}

export type ReportCheck = { ok: true } | { ok: false; field: 'content' | 'locationText' | 'photos'; message: string };

/** What is missing before sending, in words. */
export function checkReport(draft: ReportDraft): ReportCheck {
  const content = draft.content.trim();
  if (!content) return { ok: false, field: 'content', message: '请说一说发现了什么问题' };
  if (content.length > 2000) return { ok: false, field: 'content', message: '问题描述不能超过2000字' };
  if (draft.locationText.trim().length > 200) return { ok: false, field: 'locationText', message: '位置说明不能超过200字' };
  if (draft.photos.length > MAX_PHOTOS) return { ok: false, field: 'photos', message: `照片最多${MAX_PHOTOS}张` };
  return { ok: true };
}

/**
 * The appeal to file: channel `liaison`, marked proactive (未诉即办). Call after every photo is
 * uploaded; the same draft always gives the same body, so a retry under the same key is recognised.
 */
export function toReportRequest(draft: ReportDraft, communityId: number): CreateAppealRequest {
  const locationText = draft.locationText.trim();
  const attachmentIds = draft.photos.map((p) => p.attachmentId).filter((id): id is number => id !== undefined);
  return {
    channel: 'liaison',
    proactive: true,
    communityId,
    content: draft.content.trim(),
    ...(draft.category ? { category: draft.category } : {}),
    ...(draft.buildingId !== null ? { buildingId: draft.buildingId } : {}),
    ...(locationText ? { locationText } : {}),
    ...(draft.latitude !== null && draft.longitude !== null ? { latitude: draft.latitude, longitude: draft.longitude } : {}),
    ...(attachmentIds.length ? { attachmentIds } : {}),
  };
}
