import type { AppealDetail, Satisfaction } from '@lingjuli/shared';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { useQuery } from '@/hooks/useQuery';
import { api } from '@/services/api';
import { ApiError } from '@/services/http';
import { rateEffect } from '@/utils/resident/appeal-view';
import { asResident } from '@/hooks/resident/asResident';
import { takeFlash } from '@/hooks/resident/flash';
import { usePageRefresh } from '@/hooks/usePageRefresh';

const NOT_FOUND = new ApiError(404, 'NOT_FOUND', '找不到这条诉求');

/** One of her appeals, with what she may do now (rate, withdraw), from `detail.actions`. */
export function useAppealDetail(idParam: string | undefined) {
  const id = Number(idParam);
  const valid = Number.isInteger(id) && id > 0;
  const detail = useQuery<AppealDetail>(() => (valid ? asResident(() => api.appeals.get(id)) : Promise.reject(NOT_FOUND)), [id]);
  const [actionError, setActionError] = useState<string | null>(null);
  /** What just happened, in words: filed, joined ("me too"), rated, withdrawn. */
  const [done, setDone] = useState<string | null>(() => (valid ? takeFlash(id) : null));
  const [withdrawing, setWithdrawing] = useState(false);
  usePageRefresh(detail.reload);

  const actions = detail.data?.actions ?? [];

  async function withdraw() {
    if (withdrawing) return;
    const { confirm } = await Taro.showModal({
      title: '撤回诉求',
      content: '撤回后，社区将不再办理这件事。确定要撤回吗？',
      confirmText: '确定撤回',
      cancelText: '再想想',
      confirmColor: '#c62828',
    });
    if (!confirm) return;
    setWithdrawing(true);
    setActionError(null);
    try {
      await asResident(() => api.appeals.withdraw(id, {}));
      setDone('已撤回。如果问题又出现了，可以随时重新反映。');
      await detail.reload();
    } catch (error) {
      setActionError(error instanceof ApiError ? error.message : '撤回没有成功，请稍后再试');
    } finally {
      setWithdrawing(false);
    }
  }

  return {
    id,
    detail: detail.data,
    loading: detail.loading,
    error: detail.error,
    reload: detail.reload,
    canRate: actions.includes('rate'),
    canWithdraw: actions.includes('withdraw'),
    withdraw,
    withdrawing,
    actionError,
    done,
    setDone,
  };
}

/** The rating form: solved? and how satisfied, an optional comment, and what sending it will do. */
export function useRating(appeal: Pick<AppealDetail, 'id' | 'reopenCount'> | undefined, onRated: (message: string) => Promise<void> | void) {
  const [solved, setSolved] = useState<boolean | null>(null);
  const [satisfaction, setSatisfaction] = useState<Satisfaction | null>(null);
  const [comment, setComment] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const ready = solved !== null && satisfaction !== null;
  const effect = ready && appeal ? rateEffect({ solved, satisfaction }, appeal.reopenCount) : null;

  async function submit() {
    if (!appeal || solved === null || satisfaction === null || sending) return;
    setSending(true);
    setError(null);
    try {
      const text = comment.trim();
      await asResident(() => api.appeals.rate(appeal.id, { solved, satisfaction, ...(text ? { comment: text } : {}) }));
      const thanks = rateEffect({ solved, satisfaction }, appeal.reopenCount).replace(/^提交后，?/, '评价已提交。');
      setSolved(null);
      setSatisfaction(null);
      setComment('');
      await onRated(thanks);
    } catch (e) {
      setError(e instanceof ApiError ? (e.fieldMessage('comment') ?? e.message) : '评价没有提交成功，请稍后再试');
    } finally {
      setSending(false);
    }
  }

  return { solved, setSolved, satisfaction, setSatisfaction, comment, setComment, ready, effect, sending, error, submit };
}
