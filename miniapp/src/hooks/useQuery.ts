import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { asApiError, type ApiError } from '@/services/http';

export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  reload: () => Promise<void>;
}

/** Loads data for a page; `deps` change → reload. Errors are kept as ApiError for the page to show. */
export function useQuery<T>(load: () => Promise<T>, deps: readonly unknown[] = []): QueryState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  // The latest `load` for every reload, updated once a render is committed (never during it).
  const loadRef = useRef(load);
  useLayoutEffect(() => {
    loadRef.current = load;
  });

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setData(await loadRef.current());
      setError(null);
    } catch (e) {
      setError(asApiError(e, '加载失败，请稍后重试'));
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's `deps` say when to reload; `reload` never changes
  }, deps);

  return { data, error, loading, reload };
}
