import type { CampaignPublicResult } from '@lingjuli/shared';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';
import { campaignsApi } from '@/services/campaigns-api';
import { ApiError } from '@/services/http';

const NOT_FOUND = new ApiError(404, 'CAMPAIGN_NOT_FOUND', '找不到该专项整治');

/** A running or finished campaign's public result, read without logging in (a planned one is not public: 404). */
export function useCampaignResult(idParam: string | undefined) {
  const id = Number(idParam);
  const valid = Number.isInteger(id) && id > 0;
  const result = useQuery<CampaignPublicResult>(() => (valid ? campaignsApi.result(id) : Promise.reject(NOT_FOUND)), [id]);
  usePageRefresh(result.reload);
  return {
    id,
    result: result.data ?? null,
    loading: result.loading && !result.data,
    error: result.data ? null : result.error,
    reload: result.reload,
  };
}
