import type { BuildingSummary, MeetingDetail } from '@lingjuli/shared';
import { useEffect, useMemo, useState } from 'react';
import { usePeople } from '@/hooks/hall/usePeople';
import { useQuery } from '@/hooks/useQuery';
import { useSubmit } from '@/hooks/useSubmit';
import { routes } from '@/routes';
import { api } from '@/services/api';
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
import { filterPeople } from '@/utils/hall/people';
import { toggleId } from '@/utils/powers/check';
import { backOr, openPage, toast } from '@/utils/navigation';

/**
 * Schedule a meeting (`id` absent) or change one before it starts, or cancel it with a reason. The
 * audience is the whole community, some of its buildings, or people invited by name (residents with a
 * stated household, liaisons).
 */
export function useMeetingEdit(id: number | null, session: Session | null, now: Date) {
  const communityId = session?.user.communityId ?? null;
  const existing = useQuery<MeetingDetail | null>(() => (session && id ? meetingsApi.get(id) : Promise.resolve(null)), [session?.user.id, id]);
  const buildings = useQuery<BuildingSummary[]>(() => (communityId ? api.org.buildings(communityId) : Promise.resolve([])), [communityId]);
  const [draft, setDraft] = useState<MeetingDraft>(emptyMeetingDraft);
  const [loadedId, setLoadedId] = useState<number | null>(null);
  useEffect(() => {
    // The meeting as saved, once (a reload must not throw away what she changed).
    if (existing.data && existing.data.id !== loadedId) {
      setDraft(draftFromMeeting(existing.data));
      setLoadedId(existing.data.id);
    }
  }, [existing.data, loadedId]);

  // The people sheet: a copy of those invited, ticked and unticked, kept only on 确定.
  const [picking, setPicking] = useState<number[] | null>(null);
  const [search, setSearch] = useState('');
  const people = usePeople(communityId, draft.audience === 'invited' || picking !== null);
  const shownPeople = useMemo(() => filterPeople(people.people, search), [people.people, search]);
  /** Names of those invited: the community's lists, and those already invited (who may have moved since). */
  const names = useMemo(() => {
    const map = new Map<number, string>();
    (existing.data?.invitees ?? []).forEach((p) => map.set(p.id, p.name));
    people.people.forEach((p) => map.set(p.userId, p.name));
    return map;
  }, [existing.data, people.people]);

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
    buildings,
    people,
    names,
    invite: {
      open: picking !== null,
      start: () => {
        setSearch('');
        setPicking(draft.invitedUserIds);
      },
      picked: picking ?? [],
      toggle: (userId: number) => setPicking((p) => toggleId(p ?? [], userId)),
      confirm: () => {
        if (picking) setDraft((d) => ({ ...d, invitedUserIds: picking }));
        setPicking(null);
      },
      close: () => setPicking(null),
      search,
      setSearch,
      shown: shownPeople,
    },
    draft,
    set,
    toggleBuilding: (buildingId: number) => setDraft((d) => ({ ...d, buildingIds: toggleId(d.buildingIds, buildingId) })),
    uninvite: (userId: number) => setDraft((d) => ({ ...d, invitedUserIds: d.invitedUserIds.filter((x) => x !== userId) })),
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
