import { ApiError } from '@/services/http';
import type { Place } from '@/state/place';
import { emptyDraft, type AppealDraft } from '@/utils/draft';
import {
  addPhotos,
  initialDraft,
  isKeyReused,
  keepLivePhotos,
  removePhoto,
  serverFieldErrors,
  submitFailureText,
  MAX_PHOTOS,
  type Coordinates,
  type FormErrors,
  type FormField,
} from '@/utils/resident/appeal-form';
import { supportFailure, type SupportFailure } from '@/utils/resident/me-too';

export interface FormMessage {
  text: string;
  tone: 'error' | 'warning' | 'info';
}

export interface LocationState {
  coords: Coordinates | null;
  busy: boolean;
  message: string | null;
}

/** Everything the filing page shows that is not loaded from the server. */
export interface FilingState {
  draft: AppealDraft;
  /** The draft is one she left unsent earlier (she may throw it away). */
  restored: boolean;
  errors: FormErrors;
  message: FormMessage | null;
  /** What the submit button says while sending; null when not sending. */
  progress: string | null;
  location: LocationState;
  /** Photos are being chosen and compressed. */
  photoBusy: boolean;
  /** The appeal "me too" is being sent for. */
  supporting: number | null;
  /** Why "me too" on one appeal (`id`) did not go through. */
  supportError: (SupportFailure & { id: number }) | null;
  /** Filed, or joined with "me too": the draft is gone and no longer kept. */
  finished: boolean;
}

/** The draft's own fields she edits directly (photos have their own actions). */
export type DraftEdit = Partial<Pick<AppealDraft, 'buildingId' | 'category' | 'content' | 'contactPhone' | 'locationText'>>;

export type FilingAction =
  | { type: 'edited'; patch: DraftEdit }
  | { type: 'communityChosen'; communityId: number }
  | { type: 'photosRequested' }
  | { type: 'photosDeclined' }
  | { type: 'photosAdded'; paths: readonly string[] }
  | { type: 'photoRemoved'; index: number }
  | { type: 'locating' }
  | { type: 'locationDeclined' }
  | { type: 'located'; coords: Coordinates | null }
  | { type: 'locationCleared' }
  /** Throw the restored draft away; `key` is the new draft's idempotency key. */
  | { type: 'startedOver'; key: string }
  | { type: 'submitInvalid'; errors: FormErrors }
  | { type: 'submitStarted' }
  | { type: 'connecting' }
  | { type: 'uploadingPhoto'; index: number; total: number }
  | { type: 'sending' }
  /** `freshKey` replaces the draft's key only when the server has a different appeal under it. */
  | { type: 'submitFailed'; error: unknown; freshKey: string }
  | { type: 'submitEnded' }
  | { type: 'supportStarted'; id: number }
  | { type: 'supportFailed'; id: number; error: unknown }
  | { type: 'supportEnded' }
  | { type: 'finished' };

const NO_LOCATION: LocationState = { coords: null, busy: false, message: null };

const TEXT = {
  invalid: '还有内容没有填好，请看红字提示。',
  photoPrivacy: '需要您同意隐私保护指引后才能添加照片。不加照片也可以提交。',
  locationPrivacy: '需要您同意隐私保护指引后才能获取位置。不提供位置也可以提交。',
  noLocation: '没有获取到位置。没关系，不提供位置也可以提交。',
  connecting: '正在连接…',
  sending: '正在提交…',
  droppedPhotos: (count: number) => `上次选的${count}张照片需要重新添加。`,
  tooManyPhotos: (dropped: number) => `照片最多${MAX_PHOTOS}张，多选的${dropped}张没有加上。`,
  uploading: (index: number, total: number) => `正在上传照片（${index + 1}/${total}）…`,
} as const;

/** A positive whole number from a page parameter, or null. */
export const toId = (value: string | undefined): number | null => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : null;
};

export interface FilingStart {
  /** The page's parameters (from the stairwell code or a link). */
  params: { communityId?: string; buildingId?: string };
  /** Where she scanned last. */
  place: Place | null;
  /** The draft she left unsent, if any. */
  saved: AppealDraft | null;
  /** Whether a photo's local path still exists (chosen in this run of the app). */
  isLive: (path: string) => boolean;
}

/**
 * The form as it opens: her unsent draft (with its key, minus photos that no longer exist) or a fresh
 * one for the place in the link, else the place she scanned last.
 */
