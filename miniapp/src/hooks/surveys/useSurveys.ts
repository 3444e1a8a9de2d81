import { hasPermission, type SurveyInfo, type SurveyResults } from '@lingjuli/shared';
import { useEffect, useState } from 'react';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';
import { surveysApi } from '@/services/surveys-api';
import type { Session } from '@/state/session';
import { sortSurveys, surveyListQuery, type SurveyFilter } from '@/utils/surveys/list';

/** The progress of at most this many rows is read (surveys are a handful a year). */
const PROGRESS_ROWS = 30;

/**
 * The surveys of her scope (a community's staff: those her community takes part in; the grid: its
 * communities'; the street: all), running first, each with its progress per community read from its
 * results; ＋ 发起入户调查 for those who run surveys.
 */
export function useSurveys(session: Session | null) {
  const [filter, setFilter] = useState<SurveyFilter>('all');
  const enabled = !!session;
  const list = useQuery<SurveyInfo[]>(() => (enabled ? surveysApi.list(surveyListQuery(filter)) : Promise.resolve([])), [enabled, filter]);
  usePageRefresh(list.reload);
  const rows = sortSurveys(list.data ?? []);

  const [progress, setProgress] = useState<Record<number, SurveyResults>>({});
  const ids = rows.slice(0, PROGRESS_ROWS).map((s) => s.id);
  const key = ids.join(',');
  useEffect(() => {
    if (!ids.length) return;
    let live = true;
    void Promise.allSettled(ids.map((id) => surveysApi.results(id))).then((answers) => {
      if (!live) return;
      const next: Record<number, SurveyResults> = {};
      answers.forEach((a, i) => {
        if (a.status === 'fulfilled') next[ids[i]] = a.value;
      });
      setProgress(next);
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is the ids
  }, [key, list.data]);

  return {
    filter,
    setFilter,
    rows,
    progress,
    loading: list.loading,
    error: list.error,
    reload: list.reload,
    canCreate: !!session && hasPermission(session.user.role, 'survey.manage'),
  };
}
