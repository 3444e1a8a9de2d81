import type { SurveyInfo } from '@lingjuli/shared';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSurveyQueue } from '@/hooks/surveys/useSurveyQueue';
import { asApiError, type ApiError } from '@/services/http';
import { surveysApi } from '@/services/surveys-api';
import type { Session } from '@/state/session';
import { useStore } from '@/state/store';
import { surveyCache, surveyQueueVersion } from '@/state/survey-queue';

/**
 * The open surveys of her community (where she enters households), with her count in each; the list
 * as last loaded when there is no signal. Her queue is sent from here too.
 */
export function useOpenSurveys(session: Session | null) {
  const userId = session?.user.id;
  const [surveys, setSurveys] = useState<SurveyInfo[] | null>(() => (userId !== undefined ? surveyCache.list(userId) : null));
  const [error, setError] = useState<ApiError | null>(null);
  const [offline, setOffline] = useState(false);
  const [loading, setLoading] = useState(true);

  const reload = useCallback(async () => {
    if (userId === undefined) return;
    setLoading(true);
    try {
      const list = await surveysApi.list({ status: 'open' });
      surveyCache.saveList(userId, list);
      setSurveys(list);
      setError(null);
      setOffline(false);
    } catch (e) {
      const failure = asApiError(e, '加载失败，请稍后重试');
      const kept = surveyCache.list(userId);
      if (kept && failure.retryable) {
        setSurveys(kept);
        setOffline(true);
        setError(null);
      } else setError(failure);
    } finally {
      setLoading(false);
    }
  }, [userId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const queue = useSurveyQueue(userId);
  // Her count in each as kept on the phone: grown by every entry taken since the list was loaded.
  const version = useStore(surveyQueueVersion);
  const shown = useMemo(
    () => surveys?.map((s) => ({ ...s, myEntries: (userId !== undefined ? surveyCache.survey(userId, s.id)?.myEntries : undefined) ?? s.myEntries })) ?? null,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` says when the queue (and the kept counts) changed
    [surveys, userId, version],
  );
  return { surveys: shown, error, offline, loading, reload, queue };
}
