import { hasPermission, type MeetingCheckInCode, type MeetingDetail, type MeetingParticipantInfo } from '@lingjuli/shared';
import Taro from '@tarojs/taro';
import { useEffect, useMemo, useState } from 'react';
import { useMinutesEditor } from '@/hooks/hall/useMinutesEditor';
import { usePeople } from '@/hooks/hall/usePeople';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';
import { useSubmit } from '@/hooks/useSubmit';
import { API_BASE_URL } from '@/services/api';
import { asApiError, type ApiError } from '@/services/http';
import { meetingsApi } from '@/services/meetings-api';
import type { Session } from '@/state/session';
import { appOrigin, checkInLink } from '@/utils/hall/check-in';
import { phaseNow } from '@/utils/hall/meetings';
import { attendanceCandidates, filterPeople } from '@/utils/hall/people';
import { checked, toggleId } from '@/utils/powers/check';
import { toast } from '@/utils/navigation';

/** This page's own origin in the browser; none in WeChat. */
const pageOrigin = () => (typeof window !== 'undefined' && window.location?.origin ? window.location.origin : null);

/**
 * One meeting as staff keep it: who signed up and who came (记录签到, taking a wrong one back), the door's
 * check-in QR, and the minutes (useMinutesEditor). The grid and the street read it; the community's own
 * staff keep it.
 */
export function useMeetingManage(id: number, session: Session | null, now: Date) {
  const enabled = !!session && id > 0;
  const query = useQuery<MeetingDetail | null>(() => (enabled ? meetingsApi.get(id) : Promise.resolve(null)), [enabled, id]);
  const [meeting, setMeeting] = useState<MeetingDetail | null>(null);
  useEffect(() => {
    if (query.data) setMeeting(query.data);
  }, [query.data]);

  const role = session?.user.role;
  const manager = !!role && hasPermission(role, 'meeting.manage') && !!meeting && meeting.communityId === session?.user.communityId;
  const participants = useQuery<MeetingParticipantInfo[] | null>(() => (manager ? meetingsApi.participants(id) : Promise.resolve(null)), [manager, id]);
  const [sheet, setSheet] = useState<MeetingParticipantInfo[] | null>(null);
  useEffect(() => {
    if (participants.data) setSheet(participants.data);
  }, [participants.data]);
  usePageRefresh(async () => {
    await Promise.all([query.reload(), participants.reload()]);
  });

  const phase = meeting ? phaseNow(meeting, now) : null;
  const minutes = useMinutesEditor(meeting, session?.user.id, (next) => setMeeting(next));

  // ---- attendance ----
  const [recording, setRecording] = useState(false);
  const people = usePeople(meeting?.communityId ?? null, recording);
  const [ticked, setTicked] = useState<number[]>([]);
  const [search, setSearch] = useState('');
  const candidates = useMemo(() => filterPeople(attendanceCandidates(sheet ?? [], people.people), search), [sheet, people.people, search]);
  const recorder = useSubmit();
  const startRecording = () => {
    setTicked([]);
    setSearch('');
    setRecording(true);
  };
  const record = () =>
    recorder.run(
      checked(ticked.length ? {} : { userIds: '请勾选到会的人' }, () => ({ userIds: ticked })),
      (body) => meetingsApi.recordAttendance(id, body),
      (next) => {
        setSheet(next);
        setRecording(false);
        toast(`已登记${ticked.length}人到会`);
        void query.reload();
      },
    );
  const [removeError, setRemoveError] = useState<ApiError | null>(null);
  const removeAttendance = async (userId: number, name: string) => {
    const { confirm } = await Taro.showModal({
      title: '撤销到会登记',
      content: `确定${name}没有到会吗？撤销后可以重新登记。`,
      confirmText: '撤销',
      cancelText: '不撤销',
      confirmColor: '#c62828',
    });
    if (!confirm) return;
    setRemoveError(null);
    try {
      await meetingsApi.removeAttendance(id, userId);
      await Promise.all([participants.reload(), query.reload()]);
    } catch (e) {
      setRemoveError(asApiError(e));
    }
  };

  // ---- the door's QR ----
  const [showQr, setShowQr] = useState(false);
  const code = useQuery<MeetingCheckInCode | null>(() => (showQr && manager ? meetingsApi.checkInCode(id) : Promise.resolve(null)), [showQr, manager, id]);
  const origin = appOrigin(API_BASE_URL, pageOrigin());
  // A link without the site's address would lead nowhere from a phone's camera: then no QR, the code's text.
  const qrLink = code.data && origin ? checkInLink(origin, code.data.payload) : null;

  return {
    meeting,
    loading: query.loading && !meeting,
    error: meeting ? null : query.error,
    reload: query.reload,
    phase,
    manager,
    /** Before the start, its own staff may still change or cancel it. */
    canEdit: manager && phase === 'upcoming',
    /** From an hour before the start (the door's window) — also after the end, from the paper list. */
    canRecord: manager && !!meeting && meeting.status !== 'cancelled' && now.getTime() >= new Date(meeting.checkInOpensAt).getTime(),
    /** From the start until published. */
    canWriteMinutes: manager && (phase === 'inProgress' || phase === 'ended') && meeting?.minutesState !== 'published',
    canPublish: manager && phase === 'ended' && meeting?.minutesState !== 'published',
    participants: sheet,
    participantsLoading: participants.loading && !sheet,
    participantsError: participants.error,
    reloadParticipants: participants.reload,
    attendance: {
      recording,
      start: startRecording,
      close: () => setRecording(false),
      candidates,
      peopleLoading: people.loading,
      peopleError: people.error,
      reloadPeople: people.reload,
      search,
      setSearch,
      ticked,
      toggle: (userId: number) => setTicked((t) => toggleId(t, userId)),
      record,
      recorder,
      remove: removeAttendance,
      removeError,
    },
    qr: {
      shown: showQr,
      show: () => setShowQr(true),
      hide: () => setShowQr(false),
      code: code.data ?? null,
      loading: showQr && code.loading && !code.data,
      error: code.error,
      reload: code.reload,
      link: qrLink,
    },
    minutes,
  };
}
