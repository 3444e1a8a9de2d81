import { useEffect, useMemo, useState } from 'react';
import { api } from '@/services/api';
import { serverNow } from '@/state/server-clock';
import { defaultPeriodId, newestFirst } from '@/utils/powers/evaluation';
import { useQuery } from '@/hooks/useQuery';

/**
 * The evaluation periods newest first and the one chosen: at first the one asked for (`wanted`),
 * else the one running now, else the newest. Shared by the scoring and the ranking pages.
 */
export function useEvaluationPeriods(enabled: boolean, wanted: number | null = null) {
  const periods = useQuery(() => (enabled ? api.evaluation.periods() : Promise.resolve([])), [enabled]);
  const sorted = useMemo(() => newestFirst(periods.data ?? []), [periods.data]);
  const [periodId, setPeriodId] = useState<number | null>(null);

  useEffect(() => {
    if (periodId === null && sorted.length) setPeriodId(defaultPeriodId(sorted, serverNow(), wanted));
  }, [sorted, periodId, wanted]);

  return { periods: { ...periods, sorted }, periodId, setPeriodId };
}
