import type { BuildingSummary, Category, CommunitySummary, SimilarAppeal, SimilarAppealsQuery } from '@lingjuli/shared';
import Taro from '@tarojs/taro';
import { useEffect, useMemo, useReducer, useRef } from 'react';
import { asResident } from '@/hooks/resident/asResident';
import { setFlash } from '@/hooks/resident/flash';
import { useQuery } from '@/hooks/useQuery';
import { platform } from '@/platform';
import { routes } from '@/routes';
import { api } from '@/services/api';
import { clearDraft, filingPhotos, loadDraft, saveDraft } from '@/state/appeal-draft';
import { usePlace } from '@/state/place';
import { newDraftKey } from '@/utils/draft';
import { buildCreateRequest, hasErrors, submitFailureText, validateDraft, MAX_PHOTOS } from '@/utils/resident/appeal-form';
import { triageHint } from '@/utils/resident/categories';
import { filingReducer, photoUploadFailure, startFiling, type DraftEdit, type FilingAction } from '@/utils/resident/filing';
import { similarQuery, supportFailure, supportRequest } from '@/utils/resident/me-too';
import { askSubscriptions, loadSubscriptionTemplates, recordSubscriptionAnswers } from '@/state/subscriptions';
import { withRetry } from '@/utils/retry';
import { ANY_ERROR_SELECTOR, announce, checkAnnouncement } from '@/utils/form-errors';

/** Waits between attempts when the network is flaky: three tries in all. */
export const SUBMIT_RETRY = { delaysMs: [1000, 3000] } as const;

/** Uploads each photo once (a retry reuses the ids of those already up), reporting which one is going. */
async function uploadAll(photos: readonly string[], dispatch: (action: FilingAction) => void): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < photos.length; i++) {
    const path = photos[i];
    const known = filingPhotos.uploadedId(path);
    if (known) {
      ids.push(known);
      continue;
    }
    dispatch({ type: 'uploadingPhoto', index: i, total: photos.length });
    try {
      const info = await withRetry(() => asResident(() => api.uploadPhoto(path)), SUBMIT_RETRY);
      filingPhotos.markUploaded(path, info.id);
      ids.push(info.id);
    } catch (error) {
      throw photoUploadFailure(error, i);
    }
  }
  return ids;
}

/**
 * Everything the filing page does: the draft (kept in storage on every change, with its idempotency
 * key), the place, the category and live triage hint, photos, optional location and phone, similar open
 * appeals with "me too", and a submit that survives a flaky network. What the page shows is one reducer
 * (utils/resident/filing); this hook loads, sends and navigates.
 */
