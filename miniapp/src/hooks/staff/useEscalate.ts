import { useMemo, useState } from 'react';
import { routes } from '@/routes';
import { api } from '@/services/api';
import { escalateBody } from '@/utils/staff/forms';
import { gridSecretaryChoices } from '@/utils/staff/people';
import { useSubmit } from '@/hooks/useSubmit';
import { useQuery } from '@/hooks/useQuery';
import { backOr, toast } from '@/utils/navigation';

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
  const submitter = useSubmit();

  const gridId = communities.data?.find((c) => c.id === appeal.data?.communityId)?.gridId ?? null;
  const choices = useMemo(() => gridSecretaryChoices(secretaries.data ?? [], gridId), [secretaries.data, gridId]);

  const submit = () =>
    submitter.run(
      escalateBody(reason, consultedWithId, consultationNote),
      (body) => api.appeals.escalate(id, body),
      () => {
        toast('已上报街道');
        backOr(routes.staffAppeal(id));
      },
    );

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
    busy: submitter.busy,
    submit,
    fieldError: (field: (typeof FIELDS)[number]) => submitter.fieldError(field),
    message: submitter.message(FIELDS),
  };
}
