import { hasPermission, type PollDetail, type PollResults } from '@lingjuli/shared';
import { useEffect, useState } from 'react';
import { useExport } from '@/hooks/measures/useExport';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { usePolling } from '@/hooks/usePolling';
import { useQuery } from '@/hooks/useQuery';
import { useSubmit } from '@/hooks/useSubmit';
import { pollsApi } from '@/services/polls-api';
import type { Session } from '@/state/session';
import { checked } from '@/utils/powers/check';
import { adoptionBody } from '@/utils/polls/poll-form';
import { toast } from '@/utils/navigation';

/** Live results are read again this often while the poll runs. */
const LIVE_MS = 30_000;

/**
 * One poll as staff keep it: its live results (the free words masked by the server), 提前截止 after a
 * confirm, the .xlsx, and after the close the adopted plan (an option, words, or both).
 */
export function usePollManage(id: number, session: Session | null) {
  const role = session?.user.role;
  const enabled = !!session && id > 0;
  const detail = useQuery<PollDetail | null>(() => (enabled ? pollsApi.get(id) : Promise.resolve(null)), [enabled, id]);
  const [poll, setPoll] = useState<PollDetail | null>(null);
  useEffect(() => {
    if (detail.data) setPoll(detail.data);
  }, [detail.data]);
  const canRead = !!role && hasPermission(role, 'poll.results');
  const results = useQuery<PollResults | null>(() => (enabled && canRead ? pollsApi.results(id) : Promise.resolve(null)), [enabled, canRead, id]);
  const reloadAll = async () => {
    await Promise.all([detail.reload(), results.reload()]);
  };
  usePageRefresh(reloadAll);
  usePolling(reloadAll, LIVE_MS, poll?.status === 'open');

  const canManage = !!role && hasPermission(role, 'poll.manage') && !!poll && poll.communityId === session?.user.communityId;

  // 提前截止: a confirm first, the results are out at once.
  const [closing, setClosing] = useState(false);
  const closer = useSubmit();
  const close = () =>
    closer.run(
      checked({}, () => undefined),
      () => pollsApi.close(id),
      (p) => {
        setPoll(p);
        setClosing(false);
        toast('已截止');
        void results.reload();
      },
      (e) => {
        // Closed meanwhile (its time came): show it as it is.
        if (e.code === 'POLL_CLOSED') {
          setClosing(false);
          void reloadAll();
        }
      },
    );

  // 记录采纳方案.
  const [optionId, setOptionId] = useState<number | null>(null);
  const [text, setText] = useState('');
  const adopter = useSubmit();
  const adopt = () =>
    adopter.run(
      adoptionBody(optionId, text),
      (body) => pollsApi.adopt(id, body),
      (p) => {
        setPoll(p);
        toast('已记录采纳方案');
        void results.reload();
      },
      (e) => {
        if (e.code === 'POLL_ADOPTION_RECORDED') void reloadAll();
      },
    );

  const exporter = useExport();
  const download = () =>
    poll ? exporter.save({ path: pollsApi.resultsXlsxPath(id), query: {}, fileName: `征求意见结果-${poll.title}.xlsx`, label: '下载结果' }) : Promise.resolve();

  return {
    poll,
    loading: detail.loading && !poll,
    error: poll ? null : detail.error,
    reload: reloadAll,
    results: results.data ?? null,
    resultsLoading: results.loading && !results.data,
    resultsError: results.error,
    canManage,
    canExport: canRead,
    closing,
    setClosing: (open: boolean) => {
      closer.reset();
      setClosing(open);
    },
    close,
    closer,
    optionId,
    chooseOption: (next: number) => setOptionId((current) => (current === next ? null : next)),
    text,
    setText,
    adopt,
    adopter,
    download,
    downloading: exporter.busy,
    downloadError: exporter.error,
  };
}
