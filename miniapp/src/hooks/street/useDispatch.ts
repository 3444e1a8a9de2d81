import type { AppealDetail } from '@lingjuli/shared';
import { useState } from 'react';
import { useQuery } from '@/hooks/useQuery';
import { routes } from '@/routes';
import { api } from '@/services/api';
import { asApiError, type ApiError } from '@/services/http';
import { chooseLead, emptySelection, toDispatchRequest, toggleAssist, type DispatchSelection } from '@/utils/street/dispatch-selection';
import { backOr, toast } from '@/utils/navigation';
import { announce, checkAnnouncement, failureAnnouncement } from '@/utils/form-errors';

/** The command centre dispatches an order: the appeal, the departments, the choice of lead and assisting ones. */
export function useDispatch(id: number, enabled: boolean) {
  const detail = useQuery<AppealDetail | null>(() => (enabled && id ? api.appeals.get(id) : Promise.resolve(null)), [id, enabled]);
  const departments = useQuery(() => (enabled ? api.org.departments() : Promise.resolve([])), [enabled]);
  const [selection, setSelection] = useState<DispatchSelection>(emptySelection);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<{ field: string; message: string } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const checked = toDispatchRequest(selection, note);
    setError(null);
    if (!checked.ok) {
      setProblem({ field: checked.field, message: checked.message });
      announce(checkAnnouncement({ [checked.field]: checked.message }));
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      await api.appeals.dispatch(id, checked.request);
      toast('已派单');
      setTimeout(() => backOr(routes.streetOrders()), 600);
    } catch (e) {
      const failure = asApiError(e, '操作失败，请稍后重试');
      setError(failure);
      announce(failureAnnouncement(failure));
    } finally {
      setBusy(false);
    }
  };

  /** The message for one field: the form's own check first, then the server's. */
  const fieldMessage = (field: string) => (problem?.field === field ? problem.message : error?.fieldMessage(field));

  return {
    detail,
    departments,
    selection,
    chooseLead: (departmentId: number) => {
      setSelection((s) => chooseLead(s, departmentId));
      if (problem?.field === 'leadDepartmentId') setProblem(null);
    },
    toggleAssist: (departmentId: number) => setSelection((s) => toggleAssist(s, departmentId)),
    note,
    setNote,
    submit,
    busy,
    error,
    fieldMessage,
  };
}
