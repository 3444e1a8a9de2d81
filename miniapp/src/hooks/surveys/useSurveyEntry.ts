import type { BuildingSummary, SurveyChoice, SurveyInfo } from '@lingjuli/shared';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useSurveyQueue } from '@/hooks/surveys/useSurveyQueue';
import { api } from '@/services/api';
import { asApiError, type ApiError } from '@/services/http';
import { surveysApi } from '@/services/surveys-api';
import type { Session } from '@/state/session';
import { useStore } from '@/state/store';
import { enqueueSurveyEntry, surveyCache, surveyQueueVersion } from '@/state/survey-queue';
import { newDraftKey } from '@/utils/draft';
import { announce, checkAnnouncement } from '@/utils/form-errors';
import { scrollToSelector } from '@/utils/navigation';
import type { FieldErrors } from '@/utils/staff/forms';
import {
  checkHousehold,
  draftFromRequest,
  emptyHousehold,
  formFieldOf,
  householdPlace,
  nextDoor,
  setChoice,
  setText,
  withOffset,
  type HouseholdDraft,
} from '@/utils/surveys/household';

/**
 * A value loaded from the server, or — when the signal is gone — the copy kept from the last time, so
 * the form opens at the door all the same (`offline`).
 */
function useKept<T>(load: (() => Promise<T>) | null, kept: () => T | null, keep: (value: T) => void, deps: readonly unknown[]) {
  const [data, setData] = useState<T | null>(kept);
  const [error, setError] = useState<ApiError | null>(null);
  const [offline, setOffline] = useState(false);
  const [loading, setLoading] = useState(true);
  // The latest functions for every reload, updated once a render is committed (as useQuery does).
  const latest = useRef({ load, kept, keep });
  useLayoutEffect(() => {
    latest.current = { load, kept, keep };
  });
  const reload = useCallback(async () => {
    const { load: fetch, kept: copyOf, keep: store } = latest.current;
    if (!fetch) return;
    setLoading(true);
    try {
      const value = await fetch();
      store(value);
      setData(value);
      setError(null);
      setOffline(false);
    } catch (e) {
      const failure = asApiError(e, '加载失败，请稍后重试');
      const copy = copyOf();
      // No answer at all: the copy will do. A refusal (404: not hers, or gone) is said as it is.
      if (copy && failure.retryable) {
        setData(copy);
        setOffline(true);
        setError(null);
      } else setError(failure);
    } finally {
      setLoading(false);
    }
  }, []);
  useEffect(() => {
    void reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's `deps` say when to load again; `reload` never changes
  }, deps);
  return { data, setData, error, offline, loading, reload };
}

/**
 * One survey at the door (入户调查): her community's buildings, the household's place and answers,
 * 保存这一户. Each saved household goes into the queue on the phone first (its own clientKey, the time
 * she asked with the phone's offset), then the queue is sent; the form clears for the next door.
 */
export function useSurveyEntry(session: Session | null, surveyId: number) {
  const userId = session?.user.id;
  const communityId = session?.user.communityId ?? null;

  const survey = useKept<SurveyInfo>(
    userId !== undefined ? () => surveysApi.get(surveyId) : null,
    () => (userId !== undefined ? surveyCache.survey(userId, surveyId) : null),
    (s) => userId !== undefined && surveyCache.saveSurvey(userId, s),
    [userId, surveyId],
  );
  const buildings = useKept<BuildingSummary[]>(
    userId !== undefined && communityId !== null ? () => api.org.buildings(communityId) : null,
    () => (userId !== undefined ? surveyCache.buildings(userId) : null),
    (b) => userId !== undefined && surveyCache.saveBuildings(userId, b),
    [userId, communityId],
  );

  const queue = useSurveyQueue(userId);
  // Her count as kept on the phone: the server's at the last load, grown by every entry taken since.
  const version = useStore(surveyQueueVersion);
  const s = survey.data;
  const taken = useMemo(
    () => (userId !== undefined ? surveyCache.survey(userId, surveyId)?.myEntries : undefined) ?? s?.myEntries ?? 0,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` says when the queue (and the kept count) changed
    [userId, surveyId, s, version],
  );

  const [draft, setDraft] = useState<HouseholdDraft>(emptyHousehold);
  const [local, setLocal] = useState<FieldErrors>({});
  /** The refused household being fixed (its clientKey), or null for a new door. */
  const [fixing, setFixing] = useState<string | null>(null);
  /** 已保存第 n 户, after a save (cleared when she starts on the next door). */
  const [savedNo, setSavedNo] = useState<number | null>(null);

  const mine = queue.counts(surveyId);
  /** Households she saved for this survey: those the server has, and those still on the phone. */
  const saved = taken + mine.waiting;

  const touch = (change: (d: HouseholdDraft) => HouseholdDraft, field?: string) => {
    setDraft(change);
    setSavedNo(null);
    if (field && local[field]) setLocal((errors) => Object.fromEntries(Object.entries(errors).filter(([k]) => k !== field)));
  };

  const save = () => {
    if (!s || userId === undefined) return;
    const checked = checkHousehold(s, draft);
    if (!checked.ok) {
      setLocal(checked.errors);
      announce(checkAnnouncement(checked.errors));
      return;
    }
    setLocal({});
    const earlier = fixing ? queue.entries.find((e) => e.clientKey === fixing) : undefined;
    const clientKey = earlier?.clientKey ?? newDraftKey();
    // A fixed household keeps when she asked; a time the server refused (a phone clock far ahead) becomes now.
    const interviewedAt = earlier && earlier.refusal?.field !== 'interviewedAt' ? earlier.body.interviewedAt : withOffset(new Date());
    enqueueSurveyEntry({
      clientKey,
      userId,
      surveyId: s.id,
      surveyTitle: s.title,
      place: householdPlace(buildings.data ?? [], checked.body),
      body: { ...checked.body, interviewedAt, clientKey },
      savedAt: earlier?.savedAt,
    });
    setSavedNo(earlier ? null : saved + 1);
    setFixing(null);
    setDraft(nextDoor(draft));
    scrollToSelector('#survey-saved');
    void queue.send();
  };

  /** A refused household back in the form, with the server's words on the field it named. */
  const fix = (clientKey: string) => {
    const entry = queue.entries.find((e) => e.clientKey === clientKey);
    if (!entry) return;
    setDraft(draftFromRequest(entry.body));
    setFixing(clientKey);
    setSavedNo(null);
    const field = formFieldOf(entry.refusal?.field ?? null);
    setLocal(field && entry.refusal ? { [field]: entry.refusal.message } : {});
    scrollToSelector('#survey-form');
  };

  const cancelFix = () => {
    setFixing(null);
    setLocal({});
    setDraft(emptyHousehold());
  };

  return {
    survey,
    buildings,
    queue,
    draft,
    fixing,
    savedNo,
    saved,
    waiting: mine.waiting,
    refused: mine.refused,
    /** Households of her other surveys still on the phone (sent with these). */
    otherWaiting: queue.entries.length - mine.waiting,
    error: (field: string) => local[field],
    setBuilding: (buildingId: number | null) => touch((d) => ({ ...d, buildingId }), 'buildingId'),
    setUnit: (unit: string) => touch((d) => ({ ...d, unit }), 'unit'),
    setRoom: (room: string) => touch((d) => ({ ...d, room }), 'room'),
    choose: (index: number, questionId: number, choice: SurveyChoice) => touch((d) => setChoice(d, questionId, choice), `answers.${index}`),
    type: (index: number, questionId: number, text: string) => touch((d) => setText(d, questionId, text), `answers.${index}`),
    save,
    fix,
    cancelFix,
  };
}
