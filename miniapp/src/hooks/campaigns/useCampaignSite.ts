import type { BuildingSummary, CampaignSiteInfo, CampaignSummary } from '@lingjuli/shared';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '@/hooks/useQuery';
import { platform } from '@/platform';
import { api } from '@/services/api';
import { campaignsApi } from '@/services/campaigns-api';
import { asApiError, type ApiError } from '@/services/http';
import { uploadReportPhotos } from '@/services/report-photos';
import type { Session } from '@/state/session';
import { storage } from '@/state/storage';
import { runningCampaigns } from '@/utils/campaigns/result';
import { SITE_REPORT_RETRY, checkSite, emptySite, restoredSite, siteAfterFailure, siteBody, type SiteDraft } from '@/utils/campaigns/site-form';
import { announce, checkAnnouncement, failureAnnouncement } from '@/utils/form-errors';
import { MAX_PHOTOS, addPhotos } from '@/utils/liaison/report';
import { formLevelMessage, type FieldErrors } from '@/utils/staff/forms';
import { withRetry } from '@/utils/retry';

const DRAFT_KEY = 'lingjuli.campaignSiteDraft';

/** The fields of the form, for the server's message that none of them carries. */
const SITE_FIELDS = ['buildingId', 'locationText', 'finding', 'count', 'attachmentIds'];

interface SavedDraft {
  userId: number;
  campaignId: number | null;
  draft: SiteDraft;
}

/** Her saved draft, if any, with its key; only uploaded photos survive (local paths may not). */
function restore(userId: number | undefined): SavedDraft | null {
  const saved = storage.get<SavedDraft>(DRAFT_KEY);
  if (!saved || saved.userId !== userId) return null;
  return { ...saved, draft: restoredSite(saved.draft) };
}

export type SiteStep = 'idle' | 'uploading' | 'sending';

/**
 * A liaison (or the community's staff) reports a site of a running campaign found on her rounds: the
 * campaign (the one running in her community, or the one she picks), a building of her community or
 * the place in words, what she found and how many, up to nine photos (compressed, then uploaded once).
 * The draft is kept on the phone until it is sent, with its own clientKey: a resend of it (she tries
 * again, or the phone does once when no answer came) is the same site, never a second one.
 */
export function useCampaignSite(session: Session | null, campaignIdParam: number | undefined) {
  const userId = session?.user.id;
  const communityId = session?.user.communityId ?? null;
  const running = useQuery<CampaignSummary[]>(async () => (session ? runningCampaigns(await campaignsApi.list({ status: 'active' })) : []), [userId]);
  const buildings = useQuery<BuildingSummary[]>(() => (communityId ? api.org.buildings(communityId) : Promise.resolve([])), [communityId]);

  const saved = useMemo(() => restore(userId), [userId]);
  const [picked, setPicked] = useState<number | null>(() => campaignIdParam ?? saved?.campaignId ?? null);
  const [draft, setDraft] = useState<SiteDraft>(() => saved?.draft ?? emptySite());
  const draftRef = useRef(draft);
  const pickedRef = useRef(picked);

  // A different person on this phone starts from her own draft.
  useEffect(() => {
    if (!saved) return;
    draftRef.current = saved.draft;
    setDraft(saved.draft);
  }, [saved]);

  const keep = (nextDraft: SiteDraft, nextCampaign: number | null) => {
    draftRef.current = nextDraft;
    pickedRef.current = nextCampaign;
    setDraft(nextDraft);
    setPicked(nextCampaign);
    if (userId !== undefined) storage.set(DRAFT_KEY, { userId, campaignId: nextCampaign, draft: nextDraft } satisfies SavedDraft);
  };
  const update = (change: (d: SiteDraft) => SiteDraft) => keep(change(draftRef.current), pickedRef.current);

  const list = running.data ?? [];
  // The campaign she reports in: the one asked for, else the one she picked, else the only one running.
  const campaign = list.find((c) => c.id === picked) ?? (campaignIdParam === undefined && list.length === 1 ? list[0] : null);
  /** Asked for a campaign that is not running in her community (finished, or not hers). */
  const missing = running.data !== undefined && campaignIdParam !== undefined && !list.some((c) => c.id === campaignIdParam);

  const [step, setStep] = useState<SiteStep>('idle');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [reported, setReported] = useState<CampaignSiteInfo | null>(null);
  const busy = step !== 'idle';

  const choosePhotos = async () => {
    if (busy) return;
    const room = MAX_PHOTOS - draftRef.current.photos.length;
    if (room <= 0) return;
    if (!(await platform.ensurePrivacyAuthorized())) return;
    const paths = await platform.chooseImages(room);
    if (paths.length) update((d) => ({ ...d, photos: addPhotos(d.photos, paths) }));
  };

  const submit = async () => {
    if (busy || !campaign) return;
    const problems = checkSite(draftRef.current);
    setError(null);
    setErrors(problems);
    if (Object.keys(problems).length) {
      announce(checkAnnouncement(problems));
      return;
    }
    try {
      // Photos first; the ids are kept so a retry skips them.
      setStep('uploading');
      await uploadReportPhotos(draftRef.current.photos, (path, attachmentId) =>
        update((d) => ({ ...d, photos: d.photos.map((p) => (p.path === path ? { ...p, attachmentId } : p)) })),
      );
      setStep('sending');
      const body = siteBody(draftRef.current);
      const site = await withRetry(() => campaignsApi.reportSite(campaign.id, body), SITE_REPORT_RETRY);
      storage.remove(DRAFT_KEY);
      setReported(site);
    } catch (e) {
      const failure = asApiError(e, '提交失败，请稍后重试');
      // Her key was someone else's: a new one lets her send this report (the draft keeps its key otherwise).
      const next = siteAfterFailure(draftRef.current, failure.code);
      if (next !== draftRef.current) update(() => next);
      setError(failure);
      announce(failureAnnouncement(failure));
      // It stopped running meanwhile: the list says so.
      if (failure.code === 'CAMPAIGN_NOT_ACTIVE' || failure.code === 'CAMPAIGN_NOT_FOUND') void running.reload();
    } finally {
      setStep('idle');
    }
  };

  /** After a site went through: a fresh form (with a fresh key) in the same campaign. */
  const again = () => {
    setReported(null);
    setErrors({});
    setError(null);
    keep(emptySite(), campaign?.id ?? pickedRef.current);
  };

  return {
    communityId,
    running,
    campaigns: list,
    campaign,
    missing,
    pick: (id: number | null) => keep(draftRef.current, id),
    buildings,
    draft,
    setBuilding: (buildingId: number | null) => update((d) => ({ ...d, buildingId })),
    setLocationText: (locationText: string) => update((d) => ({ ...d, locationText })),
    setFinding: (finding: string) => update((d) => ({ ...d, finding })),
    setCount: (count: string) => update((d) => ({ ...d, count })),
    choosePhotos,
    removePhoto: (path: string) => !busy && update((d) => ({ ...d, photos: d.photos.filter((p) => p.path !== path) })),
    submit,
    step,
    busy,
    /** The message for one field: the form's own check first, then the server's. */
    message: (field: string) => errors[field] ?? error?.fieldMessage(field),
    /** The server's message when no field on the form carries it (409: not running any more…). */
    formMessage: formLevelMessage(error, SITE_FIELDS),
    reported,
    again,
  };
}
