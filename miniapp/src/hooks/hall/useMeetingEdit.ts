import type { MeetingDetail } from '@lingjuli/shared';
import { useEffect, useState } from 'react';
import { useAudiencePicker } from '@/hooks/hall/useAudiencePicker';
import { useQuery } from '@/hooks/useQuery';
import { useSubmit } from '@/hooks/useSubmit';
import { routes } from '@/routes';
import { meetingsApi } from '@/services/meetings-api';
import type { Session } from '@/state/session';
import {
  addAgendaItem,
  agendaItemError,
  cancelBody,
  draftFromMeeting,
  emptyMeetingDraft,
  meetingBody,
  moveAgendaItem,
  removeAgendaItem,
  type MeetingDraft,
} from '@/utils/hall/meeting-form';
import { phaseNow } from '@/utils/hall/meetings';
import { backOr, openPage, toast } from '@/utils/navigation';

/**
 * Schedule a meeting (`id` absent) or change one before it starts, or cancel it with a reason. The
 * audience is the whole community, some of its buildings, or people invited by name (residents with a
 * stated household, liaisons).
 */
export function useMeetingEdit(id: number | null, session: Session | null, now: Date) {
  const communityId = session?.user.communityId ?? null;
  const existing = useQuery<MeetingDetail | null>(() => (session && id ? meetingsApi.get(id) : Promise.resolve(null)), [session?.user.id, id]);
  const [draft, setDraft] = useState<MeetingDraft>(emptyMeetingDraft);
  const [loadedId, setLoadedId] = useState<number | null>(null);
  useEffect(() => {
    // The meeting as saved, once (a reload must not throw away what she changed).
    if (existing.data && existing.data.id !== loadedId) {
      setDraft(draftFromMeeting(existing.data));
      setLoadedId(existing.data.id);
    }
  }, [existing.data, loadedId]);

  const audience = useAudiencePicker(communityId, draft, setDraft, existing.data?.invitees ?? undefined);

  const set = <K extends keyof MeetingDraft>(key: K, value: MeetingDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const [agendaError, setAgendaError] = useState<string | undefined>();
  const addAgenda = () => {
    const error = agendaItemError(draft.agendaInput, draft.agenda.length);
    setAgendaError(error);
    if (!error) setDraft(addAgendaItem);
  };

  const submitter = useSubmit();
  const submit = () =>
    submitter.run(
      meetingBody(draft, now),
      (body) => (id ? meetingsApi.update(id, body) : meetingsApi.schedule(body)),
      (saved) => {
        toast(id ? '已保存修改' : '议事会已发布');
        // A change goes back to the meeting it was opened from (it reloads when shown); a new one opens in place of the form.
        setTimeout(() => (id ? backOr(routes.meetingManage(saved.id)) : openPage(routes.meetingManage(saved.id), 'redirect')), 500);
      },
    );

  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const canceller = useSubmit();
  const cancel = () =>
    id
      ? canceller.run(
          cancelBody(reason),
          (body) => meetingsApi.cancel(id, body),
          (m) => {
            setCancelling(false);
            toast('议事会已取消');
            setTimeout(() => backOr(routes.meetingManage(m.id)), 500);
          },
        )
      : Promise.resolve(false);

  const meeting = existing.data ?? null;
  const phase = meeting ? phaseNow(meeting, now) : 'upcoming';
  return {
    isNew: !id,
    meeting,
    /** A meeting can be changed or cancelled only before it starts, and only by its community's staff. */
    editable: !meeting || (phase === 'upcoming' && meeting.communityId === communityId),
    phase,
    loading: !!id && existing.loading && !existing.data,
    error: existing.error,
    reload: existing.reload,
    audience,
    draft,
    set,
    addAgenda,
    agendaError,
    removeAgenda: (i: number) => setDraft((d) => removeAgendaItem(d, i)),
    moveAgenda: (i: number, by: -1 | 1) => setDraft((d) => moveAgendaItem(d, i, by)),
    submit,
    submitter,
    cancelling,
    setCancelling,
    reason,
    setReason,
    cancel,
    canceller,
  };
}
