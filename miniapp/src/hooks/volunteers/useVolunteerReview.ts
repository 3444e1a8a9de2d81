import { LIAISON_DUTIES, hasPermission, type LiaisonDuty, type VolunteerApplicationInfo } from '@lingjuli/shared';
import { useEffect, useState } from 'react';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';
import { useSubmit } from '@/hooks/useSubmit';
import { volunteersApi } from '@/services/volunteers-api';
import type { Session } from '@/state/session';
import { toggleChoice } from '@/utils/volunteers/application-form';
import { DEFAULT_DUTIES, acceptBody, afterDecision, applicationQuery, declineBody, type ApplicationFilter } from '@/utils/volunteers/review';
import { toast } from '@/utils/navigation';

/**
 * 志愿者申请 for the community's staff: the queue (oldest first) or the decided; 通过 (a liaison's duties
 * chosen in a sheet) and 不通过 (with the reason she is told). `focusId` is the application a notice opened:
 * read on its own, so it shows even when it is no longer in the queue.
 */
export function useVolunteerReview(session: Session | null, focusId: number | null) {
  const role = session?.user.role;
  const canReview = !!role && hasPermission(role, 'volunteerApplication.review');
  const [filter, setFilter] = useState<ApplicationFilter>('pending');
  const list = useQuery<VolunteerApplicationInfo[]>(
    () => (canReview ? volunteersApi.list(applicationQuery(filter)) : Promise.resolve([])),
    [canReview, filter],
  );
  const focus = useQuery<VolunteerApplicationInfo | null>(
    () => (canReview && focusId ? volunteersApi.get(focusId).catch(() => null) : Promise.resolve(null)),
    [canReview, focusId],
  );
  usePageRefresh(async () => {
    await list.reload();
    await focus.reload();
  });
  // Rows decided here change without reading the whole list again.
  const [rows, setRows] = useState<VolunteerApplicationInfo[]>([]);
  useEffect(() => setRows(list.data ?? []), [list.data]);
  const [focused, setFocused] = useState<VolunteerApplicationInfo | null>(null);
  useEffect(() => setFocused(focus.data ?? null), [focus.data]);

  const decided = (next: VolunteerApplicationInfo) => {
    setRows((rs) => afterDecision(rs, next, filter));
    setFocused((f) => (f && f.id === next.id ? next : f));
  };
  const refresh = (e: { status: number }) => {
    // Decided or gone meanwhile: show the lists as they are now.
    if (e.status === 404 || e.status === 409) {
      void list.reload();
      void focus.reload();
    }
  };

  const [accepting, setAccepting] = useState<VolunteerApplicationInfo | null>(null);
  const [duties, setDuties] = useState<LiaisonDuty[]>([...DEFAULT_DUTIES]);
  const acceptor = useSubmit();
  const accept = () =>
    accepting
      ? acceptor.run(
          acceptBody(accepting, duties),
          (body) => volunteersApi.accept(accepting.id, body),
          (next) => {
            setAccepting(null);
            decided(next);
            toast('已通过');
          },
          refresh,
        )
      : Promise.resolve(false);

  const [declining, setDeclining] = useState<VolunteerApplicationInfo | null>(null);
  const [reason, setReason] = useState('');
  const decliner = useSubmit();
  const decline = () =>
    declining
      ? decliner.run(
          declineBody(reason),
          (body) => volunteersApi.decline(declining.id, body),
          (next) => {
            setDeclining(null);
            decided(next);
            toast('已告知申请人');
          },
          refresh,
        )
      : Promise.resolve(false);

  const focusedInList = !!focused && rows.some((r) => r.id === focused.id);
  return {
    canReview,
    filter,
    setFilter,
    rows,
    loading: list.loading && !list.data,
    error: list.error,
    reload: list.reload,
    /** The notice's application, when the list on screen does not hold it. */
    focused: focused && !focusedInList ? focused : null,
    focusId,
    accepting,
    askAccept: (a: VolunteerApplicationInfo) => {
      acceptor.reset();
      setDuties([...DEFAULT_DUTIES]);
      setAccepting(a);
    },
    cancelAccept: () => setAccepting(null),
    duties,
    toggleDuty: (duty: LiaisonDuty) => setDuties((d) => toggleChoice(d, duty, LIAISON_DUTIES)),
    accept,
    acceptor,
    declining,
    askDecline: (a: VolunteerApplicationInfo) => {
      decliner.reset();
      setReason('');
      setDeclining(a);
    },
    cancelDecline: () => setDeclining(null),
    reason,
    setReason,
    decline,
    decliner,
  };
}
