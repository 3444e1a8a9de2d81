import { useMemo, useState } from 'react';
import { routes } from '../../routes';
import { api } from '../../services/api';
import type { ApiError } from '../../services/http';
import { asApiError, escalateBody, fieldError, formLevelMessage, type FieldErrors } from '../../utils/staff/forms';
import { gridSecretaryChoices } from '../../utils/staff/people';
import { useQuery } from '../useQuery';
import { backOr, toast } from '../../utils/navigation';

const FIELDS = ['reason', 'consultedWithId', 'consultationNote'] as const;

/**
 * Escalating an appeal to the street with the dispatch order (批办单): why, the grid secretary
 * consulted (from those the server lists in the caller's scope) and what the consultation said.
 */
export function useEscalate(id: number, enabled: boolean) {
  const appeal = useQuery(() => (enabled && id ? api.appeals.get(id) : Promise.resolve(undefined)), [id, enabled]);
  const secretaries = useQuery(() => (enabled ? api.org.users({ role: 'gridSecretary' }) : Promise.resolve([])), [enabled]);
  const communities = useQuery(() => api.org.communities(), []);

  const [reason, setReason] = useState('');
  const [consultedWithId, setConsultedWithId] = useState<number | null>(null);
  const [consultationNote, setConsultationNote] = useState('');
  const [local, setLocal] = useState<FieldErrors>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const gridId = communities.data?.find((c) => c.id === appeal.data?.communityId)?.gridId ?? null;
  const choices = useMemo(() => gridSecretaryChoices(secretaries.data ?? [], gridId), [secretaries.data, gridId]);

  const submit = async () => {
    const checked = escalateBody(reason, consultedWithId, consultationNote);
    setError(null);
    if (!checked.ok) {
      setLocal(checked.errors);
      return;
    }
    setLocal({});
    setBusy(true);
    try {
      await api.appeals.escalate(id, checked.body);
      toast('已上报街道');
      backOr(routes.staffAppeal(id));
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return {
    appeal,
    secretaries,
    choices,
    /** The server listed no grid secretary the caller may name: escalation cannot be recorded. */
    noSecretaryListed: !secretaries.loading && !secretaries.error && choices.length === 0,
    allowed: appeal.data?.actions.includes('escalate') ?? false,
    reason,
    setReason,
    consultedWithId,
    setConsultedWithId,
    consultationNote,
    setConsultationNote,
    busy,
    submit,
    fieldError: (field: (typeof FIELDS)[number]) => fieldError(field, local, error),
    message: formLevelMessage(error, FIELDS),
  };
}
