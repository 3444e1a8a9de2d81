import type { BuildingSummary, Category, CommunitySummary, SimilarAppeal, SimilarAppealsQuery } from '@lingjuli/shared';
import Taro from '@tarojs/taro';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '@/hooks/useQuery';
import { platform } from '@/platform';
import { routes } from '@/routes';
import { api } from '@/services/api';
import { ApiError } from '@/services/http';
import { usePlace, type Place } from '@/state/place';
import {
  addPhotos,
  buildCreateRequest,
  hasErrors,
  initialDraft,
  isKeyReused,
  keepLivePhotos,
  removePhoto,
  serverFieldErrors,
  submitFailureText,
  validateDraft,
  MAX_PHOTOS,
  type Coordinates,
  type FormErrors,
  type FormField,
} from '@/utils/resident/appeal-form';
import { triageHint } from '@/utils/resident/categories';
import { similarQuery, supportFailure, supportRequest, type SupportFailure } from '@/utils/resident/me-too';
import { RESIDENT_SUBSCRIPTION_TEMPLATE_IDS } from '@/utils/resident/subscriptions';
import { clearDraft, emptyDraft, loadDraft, newDraftKey, saveDraft, type AppealDraft } from '@/utils/draft';
import { withRetry } from '@/utils/retry';
import { asResident } from './asResident';
import { setFlash } from './flash';

/** Waits between attempts when the network is flaky: three tries in all. */
export const SUBMIT_RETRY = { delaysMs: [1000, 3000] } as const;

/** Photos chosen while the app is running (a local path does not outlive the app, a blob: URL not the page). */
const livePhotos = new Set<string>();
/** Photos already uploaded, by local path, so a retry does not upload them again (and files with the same ids). */
const uploadedPhotos = new Map<string, number>();

const toInt = (value: string | undefined) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : null;
};

function startingDraft(params: { communityId?: string; buildingId?: string }, place: Place | null) {
  const communityId = toInt(params.communityId) ?? place?.community.id ?? null;
  const placeBuilding = place && place.community.id === communityId ? (place.building?.id ?? null) : null;
  const buildingId = toInt(params.buildingId) ?? placeBuilding;
  const { draft, restored } = initialDraft(loadDraft(), emptyDraft(communityId, buildingId));
  const live = keepLivePhotos(draft, (p) => livePhotos.has(p));
  return { draft: live.draft, restored, droppedPhotos: live.dropped };
}

export interface FormMessage {
  text: string;
  tone: 'error' | 'warning' | 'info';
}

export interface LocationState {
  coords: Coordinates | null;
  busy: boolean;
  message: string | null;
}

/**
 * Everything the filing page does: the draft (kept in storage on every change, with its idempotency
 * key), the place, the category and live triage hint, photos, optional location and phone, similar open
 * appeals with "me too", and a submit that survives a flaky network.
 */