export function useFileAppeal(params: { communityId?: string; buildingId?: string }) {
  const place = usePlace();
  const [state, dispatch] = useReducer(filingReducer, null, () => startFiling({ params, place, saved: loadDraft(), isLive: filingPhotos.isLive }));
  const { draft } = state;
  // Set at once, unlike state, so a second tap while the first is still starting does nothing.
  const busy = useRef(false);

  // The WeChat templates to ask about when she taps 提交 (the ask cannot wait for the network then).
  useEffect(() => {
    void loadSubscriptionTemplates();
  }, []);

  // Kept on every change, so a closed app or a failed send loses nothing.
  useEffect(() => {
    if (!state.finished) saveDraft(draft);
  }, [draft, state.finished]);

  const communities = useQuery(() => api.org.communities(), []);
  const buildings = useQuery(() => (draft.communityId ? api.org.buildings(draft.communityId) : Promise.resolve([] as BuildingSummary[])), [draft.communityId]);

  const community: CommunitySummary | null =
    communities.data?.find((c) => c.id === draft.communityId) ?? (place?.community.id === draft.communityId ? place.community : null);
  const building: BuildingSummary | null =
    buildings.data?.find((b) => b.id === draft.buildingId) ?? (place?.building && place.building.id === draft.buildingId ? place.building : null);

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

  const edit = (patch: DraftEdit) => dispatch({ type: 'edited', patch });

  /** The draft is done with (filed or joined): forget it and its photos, then show the appeal. */
  async function finish(id: number, flash: string) {
    dispatch({ type: 'finished' });
    clearDraft();
    setFlash(id, flash);
    await Taro.redirectTo({ url: routes.appeal(id) });
  }

  async function choosePhotos() {
    const room = MAX_PHOTOS - draft.photos.length;
    if (room <= 0 || state.photoBusy) return;
    dispatch({ type: 'photosRequested' });
    try {
      if (!(await platform.ensurePrivacyAuthorized())) {
        dispatch({ type: 'photosDeclined' });
        return;
      }
      const chosen = await platform.chooseImages(room);
      const small = await Promise.all(chosen.map((p) => platform.compressImage(p)));
      filingPhotos.choose(small);
      dispatch({ type: 'photosAdded', paths: small });
    } catch {
      // The adapter reports a cancelled or failed pick as none chosen; this only keeps the button usable.
      dispatch({ type: 'photosAdded', paths: [] });
    }
  }

  async function locate() {
    if (state.location.busy) return;
    dispatch({ type: 'locating' });
    if (!(await platform.ensurePrivacyAuthorized())) {
      dispatch({ type: 'locationDeclined' });
      return;
    }
    dispatch({ type: 'located', coords: await platform.getLocation() });
  }

  /** Throw away the restored draft and start again (with a new idempotency key). */
  function startOver() {
    clearDraft();
    dispatch({ type: 'startedOver', key: newDraftKey() });
  }

  /** Send it: subscription request (from the tap), then login, photos and the appeal, each retried. */
  async function submit() {
    if (busy.current) return;
    // WeChat only allows this straight from a tap, so it comes first, before any network call.
    const subscribing = askSubscriptions('fileAppeal');
    const local = validateDraft(draft);
    if (hasErrors(local)) {
      dispatch({ type: 'submitInvalid', errors: local });
      announce(checkAnnouncement(local));
      await subscribing;
      return;
    }
    busy.current = true;
    dispatch({ type: 'submitStarted' });
    const sending = draft;
    try {
      const answers = await subscribing;
      dispatch({ type: 'connecting' });
      const attachmentIds = await uploadAll(sending.photos, dispatch);
      dispatch({ type: 'sending' });
      const body = buildCreateRequest(sending, attachmentIds, state.location.coords);
      const filed = await withRetry(() => asResident(() => api.appeals.file(body, sending.key)), SUBMIT_RETRY);
      // Signed in by now: what she agreed to at the tap.
      void recordSubscriptionAnswers(answers);
      await finish(filed.id, '提交成功！社区已收到您的诉求，会按下面的期限办理，并告诉您结果。');
    } catch (error) {
      dispatch({ type: 'submitFailed', error, freshKey: newDraftKey() });
      announce({ message: submitFailureText(error), selector: ANY_ERROR_SELECTOR });
    } finally {
      busy.current = false;
      dispatch({ type: 'submitEnded' });
    }
  }

  /** "我也遇到了": join an open appeal instead of filing the same problem again, then open it. */
  async function meToo(id: number) {
    const asked = similar.data?.asked;
    if (state.supporting || !asked) return;
    dispatch({ type: 'supportStarted', id });
    try {
      await asResident(() => api.appeals.support(id, supportRequest(asked)));
      await finish(id, '已记下您也遇到了这个问题，办理进展会同样告诉您。');
    } catch (error) {
      dispatch({ type: 'supportFailed', id, error });
      if (supportFailure(error).stale) void similar.reload();
    } finally {
      dispatch({ type: 'supportEnded' });
    }
  }

  return {
    draft,
    restored: state.restored,
    community,
    communities: communities.data ?? [],
    building,
    buildings: buildings.data ?? [],
    similar: similar.data?.items ?? [],
    hint,
    errors: state.errors,
    message: state.message,
    progress: state.progress,
    submitting: state.progress !== null,
    location: state.location,
    photoBusy: state.photoBusy,
    supporting: state.supporting,
    supportError: state.supportError,
    setContent: (content: string) => edit({ content }),
    setCategory: (category: Category) => edit({ category }),
    setPhone: (contactPhone: string) => edit({ contactPhone }),
    setLocationText: (locationText: string) => edit({ locationText }),
    setCommunity: (communityId: number) => dispatch({ type: 'communityChosen', communityId }),
    setBuilding: (buildingId: number | null) => edit({ buildingId }),
    choosePhotos,
    dropPhoto: (index: number) => dispatch({ type: 'photoRemoved', index }),
    locate,
    clearLocation: () => dispatch({ type: 'locationCleared' }),
    startOver,
    submit,
    meToo,
  };
}
