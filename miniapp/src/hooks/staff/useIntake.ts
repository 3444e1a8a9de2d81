import { useMemo, useState } from 'react';
import { routes } from '../../routes';
import { api } from '../../services/api';
import type { ApiError } from '../../services/http';
import type { Session } from '../../state/session';
import { newDraftKey } from '../../utils/draft';
import { withRetry } from '../../utils/retry';
import { asApiError, fieldError, formLevelMessage, type FieldErrors } from '../../utils/staff/forms';
import { checkIntake, emptyIntake, intakeChannels, triagePreview, type IntakeForm } from '../../utils/staff/intake';
import { useQuery } from '../useQuery';
import { openPage } from '../../utils/navigation';

/** Retries after network failures: at once-ish, then a little later (the same Idempotency-Key each time). */
const RETRY_DELAYS_MS = [1000, 3000, 6000] as const;

const FIELDS = ['channel', 'contactName', 'contactPhone', 'buildingId', 'locationText', 'category', 'content', 'communityId'] as const;

/**
 * Taking in an appeal for a walk-in or phone caller in the staff member's own community: the
 * channel recorded, the live triage proposal, one idempotency key for the form's life (so a retry
 * after a flaky network files it once), then on to the appeal.
 */
export function useIntake(session: Session | null) {
  const role = session?.user.role ?? 'resident';
  const communityId = session?.user.communityId ?? null;
  const channels = intakeChannels(role);
  const [form, setForm] = useState<IntakeForm>(() => emptyIntake(channels));
  const [key] = useState(newDraftKey);
  const [local, setLocal] = useState<FieldErrors>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const buildings = useQuery(() => (communityId ? api.org.buildings(communityId) : Promise.resolve([])), [communityId]);
  const preview = useMemo(() => triagePreview(form.content, form.category), [form.content, form.category]);

  const set = <K extends keyof IntakeForm>(field: K, value: IntakeForm[K]) => setForm((f) => ({ ...f, [field]: value }));

  const submit = async () => {
    if (communityId === null) return;
    const checked = checkIntake(form, communityId);
    setError(null);
    if (!checked.ok) {
      setLocal(checked.errors);
      return;
    }
    setLocal({});
    setBusy(true);
    try {
      const filed = await withRetry(() => api.appeals.file(checked.body, key), { delaysMs: RETRY_DELAYS_MS });
      openPage(routes.staffAppeal(filed.id), 'redirect');
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return {
    /** Only community staff and secretaries take appeals in, for their own community. */
    allowed: channels.length > 0 && communityId !== null,
    channels,
    form,
    set,
    buildings,
    preview,
    busy,
    submit,
    fieldError: (field: (typeof FIELDS)[number]) => fieldError(field, local, error),
    message: formLevelMessage(error, FIELDS.filter((f) => f !== 'communityId')),
  };
}