export function useFileAppeal(params: { communityId?: string; buildingId?: string }) {
  const place = usePlace();
  const [start] = useState(() => startingDraft(params, place));
  const [draft, setDraft] = useState<AppealDraft>(start.draft);
  const [restored, setRestored] = useState(start.restored);
  const [errors, setErrors] = useState<FormErrors>({});
  const [message, setMessage] = useState<FormMessage | null>(
    start.droppedPhotos ? { text: `上次选的${start.droppedPhotos}张照片需要重新添加。`, tone: 'warning' } : null,
  );
  const [progress, setProgress] = useState<string | null>(null);
  const [location, setLocation] = useState<LocationState>({ coords: null, busy: false, message: null });
  const [photoBusy, setPhotoBusy] = useState(false);
  const [supporting, setSupporting] = useState<number | null>(null);
  /** Why "me too" on one appeal (`id`) did not go through. */
  const [supportError, setSupportError] = useState<(SupportFailure & { id: number }) | null>(null);
  const busy = useRef(false);
  const finished = useRef(false);

  // Kept on every change, so a closed app or a failed send loses nothing.
  useEffect(() => {
    if (!finished.current) saveDraft(draft);
  }, [draft]);

  const communities = useQuery(() => api.org.communities(), []);
  const buildings = useQuery(
    () => (draft.communityId ? api.org.buildings(draft.communityId) : Promise.resolve([] as BuildingSummary[])),
    [draft.communityId],
  );

  const community: CommunitySummary | null =
    communities.data?.find((c) => c.id === draft.communityId) ?? (place?.community.id === draft.communityId ? place.community : null);
  const building: BuildingSummary | null =
    buildings.data?.find((b) => b.id === draft.buildingId) ??
    (place?.building && place.building.id === draft.buildingId ? place.building : null);

  // Open appeals about the same problem in the same building: she can join one instead of filing again.
  // The list keeps what it was asked for: "me too" names exactly that.
  const similar = useQuery<{ asked: SimilarAppealsQuery; items: SimilarAppeal[] } | null>(() => {
    const asked = similarQuery(draft);
    if (!asked) return Promise.resolve(null);
    return asResident(() => api.appeals.similar(asked))
      .catch(() => [] as SimilarAppeal[])
      .then((items) => ({ asked, items }));
  }, [draft.buildingId, draft.category]);

  const hint = useMemo(() => triageHint(draft.content, draft.category), [draft.content, draft.category]);

  const update = useCallback((patch: Partial<AppealDraft>, fields: FormField[] = []) => {
    setDraft((d) => ({ ...d, ...patch }));
    setMessage((m) => (m?.tone === 'error' ? null : m));
    if (fields.length) setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !fields.includes(k as FormField))));
  }, []);

  const setContent = (content: string) => update({ content }, ['content']);
  const setCategory = (category: Category) => update({ category }, ['category']);
  const setPhone = (contactPhone: string) => update({ contactPhone }, ['contactPhone']);
  const setLocationText = (locationText: string) => update({ locationText }, ['locationText']);
  const setCommunity = (communityId: number) => update({ communityId, buildingId: null }, ['communityId', 'buildingId']);
  const setBuilding = (buildingId: number | null) => update({ buildingId }, ['buildingId']);

  async function choosePhotos() {
    const room = MAX_PHOTOS - draft.photos.length;
    if (room <= 0 || photoBusy) return;
    setPhotoBusy(true);
    try {
      if (!(await platform.ensurePrivacyAuthorized())) {
        setMessage({ text: '需要您同意隐私保护指引后才能添加照片。不加照片也可以提交。', tone: 'warning' });
        return;
      }
      const chosen = await platform.chooseImages(room);
      const small = await Promise.all(chosen.map((p) => platform.compressImage(p)));
      small.forEach((p) => livePhotos.add(p));
      const { dropped } = addPhotos(draft.photos, small);
      setDraft((d) => ({ ...d, photos: addPhotos(d.photos, small).photos }));
      setErrors((e) => ({ ...e, attachmentIds: undefined }));
      if (dropped) setMessage({ text: `照片最多${MAX_PHOTOS}张，多选的${dropped}张没有加上。`, tone: 'warning' });
    } finally {
      setPhotoBusy(false);
    }
  }

  const dropPhoto = (index: number) => {
    setDraft((d) => ({ ...d, photos: removePhoto(d.photos, index) }));
    setErrors((e) => ({ ...e, attachmentIds: undefined }));
  };

  async function locate() {
    if (location.busy) return;
    setLocation((l) => ({ ...l, busy: true, message: null }));
    if (!(await platform.ensurePrivacyAuthorized())) {
      setLocation({ coords: null, busy: false, message: '需要您同意隐私保护指引后才能获取位置。不提供位置也可以提交。' });
      return;
    }
    const coords = await platform.getLocation();
    setLocation({ coords, busy: false, message: coords ? null : '没有获取到位置。没关系，不提供位置也可以提交。' });
  }

  const clearLocation = () => setLocation({ coords: null, busy: false, message: null });

  /** Throw away the restored draft and start again (with a new idempotency key). */
  function startOver() {
    const fresh = emptyDraft(draft.communityId, draft.buildingId);
    clearDraft();
    setDraft(fresh);
    setRestored(false);
    setErrors({});
    setMessage(null);
  }

  async function uploadAll(photos: readonly string[]): Promise<number[]> {
    const ids: number[] = [];
    for (let i = 0; i < photos.length; i++) {
      const path = photos[i];
      const known = uploadedPhotos.get(path);
      if (known) {
        ids.push(known);
        continue;
      }
      setProgress(`正在上传照片（${i + 1}/${photos.length}）…`);
      try {
        const info = await withRetry(() => asResident(() => api.uploadPhoto(path)), SUBMIT_RETRY);
        uploadedPhotos.set(path, info.id);
        ids.push(info.id);
      } catch (error) {
        if (error instanceof ApiError && !error.retryable) {
          const reason = error.fieldMessage('file') ?? error.message;
          throw new ApiError(error.status, error.code, `第${i + 1}张照片没能上传：${reason}`, [
            { field: 'attachmentIds', message: `第${i + 1}张照片：${reason}，请去掉这张再提交` },
          ]);
        }
        throw error;
      }
    }
    return ids;
  }

  /** Send it: subscription request (from the tap), then login, photos and the appeal, each retried. */
  async function submit() {
    if (busy.current) return;
    // WeChat only allows this straight from a tap, so it comes first, before any network call.
    const subscribing = platform.requestSubscriptions(RESIDENT_SUBSCRIPTION_TEMPLATE_IDS);
    const local = validateDraft(draft);
    if (hasErrors(local)) {
      setErrors(local);
      setMessage({ text: '还有内容没有填好，请看红字提示。', tone: 'error' });
      await subscribing;
      return;
    }
    busy.current = true;
    setErrors({});
    setMessage(null);
    const sending = draft;
    try {
      await subscribing;
      setProgress('正在连接…');
      const attachmentIds = await uploadAll(sending.photos);
      setProgress('正在提交…');
      const body = buildCreateRequest(sending, attachmentIds, location.coords);
      const filed = await withRetry(() => asResident(() => api.appeals.file(body, sending.key)), SUBMIT_RETRY);
      finished.current = true;
      clearDraft();
      sending.photos.forEach((p) => uploadedPhotos.delete(p));
      setFlash(filed.id, '提交成功！社区已收到您的诉求，会按下面的期限办理，并告诉您结果。');
      await Taro.redirectTo({ url: routes.appeal(filed.id) });
    } catch (error) {
      setErrors(serverFieldErrors(error));
      setMessage({ text: submitFailureText(error), tone: 'error' });
      // The server has a different appeal under this key: the next tap files a new one.
      if (isKeyReused(error)) setDraft((d) => ({ ...d, key: newDraftKey() }));
    } finally {
      busy.current = false;
      setProgress(null);
    }
  }

  /** "我也遇到了": join an open appeal instead of filing the same problem again, then open it. */
  async function meToo(id: number) {
    const asked = similar.data?.asked;
    if (supporting || !asked) return;
    setSupporting(id);
    setSupportError(null);
    try {
      await asResident(() => api.appeals.support(id, supportRequest(asked)));
      finished.current = true;
      clearDraft();
      setFlash(id, '已记下您也遇到了这个问题，办理进展会同样告诉您。');
      await Taro.redirectTo({ url: routes.appeal(id) });
    } catch (error) {
      const failure = supportFailure(error);
      setSupportError({ ...failure, id });
      if (failure.stale) void similar.reload();
    } finally {
      setSupporting(null);
    }
  }

  return {
    draft,
    restored,
    community,
    communities: communities.data ?? [],
    building,
    buildings: buildings.data ?? [],
    similar: similar.data?.items ?? [],
    hint,
    errors,
    message,
    progress,
    submitting: progress !== null,
    location,
    photoBusy,
    supporting,
    supportError,
    setContent,
    setCategory,
    setPhone,
    setLocationText,
    setCommunity,
    setBuilding,
    choosePhotos,
    dropPhoto,
    locate,
    clearLocation,
    startOver,
    submit,
    meToo,
  };
}