export function startFiling({ params, place, saved, isLive }: FilingStart): FilingState {
  const communityId = toId(params.communityId) ?? place?.community.id ?? null;
  const placeBuilding = place && place.community.id === communityId ? (place.building?.id ?? null) : null;
  const buildingId = toId(params.buildingId) ?? placeBuilding;
  const { draft, restored } = initialDraft(saved, emptyDraft(communityId, buildingId));
  const live = keepLivePhotos(draft, isLive);
  return {
    draft: live.draft,
    restored,
    errors: {},
    message: live.dropped ? { text: TEXT.droppedPhotos(live.dropped), tone: 'warning' } : null,
    progress: null,
    location: NO_LOCATION,
    photoBusy: false,
    supporting: null,
    supportError: null,
    finished: false,
  };
}

const without = (errors: FormErrors, fields: readonly FormField[]): FormErrors =>
  Object.fromEntries(Object.entries(errors).filter(([k]) => !fields.includes(k as FormField)));

/** An edit clears the messages of the fields it touched, and a failed send's message. */
function edit(state: FilingState, patch: Partial<AppealDraft>): FilingState {
  return {
    ...state,
    draft: { ...state.draft, ...patch },
    message: state.message?.tone === 'error' ? null : state.message,
    errors: without(state.errors, Object.keys(patch) as FormField[]),
  };
}

export function filingReducer(state: FilingState, action: FilingAction): FilingState {
  switch (action.type) {
    case 'edited':
      return edit(state, action.patch);
    case 'communityChosen':
      // A building belongs to its community: choose it again.
      return edit(state, { communityId: action.communityId, buildingId: null });

    case 'photosRequested':
      return { ...state, photoBusy: true };
    case 'photosDeclined':
      return { ...state, photoBusy: false, message: { text: TEXT.photoPrivacy, tone: 'warning' } };
    case 'photosAdded': {
      const { photos, dropped } = addPhotos(state.draft.photos, action.paths);
      return {
        ...state,
        photoBusy: false,
        draft: { ...state.draft, photos },
        errors: without(state.errors, ['attachmentIds']),
        message: dropped ? { text: TEXT.tooManyPhotos(dropped), tone: 'warning' } : state.message,
      };
    }
    case 'photoRemoved':
      return { ...state, draft: { ...state.draft, photos: removePhoto(state.draft.photos, action.index) }, errors: without(state.errors, ['attachmentIds']) };

    case 'locating':
      return { ...state, location: { ...state.location, busy: true, message: null } };
    case 'locationDeclined':
      return { ...state, location: { coords: null, busy: false, message: TEXT.locationPrivacy } };
    case 'located':
      return { ...state, location: { coords: action.coords, busy: false, message: action.coords ? null : TEXT.noLocation } };
    case 'locationCleared':
      return { ...state, location: NO_LOCATION };

    case 'startedOver': {
      const { communityId, buildingId, savedAt } = state.draft;
      return {
        ...state,
        draft: { key: action.key, communityId, buildingId, category: null, content: '', contactPhone: '', locationText: '', photos: [], savedAt },
        restored: false,
        errors: {},
        message: null,
      };
    }

    case 'submitInvalid':
      return { ...state, errors: action.errors, message: { text: TEXT.invalid, tone: 'error' } };
    case 'submitStarted':
      return { ...state, errors: {}, message: null };
    case 'connecting':
      return { ...state, progress: TEXT.connecting };
    case 'uploadingPhoto':
      return { ...state, progress: TEXT.uploading(action.index, action.total) };
    case 'sending':
      return { ...state, progress: TEXT.sending };
    case 'submitFailed':
      return {
        ...state,
        errors: serverFieldErrors(action.error),
        message: { text: submitFailureText(action.error), tone: 'error' },
        // The server has a different appeal under this key: the next tap files a new one.
        draft: isKeyReused(action.error) ? { ...state.draft, key: action.freshKey } : state.draft,
      };
    case 'submitEnded':
      return { ...state, progress: null };

    case 'supportStarted':
      return { ...state, supporting: action.id, supportError: null };
    case 'supportFailed':
      return { ...state, supportError: { ...supportFailure(action.error), id: action.id } };
    case 'supportEnded':
      return { ...state, supporting: null };

    case 'finished':
      return { ...state, finished: true };
  }
}

/**
 * A photo the server refused (too large, not an image) names which one, beside the photos, so she can
 * take it out; a failure worth retrying passes through unchanged.
 */
export function photoUploadFailure(error: unknown, index: number): unknown {
  if (!(error instanceof ApiError) || error.retryable) return error;
  const reason = error.fieldMessage('file') ?? error.message;
  return new ApiError(error.status, error.code, `第${index + 1}张照片没能上传：${reason}`, [
    { field: 'attachmentIds', message: `第${index + 1}张照片：${reason}，请去掉这张再提交` },
  ]);
}
