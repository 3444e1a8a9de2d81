import Taro, { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { usePolling } from '@/hooks/usePolling';
import type { ApiError } from '@/services/http';
import { surveysApi } from '@/services/surveys-api';
import { useStore } from '@/state/store';
import { discardSurveyEntry, flushSurveyQueue, loadSurveyQueue, queueCounts, surveyQueueVersion, type FlushResult } from '@/state/survey-queue';

/** Tries the waiting households again this often while the page is open (a signal may come back any time). */
const AUTO_SEND_MS = 30_000;

/** Why the queue stopped, in her words: the households stay on the phone either way. */
export function stoppedWords(error: ApiError): string {
  if (error.status === 0) return '网络不好，这几户已保存在手机上，有网后会自动上传，也可以点“重新上传”。';
  if (error.status === 401) return '登录已过期，请重新登录后再上传；这几户仍保存在手机上。';
  return `${error.message}；这几户仍保存在手机上，请稍后点“重新上传”。`;
}

/**
 * Her queue of saved households (state/survey-queue): what waits and what was refused, sent on
 * opening the page, after each save, every half minute while some wait, and on 重新上传.
 */
export function useSurveyQueue(userId: number | undefined, onSent?: (result: FlushResult) => void) {
  const version = useStore(surveyQueueVersion);
  // Storage is the truth: read again whenever the queue changed.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` says when storage changed
  const entries = useMemo(() => (userId === undefined ? [] : loadSurveyQueue(userId)), [userId, version]);
  const [sending, setSending] = useState(false);
  const [stopped, setStopped] = useState<string | null>(null);

  const send = useCallback(
    async (includeRefused = false): Promise<FlushResult | null> => {
      if (userId === undefined) return null;
      setSending(true);
      try {
        const result = await flushSurveyQueue(userId, (surveyId, body) => surveysApi.enter(surveyId, body), { includeRefused });
        setStopped(result.stopped ? stoppedWords(result.stopped) : null);
        if (result.sent || result.refused) onSent?.(result);
        return result;
      } finally {
        setSending(false);
      }
    },
    [userId, onSent],
  );

  const hasPending = entries.some((e) => e.status === 'pending');
  // On opening the page and on coming back to it (a second call while one runs joins it).
  useEffect(() => {
    void send();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per person
  }, [userId]);
  useDidShow(() => void send());
  usePolling(() => send(), AUTO_SEND_MS, hasPending);

  /** Gives up on one household, after she confirms (a stray tap must not lose an answer). */
  const discard = async (clientKey: string) => {
    if (userId === undefined) return;
    const { confirm } = await Taro.showModal({
      title: '放弃这一户',
      content: '这一户的回答将从手机上删除，不再上传。',
      confirmText: '放弃',
      cancelText: '保留',
      confirmColor: '#b3261e',
    });
    if (confirm) discardSurveyEntry(userId, clientKey);
  };

  return {
    entries,
    counts: (surveyId?: number) => queueCounts(entries, surveyId),
    sending,
    /** Why the last try stopped (network, session), or null. */
    stopped,
    /** 重新上传: every waiting household, those refused before included. */
    resend: () => send(true),
    send,
    discard,
  };
}
