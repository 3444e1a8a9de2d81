import type { CreateAppealRequest } from '@lingjuli/shared';
import { ApiError } from '@/services/http';
import type { AppealDraft } from '@/utils/draft';

export const MAX_CONTENT = 2000;
export const MAX_PHOTOS = 9;
export const MAX_LOCATION_TEXT = 200;

/** The server's rule for a contact phone (mobile, or landline with an optional area-code dash). */
export const PHONE_PATTERN = /^(1\d{10}|0\d{2,3}-?\d{7,8}|\d{7,8})$/;

/** Form fields that can carry a message (the server's field names). */
export const FORM_FIELDS = ['communityId', 'buildingId', 'category', 'content', 'contactPhone', 'locationText', 'attachmentIds'] as const;
export type FormField = (typeof FORM_FIELDS)[number];
export type FormErrors = Partial<Record<FormField, string>>;

export interface Coordinates {
  latitude: number;
  longitude: number;
}

export const normalisePhone = (phone: string) => phone.replace(/[\s()（）]/g, '');

/** What can be checked before sending; the server checks again and its words win. */
export function validateDraft(draft: AppealDraft): FormErrors {
  const errors: FormErrors = {};
  if (!draft.communityId) errors.communityId = '请选择您所在的社区';
  const content = draft.content.trim();
  if (!content) errors.content = '请写一写遇到了什么问题';
  else if (content.length > MAX_CONTENT) errors.content = `内容最多${MAX_CONTENT}字，现在有${content.length}字`;
  const phone = normalisePhone(draft.contactPhone);
  if (phone && !PHONE_PATTERN.test(phone)) errors.contactPhone = '电话号码格式不对，请填写11位手机号或座机号（可不填）';
  if (draft.locationText.trim().length > MAX_LOCATION_TEXT) errors.locationText = `位置说明最多${MAX_LOCATION_TEXT}字`;
  if (draft.photos.length > MAX_PHOTOS) errors.attachmentIds = `照片最多${MAX_PHOTOS}张`;
  return errors;
}

export const hasErrors = (errors: FormErrors) => Object.values(errors).some(Boolean);

/** The counter under the text box: 12/2000, and whether she is over. */
export function contentCounter(text: string): { text: string; over: boolean } {
  const length = text.trim().length;
  return { text: `${length}/${MAX_CONTENT}`, over: length > MAX_CONTENT };
}

/** Adds chosen photos up to the limit, without repeats; says how many did not fit. */
export function addPhotos(current: readonly string[], added: readonly string[], max = MAX_PHOTOS): { photos: string[]; dropped: number } {
  const fresh = added.filter((p, i) => p && !current.includes(p) && added.indexOf(p) === i);
  const room = Math.max(0, max - current.length);
  return { photos: [...current, ...fresh.slice(0, room)], dropped: Math.max(0, fresh.length - room) };
}

export const removePhoto = (current: readonly string[], index: number): string[] => current.filter((_, i) => i !== index);

/** The request for POST /appeals: a resident files online; empty optional fields are left out. */
export function buildCreateRequest(draft: AppealDraft, attachmentIds: number[], location: Coordinates | null): CreateAppealRequest {
  if (!draft.communityId) throw new Error('communityId is required');
  const body: CreateAppealRequest = { channel: 'online', content: draft.content.trim(), communityId: draft.communityId };
  if (draft.category) body.category = draft.category;
  if (draft.buildingId) body.buildingId = draft.buildingId;
  const locationText = draft.locationText.trim();
  if (locationText) body.locationText = locationText;
  const phone = normalisePhone(draft.contactPhone);
  if (phone) body.contactPhone = phone;
  if (location) {
    body.latitude = location.latitude;
    body.longitude = location.longitude;
  }
  if (attachmentIds.length) body.attachmentIds = attachmentIds;
  return body;
}

/** Whether the resident has put anything into the draft worth keeping. */
export const hasContent = (draft: AppealDraft) =>
  Boolean(draft.content.trim() || draft.photos.length || draft.category || draft.contactPhone.trim() || draft.locationText.trim());

/**
 * The draft to start the form with: the one she left unsent (restored, with its idempotency key),
 * or a fresh one for the place she came from. A restored draft without a community takes the fresh one's place.
 */
export function initialDraft(saved: AppealDraft | null, fresh: AppealDraft): { draft: AppealDraft; restored: boolean } {
  if (!saved || !hasContent(saved)) return { draft: fresh, restored: false };
  const draft = saved.communityId ? saved : { ...saved, communityId: fresh.communityId, buildingId: fresh.buildingId };
  return { draft: { ...draft, photos: [...draft.photos] }, restored: true };
}

/**
 * Photos are local paths that only live as long as the app (a browser's blob: URL dies with the page):
 * a restored draft keeps the ones still alive and says how many must be chosen again.
 */
export function keepLivePhotos(draft: AppealDraft, isLive: (path: string) => boolean): { draft: AppealDraft; dropped: number } {
  const photos = draft.photos.filter(isLive);
  return { draft: photos.length === draft.photos.length ? draft : { ...draft, photos }, dropped: draft.photos.length - photos.length };
}

/** The server's messages for the form's fields. */
export function serverFieldErrors(error: unknown): FormErrors {
  if (!(error instanceof ApiError)) return {};
  const errors: FormErrors = {};
  for (const field of FORM_FIELDS) {
    const message = error.fieldMessage(field);
    if (message) errors[field] = message;
  }
  // A photo the server refused (too large, not an image) comes back on `file`.
  const file = error.fieldMessage('file');
  if (file && !errors.attachmentIds) errors.attachmentIds = file;
  return errors;
}

/** The same key with a different body: the server may already have this appeal (an earlier try got through). */
export const isKeyReused = (error: unknown) => error instanceof ApiError && error.code === 'IDEMPOTENCY_KEY_REUSED';

/** Why sending failed, in words, and what became of what she wrote. */
export function submitFailureText(error: unknown): string {
  const kept = '您填写的内容已保存在本机，不会丢失。';
  if (!(error instanceof ApiError)) return `提交没有成功。${kept}请稍后再点「提交」。`;
  if (isKeyReused(error)) {
    return '这条诉求可能在刚才网络不好时已经提交成功了。请先到「我的诉求」查看；如果没有，再点「提交」会作为一条新诉求发送。';
  }
  if (error.retryable) return `网络不给力，试了几次都没有发出去。${kept}网络好了以后再点「提交」，不会重复提交。`;
  if (error.status === 401) return `登录已过期，请再点一次「提交」。${kept}`;
  if (error.details.length) return `${error.message}。请按红字提示修改后再提交。`;
  return `${error.message}。${kept}`;
}
