import type { Satisfaction, WhistleAction, WhistleDetail } from '@lingjuli/shared';
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { api } from '@/services/api';
import type { ApiError } from '@/services/http';
import { closeBody, completeBody, progressBody, reportInBody } from '@/utils/powers/whistles';
import { scrollToSelector, toast } from '@/utils/navigation';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';
import { useSubmit } from '@/hooks/useSubmit';

const DONE: Record<WhistleAction, string> = { reportIn: '已报到', progress: '已报告进展', complete: '已办结', close: '已结束并评价' };

/**
 * One whistle (`?id=`): the detail, the action whose form is open, and its form. The server's answer
 * replaces the detail, so the actions offered are always the server's.
 */
export function useWhistle(id: number, enabled: boolean) {
  const query = useQuery<WhistleDetail | null>(() => (enabled && id ? api.whistles.get(id) : Promise.resolve(null)), [id, enabled]);
  const [detail, setDetail] = useState<WhistleDetail | null>(null);
  useEffect(() => {
    if (query.data) setDetail(query.data);
  }, [query.data]);
  usePageRefresh(query.reload);

  // The linked appeal's summary, when the caller may read it (a department may not).
  const appealId = detail?.appealId ?? null;
  const appeal = useQuery(() => (appealId ? api.appeals.get(appealId).catch(() => null) : Promise.resolve(null)), [appealId]);

  const [open, setOpen] = useState<WhistleAction | null>(null);
  const [text, setText] = useState('');
  const [ratings, setRatings] = useState<Partial<Record<number, Satisfaction>>>({});
  const [comments, setComments] = useState<Partial<Record<number, string>>>({});
  const submitter = useSubmit();

  const choose = (action: WhistleAction) => {
    setOpen(action);
    setText('');
    submitter.reset();
    scrollToSelector('#whistle-form');
  };
  const cancel = () => {
    setOpen(null);
    submitter.reset();
  };

  const applied = (action: WhistleAction) => (next: WhistleDetail) => {
    setDetail(next);
    setOpen(null);
    setText('');
    toast(DONE[action]);
    void Taro.pageScrollTo({ scrollTop: 0, duration: 200 }).catch(() => undefined);
  };

  const submit = async () => {
    if (!detail || !open) return;
    // Someone else moved the whistle meanwhile: show it as it is now (the form keeps the message).
    const failed = (e: ApiError) => {
      if (e.status === 409 || e.status === 404) void query.reload();
    };
    const id = detail.id;
    if (open === 'reportIn') await submitter.run(reportInBody(text), (b) => api.whistles.reportIn(id, b), applied(open), failed);
    else if (open === 'progress') await submitter.run(progressBody(text), (b) => api.whistles.progress(id, b), applied(open), failed);
    else if (open === 'complete') await submitter.run(completeBody(text), (b) => api.whistles.complete(id, b), applied(open), failed);
    else await submitter.run(closeBody(detail.targets, ratings, comments), (b) => api.whistles.close(id, b), applied(open), failed);
  };

  return {
    detail,
    loading: query.loading && !detail,
    error: query.error,
    reload: query.reload,
    appeal: appeal.data ?? null,
    open,
    choose,
    cancel,
    text,
    setText,
    ratings,
    rate: (departmentId: number, rating: Satisfaction) => setRatings((r) => ({ ...r, [departmentId]: rating })),
    comments,
    comment: (departmentId: number, value: string) => setComments((c) => ({ ...c, [departmentId]: value })),
    submit,
    submitter,
  };
}
