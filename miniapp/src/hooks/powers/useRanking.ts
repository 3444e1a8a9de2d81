import { useState } from 'react';
import { API_BASE_URL, api } from '@/services/api';
import { ApiError, toApiError } from '@/services/http';
import { currentToken } from '@/state/session';
import { serverNow } from '@/state/server-clock';
import { hasCurrentQuarter, rankingFileName } from '@/utils/powers/evaluation';
import { toast } from '@/utils/navigation';
import { asApiError } from '@/utils/staff/forms';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';
import { useEvaluationPeriods } from '@/hooks/powers/useEvaluationPeriods';

const IS_H5 = process.env.TARO_ENV === 'h5';

export interface CsvDownload {
  url: string;
  fileName: string;
  periodId: number;
}

/** Fetches the CSV with the session's token and keeps it as a Blob URL (browser build only). */
async function fetchCsv(periodId: number): Promise<Blob> {
  const token = currentToken();
  let res: Response;
  try {
    res = await fetch(`${API_BASE_URL}${api.evaluation.rankingCsvPath(periodId)}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new ApiError(0, 'NETWORK', '网络不给力，请检查网络后重试');
  }
  if (!res.ok) {
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    throw toApiError(res.status, body);
  }
  return res.blob();
}

/** Hands the file to the browser as a download (a link clicked for her; the link also stays on the page). */
function startDownload(url: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/**
 * The department ranking of a period (`?periodId=`, else the running or newest period), with the
 * weights as the server gives them; the street admin may create the current quarter's period; the
 * CSV export is a download in the browser (WeChat cannot save files: done from a computer).
 */
export function useRanking(wantedPeriodId: number | null, enabled: boolean, canCreatePeriod: boolean) {
  const { periods, periodId, setPeriodId } = useEvaluationPeriods(enabled, wantedPeriodId);
  const { sorted } = periods;

  const ranking = useQuery(() => (enabled && periodId ? api.evaluation.ranking(periodId) : Promise.resolve(undefined)), [enabled, periodId]);

  usePageRefresh(async () => {
    await periods.reload();
    await ranking.reload();
  });

  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<string | null>(null);
  const createPeriod = async () => {
    setCreating(true);
    setCreateError(null);
    try {
      const created = await api.evaluation.createPeriod();
      await periods.reload();
      setPeriodId(created.id);
      toast('考评期已创建');
    } catch (e) {
      setCreateError(asApiError(e).message);
    } finally {
      setCreating(false);
    }
  };

  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const [download, setDownload] = useState<CsvDownload | null>(null);
  const exportCsv = async () => {
    if (!periodId || !IS_H5) return;
    const period = sorted.find((p) => p.id === periodId);
    setExporting(true);
    setExportError(null);
    try {
      const blob = await fetchCsv(periodId);
      if (download) URL.revokeObjectURL(download.url);
      const next = { url: URL.createObjectURL(blob), fileName: rankingFileName(period ?? { id: periodId, name: '' }), periodId };
      setDownload(next);
      startDownload(next.url, next.fileName);
    } catch (e) {
      setExportError(asApiError(e).message);
    } finally {
      setExporting(false);
    }
  };

  return {
    periods,
    periodId,
    choosePeriod: (id: number) => {
      setPeriodId(id);
      setExportError(null);
    },
    ranking,
    canExport: IS_H5,
    /** The street admin, and the running quarter has no period yet. */
    offerCreate: canCreatePeriod && !periods.loading && !periods.error && !hasCurrentQuarter(sorted, serverNow()),
    creating,
    createError,
    createPeriod,
    exporting,
    exportError,
    download: download && download.periodId === periodId ? download : null,
    exportCsv,
  };
}
