import { useMemo, useState } from 'react';
import { routes } from '@/routes';
import { api } from '@/services/api';
import type { Session } from '@/state/session';
import { newDraftKey } from '@/utils/draft';
import { withRetry } from '@/utils/retry';
import { checkIntake, emptyIntake, intakeChannels, triagePreview, type IntakeForm } from '@/utils/staff/intake';
import { useSubmit } from '@/hooks/useSubmit';
import { useQuery } from '@/hooks/useQuery';
import { openPage } from '@/utils/navigation';

/** Retries after network failures: at once-ish, then a little later (the same Idempotency-Key each time). */
const RETRY_DELAYS_MS = [1000, 3000, 6000] as const;

const FIELDS = [
  'channel',
  'workOrderNo',
  'cityDispatchedAt',
  'cityDueAt',
  'contactName',
  'contactPhone',
  'buildingId',
  'locationText',
  'category',
  'content',
  'communityId',
] as const;

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
  const submitter = useSubmit();

  const buildings = useQuery(() => (communityId ? api.org.buildings(communityId) : Promise.resolve([])), [communityId]);
  const preview = useMemo(() => triagePreview(form.content, form.category), [form.content, form.category]);

  const set = <K extends keyof IntakeForm>(field: K, value: IntakeForm[K]) => setForm((f) => ({ ...f, [field]: value }));

  const submit = async () => {
    if (communityId === null) return;
    await submitter.run(
      checkIntake(form, communityId),
      (body) => withRetry(() => api.appeals.file(body, key), { delaysMs: RETRY_DELAYS_MS }),
      (filed) => openPage(routes.staffAppeal(filed.id), 'redirect'),
    );
  };

  return {
    /** Only community staff and secretaries take appeals in, for their own community. */
    allowed: channels.length > 0 && communityId !== null,
    channels,
    form,
    set,
    buildings,
    preview,
    busy: submitter.busy,
    submit,
    fieldError: (field: (typeof FIELDS)[number]) => submitter.fieldError(field),
    message: submitter.message(FIELDS.filter((f) => f !== 'communityId')),
  };
}
