import type { AppealDetail, BuildingSummary, Category, CommunitySummary } from '@lingjuli/shared';
import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@/hooks/useQuery';
import { platform } from '@/platform';
import { api } from '@/services/api';
import { asApiError, type ApiError } from '@/services/http';
import { uploadReportPhotos } from '@/services/report-photos';
import type { Session } from '@/state/session';
import { storage } from '@/state/storage';
import { newDraftKey } from '@/utils/draft';
import { announce, checkAnnouncement, failureAnnouncement } from '@/utils/form-errors';
import { MAX_PHOTOS, addPhotos, checkReport, emptyReport, toReportRequest, type ReportDraft } from '@/utils/liaison/report';
import { withRetry } from '@/utils/retry';

const DRAFT_KEY = 'lingjuli.liaisonReportDraft';
/** Waits between tries on a flaky network; every try carries the same Idempotency-Key. */
const FILE_RETRY = { delaysMs: [1000, 3000, 8000] };

interface SavedDraft {
  userId: number;
  draft: ReportDraft;
}

/** The saved draft of this liaison, if any; only uploaded photos survive (local paths may not). */
function restore(userId: number | undefined): ReportDraft | null {
  const saved = storage.get<SavedDraft>(DRAFT_KEY);
  if (!saved || saved.userId !== userId) return null;
  return { ...saved.draft, photos: saved.draft.photos.filter((p) => p.attachmentId !== undefined) };
}

export type ReportStep = 'idle' | 'uploading' | 'sending';
export type LocationState = 'none' | 'locating' | 'found' | 'unavailable';

/**
 * A liaison reports a problem from her round (channel `liaison`, proactive 未诉即办): her community's
 * building, category, text, up to nine photos (compressed, then uploaded), an optional location. The
 * draft and its Idempotency-Key are kept on the phone until it is filed, so a retry never files twice.
 */
export function useLiaisonReport(session: Session | null) {
  const userId = session?.user.id;
  const communityId = session?.user.communityId ?? null;
  const [draft, setDraft] = useState<ReportDraft>(() => restore(userId) ?? emptyReport(newDraftKey()));
  const draftRef = useRef(draft);
  const [step, setStep] = useState<ReportStep>('idle');
  const [error, setError] = useState<ApiError | null>(null);
  const [problem, setProblem] = useState<{ field: string; message: string } | null>(null);
  const [filed, setFiled] = useState<AppealDetail | null>(null);
  const [location, setLocation] = useState<LocationState>(draft.latitude !== null ? 'found' : 'none');

  const communities = useQuery<CommunitySummary[]>(() => (communityId ? api.org.communities() : Promise.resolve([])), [communityId]);
  const buildings = useQuery<BuildingSummary[]>(() => (communityId ? api.org.buildings(communityId) : Promise.resolve([])), [communityId]);
  const community = communities.data?.find((c) => c.id === communityId) ?? null;

  /** Every change is kept on the phone at once. */
  const update = (change: (d: ReportDraft) => ReportDraft) => {
    const next = change(draftRef.current);
    draftRef.current = next;
    setDraft(next);
    if (userId !== undefined) storage.set(DRAFT_KEY, { userId, draft: next } satisfies SavedDraft);
  };

  // A different liaison on this phone starts from her own draft.
  useEffect(() => {
    const mine = restore(userId);
    if (mine) {
      draftRef.current = mine;
      setDraft(mine);
    }
  }, [userId]);

  const busy = step !== 'idle';

  const choosePhotos = async () => {
    if (busy) return;
    const room = MAX_PHOTOS - draftRef.current.photos.length;
    if (room <= 0) return;
    if (!(await platform.ensurePrivacyAuthorized())) return;
    const paths = await platform.chooseImages(room);
    if (paths.length) update((d) => ({ ...d, photos: addPhotos(d.photos, paths) }));
  };

  const removePhoto = (path: string) => !busy && update((d) => ({ ...d, photos: d.photos.filter((p) => p.path !== path) }));

  const locate = async () => {
    if (busy) return;
    setLocation('locating');
    const allowed = await platform.ensurePrivacyAuthorized();
    const here = allowed ? await platform.getLocation() : null;
    if (here) update((d) => ({ ...d, latitude: here.latitude, longitude: here.longitude }));
    setLocation(here ? 'found' : 'unavailable');
  };

  const clearLocation = () => {
    update((d) => ({ ...d, latitude: null, longitude: null }));
    setLocation('none');
  };

  const submit = async () => {
    if (busy || communityId === null) return;
    const checked = checkReport(draftRef.current);
    setError(null);
    if (!checked.ok) {
      setProblem({ field: checked.field, message: checked.message });
      announce(checkAnnouncement({ [checked.field]: checked.message }));
      return;
    }
    setProblem(null);
    try {
      // Photos first; the ids are kept so a retry skips them.
      setStep('uploading');
      await uploadReportPhotos(draftRef.current.photos, (path, attachmentId) =>
        update((d) => ({ ...d, photos: d.photos.map((p) => (p.path === path ? { ...p, attachmentId } : p)) })),
      );
      setStep('sending');
      const current = draftRef.current;
      const appeal = await withRetry(() => api.appeals.file(toReportRequest(current, communityId), current.key), FILE_RETRY);
      storage.remove(DRAFT_KEY);
      setFiled(appeal);
    } catch (e) {
      const failure = asApiError(e, '提交失败，请稍后重试');
      // The key was used for a different body: the earlier try went through. A new key lets her send this one.
      if (failure.code === 'IDEMPOTENCY_KEY_REUSED') update((d) => ({ ...d, key: newDraftKey() }));
      setError(failure);
      announce(failureAnnouncement(failure));
    } finally {
      setStep('idle');
    }
  };

  /** After a report went through: a fresh form, with a new key. */
  const startAgain = () => {
    setFiled(null);
    setLocation('none');
    update(() => emptyReport(newDraftKey()));
  };

  const message = (field: string) => (problem?.field === field ? problem.message : error?.fieldMessage(field));

  return {
    communityId,
    community,
    buildings,
    draft,
    setBuilding: (buildingId: number | null) => update((d) => ({ ...d, buildingId })),
    setCategory: (category: Category) => update((d) => ({ ...d, category: d.category === category ? null : category })),
    setContent: (content: string) => {
      update((d) => ({ ...d, content }));
      if (problem?.field === 'content') setProblem(null);
    },
    setLocationText: (locationText: string) => update((d) => ({ ...d, locationText })),
    choosePhotos,
    removePhoto,
    locate,
    clearLocation,
    location,
    submit,
    step,
    busy,
    error,
    message,
    filed,
    startAgain,
  };
}
