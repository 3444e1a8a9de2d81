import { useState } from 'react';
import { useQuery } from '@/hooks/useQuery';
import { api } from '@/services/api';
import { asApiError, type ApiError } from '@/services/http';
import { announce, checkAnnouncement, failureAnnouncement } from '@/utils/form-errors';
import { visitRecordBody } from '@/utils/liaison/building-visit';

/** The buildings she is asked to visit (open visit tasks: hers, and those left to any of the community's liaisons). */
export function useBuildingVisits(enabled: boolean) {
  return useQuery(() => (enabled ? api.visitTasks.list('open') : Promise.resolve([])), [enabled]);
}

/** One visit to record: the task, what she writes, and sending it. */
export function useBuildingVisit(id: number, enabled: boolean) {
  const open = useBuildingVisits(enabled);
  const task = open.data?.find((t) => t.id === id) ?? null;
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const submit = async () => {
    const checked = visitRecordBody(note);
    setError(null);
    if (!checked.ok) {
      setProblem(checked.message);
      return announce(checkAnnouncement({ note: checked.message }));
    }
    setProblem(null);
    setBusy(true);
    try {
      await api.visitTasks.done(id, checked.body);
      setDone(true);
    } catch (e) {
      const failure = asApiError(e, '提交失败，请稍后重试');
      setError(failure);
      announce(failureAnnouncement(failure));
    } finally {
      setBusy(false);
    }
  };

  return {
    open,
    task,
    note,
    setNote: (value: string) => {
      setNote(value);
      setProblem(null);
    },
    submit,
    busy,
    done,
    message: problem ?? error?.fieldMessage('note') ?? error?.message,
  };
}
