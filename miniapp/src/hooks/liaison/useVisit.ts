import type { FeedbackMethod, Satisfaction } from '@lingjuli/shared';
import { useState } from 'react';
import { useQuery } from '@/hooks/useQuery';
import { api } from '@/services/api';
import { asApiError, type ApiError } from '@/services/http';
import { announce, checkAnnouncement, failureAnnouncement } from '@/utils/form-errors';
import { emptyVisitForm, toFeedbackRequest, type VisitForm } from '@/utils/liaison/visit';

/**
 * Recording a visit's feedback. Not retried on its own: feedback has no idempotency key, so after a
 * network failure she sees the message and taps again (a second final feedback would be refused anyway).
 */
export function useVisit(id: number, enabled: boolean) {
  const detail = useQuery(() => (enabled && id ? api.appeals.get(id) : Promise.resolve(null)), [id, enabled]);
  const [form, setForm] = useState<VisitForm>(emptyVisitForm);
  const [problem, setProblem] = useState<{ field: string; message: string } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const submit = async () => {
    const checked = toFeedbackRequest(form);
    setError(null);
    if (!checked.ok) {
      setProblem({ field: checked.field, message: checked.message });
      announce(checkAnnouncement({ [checked.field]: checked.message }));
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      await api.appeals.feedback(id, checked.request);
      setDone(true);
      setForm(emptyVisitForm());
    } catch (e) {
      const failure = asApiError(e, '提交失败，请稍后重试');
      setError(failure);
      announce(failureAnnouncement(failure));
    } finally {
      setBusy(false);
    }
  };

  const message = (field: string) => (problem?.field === field ? problem.message : error?.fieldMessage(field));

  return {
    detail,
    canFeedback: detail.data?.actions.includes('feedback') ?? false,
    form,
    setMethod: (method: FeedbackMethod) => setForm((f) => ({ ...f, method })),
    setContent: (content: string) => {
      setForm((f) => ({ ...f, content }));
      if (problem?.field === 'content') setProblem(null);
    },
    setOpinion: (opinion: Satisfaction) => setForm((f) => ({ ...f, opinion: f.opinion === opinion ? null : opinion })),
    setOpinionText: (opinionText: string) => setForm((f) => ({ ...f, opinionText })),
    submit,
    busy,
    error,
    message,
    done,
  };
}
