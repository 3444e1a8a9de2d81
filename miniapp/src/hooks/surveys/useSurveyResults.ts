import Taro from '@tarojs/taro';
import { DEFAULT_TARGET_MARGIN_POINTS, type SurveyResults } from '@lingjuli/shared';
import { useEffect, useState } from 'react';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';
import { asApiError } from '@/services/http';
import { surveysApi } from '@/services/surveys-api';
import { syncServerTime } from '@/state/server-clock';
import type { Session } from '@/state/session';
import { announce, failureAnnouncement } from '@/utils/form-errors';
import type { ExportFile } from '@/utils/measures/exports';
import { toast } from '@/utils/navigation';

/**
 * One survey's results for staff and the street: per question the shares with their margins and
 * Wilson intervals, the progress per community toward the target and toward a ±`marginPoints`
 * margin; one community of the street's; 提前结束 (its runner, after a confirm); 下载结果 .xlsx.
 */
export function useSurveyResults(session: Session | null, id: number) {
  const [communityId, setCommunityId] = useState<number | null>(null);
  const [marginPoints, setMarginPoints] = useState<number>(DEFAULT_TARGET_MARGIN_POINTS);
  const enabled = !!session && id > 0;
  const results = useQuery<SurveyResults | null>(async () => {
    if (!enabled) return null;
    const r = await surveysApi.results(id, { marginPoints, ...(communityId !== null ? { communityId } : {}) });
    syncServerTime(r.serverTime);
    return r;
  }, [enabled, id, communityId, marginPoints]);
  usePageRefresh(results.reload);

  /** The communities she may pick one of: those the results showed together (her scope's). */
  const [places, setPlaces] = useState<{ communityId: number; communityName: string }[]>([]);
  useEffect(() => {
    if (results.data && communityId === null) setPlaces(results.data.communities.map((c) => ({ communityId: c.communityId, communityName: c.communityName })));
  }, [results.data, communityId]);

  const [closing, setClosing] = useState(false);
  const [closeError, setCloseError] = useState<string | null>(null);
  const close = async () => {
    const survey = results.data?.survey;
    if (!survey || closing) return;
    const { confirm } = await Taro.showModal({
      title: '提前结束调查',
      content: `结束后不再接收录入（已录入的${results.data?.overall.entries ?? 0}户保留）。确定结束“${survey.title}”吗？`,
      confirmText: '结束调查',
      cancelText: '不结束',
      confirmColor: '#b3261e',
    });
    if (!confirm) return;
    setClosing(true);
    setCloseError(null);
    try {
      await surveysApi.close(id);
      toast('调查已结束');
      await results.reload();
    } catch (e) {
      const failure = asApiError(e, '结束调查失败，请稍后重试');
      setCloseError(failure.message);
      announce(failureAnnouncement(failure));
    } finally {
      setClosing(false);
    }
  };

  const data = results.data ?? null;
  const exportFile: ExportFile | null = data
    ? {
        path: surveysApi.resultsXlsxPath(id),
        query: { marginPoints, ...(communityId !== null ? { communityId } : {}) },
        fileName: `入户调查结果_${data.survey.title.slice(0, 40)}.xlsx`,
        label: '下载结果（.xlsx）',
      }
    : null;

  return { results, data, places, communityId, setCommunityId, marginPoints, setMarginPoints, close, closing, closeError, exportFile };
}
