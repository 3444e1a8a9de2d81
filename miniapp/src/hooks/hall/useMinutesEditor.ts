import type { AppealPage, AppealSummary, MeetingDetail } from '@lingjuli/shared';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSubmit } from '@/hooks/useSubmit';
import { api } from '@/services/api';
import { asApiError, type ApiError } from '@/services/http';
import { meetingsApi } from '@/services/meetings-api';
import { storage } from '@/state/storage';
import { appealChoices, filterAppeals } from '@/utils/hall/people';
import {
  emptyDecision,
  minutesBody,
  minutesFromMeeting,
  sameMinutes,
  toggleLinkedAppeal,
  type DecisionDraft,
  type LinkedAppeal,
  type MinutesDraft,
} from '@/utils/hall/minutes-form';
import { toast } from '@/utils/navigation';

/** What she typed and has not saved yet, kept on the phone (it survives a lost connection or closing the app). */
interface SavedMinutes {
  userId: number;
  meetingId: number;
  draft: MinutesDraft;
}

const keyOf = (meetingId: number) => `lingjuli.meetingMinutes.${meetingId}`;

function restore(meetingId: number, userId: number): MinutesDraft | null {
  const saved = storage.get<SavedMinutes>(keyOf(meetingId));
  return saved && saved.userId === userId && saved.meetingId === meetingId ? saved.draft : null;
}

/**
 * The minutes editor: the text, the decisions (each 通过 / 未通过 / 未表决, with the appeals it answers,
 * chosen from the community's appeals by code), 保存草稿, and 发布纪要 after a confirm — which saves what
 * is on screen and publishes it in two calls, so what she sees is what residents get.
 */
export function useMinutesEditor(meeting: MeetingDetail | null, userId: number | undefined, onSaved: (next: MeetingDetail) => void) {
  const meetingId = meeting?.id ?? 0;
  const [draft, setDraft] = useState<MinutesDraft>({ minutes: '', decisions: [] });
  const [restored, setRestored] = useState(false);
  const started = useRef<number | null>(null);
  useEffect(() => {
    // Once per meeting: the unsaved draft on this phone if there is one, else the server's.
    if (!meeting || !userId || started.current === meeting.id) return;
    started.current = meeting.id;
    // Published (here or by a colleague): nothing of it is hers to keep on the phone any more.
    if (meeting.minutesState === 'published') {
      storage.remove(keyOf(meeting.id));
      return;
    }
    const server = minutesFromMeeting(meeting);
    const local = restore(meeting.id, userId);
    if (local && !sameMinutes(local, server)) {
      setDraft(local);
      setRestored(true);
    } else setDraft(server);
  }, [meeting, userId]);

  const update = (change: (d: MinutesDraft) => MinutesDraft) =>
    setDraft((d) => {
      const next = change(d);
      if (userId && meetingId) storage.set(keyOf(meetingId), { userId, meetingId, draft: next } satisfies SavedMinutes);
      return next;
    });
  const setDecision = (i: number, patch: Partial<DecisionDraft>) =>
    update((d) => ({ ...d, decisions: d.decisions.map((x, j) => (j === i ? { ...x, ...patch } : x)) }));

  // ---- choosing appeals for a decision ----
  const [pickingFor, setPickingFor] = useState<number | null>(null);
  const [picked, setPicked] = useState<LinkedAppeal[]>([]);
  const [search, setSearch] = useState('');
  const [appeals, setAppeals] = useState<AppealSummary[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [appealsLoaded, setAppealsLoaded] = useState(false);
  const [appealsLoading, setAppealsLoading] = useState(false);
  const [appealsError, setAppealsError] = useState<ApiError | null>(null);
  const loadAppeals = async (after: string | null) => {
    if (!meeting) return;
    setAppealsLoading(true);
    setAppealsError(null);
    try {
      const page: AppealPage = await api.appeals.list({
        communityId: meeting.communityId,
        open: false,
        sort: 'recent',
        pageSize: 100,
        ...(after ? { cursor: after } : {}),
      });
      setAppeals((rows) => (after ? [...rows, ...page.items] : page.items));
      setCursor(page.nextCursor);
      setAppealsLoaded(true);
    } catch (e) {
      setAppealsError(asApiError(e, '诉求列表加载失败，请重试'));
    } finally {
      setAppealsLoading(false);
    }
  };
  const openPicker = (i: number) => {
    setPickingFor(i);
    setPicked(draft.decisions[i]?.appeals ?? []);
    setSearch('');
    if (!appealsLoaded) void loadAppeals(null);
  };
  const choices = useMemo(() => filterAppeals(appealChoices(appeals), search), [appeals, search]);

  // ---- save and publish ----
  const saver = useSubmit();
  const saved = (next: MeetingDetail) => {
    storage.remove(keyOf(next.id));
    setRestored(false);
    onSaved(next);
  };
  const save = () =>
    saver.run(
      minutesBody(draft),
      (body) => meetingsApi.saveMinutes(meetingId, body),
      (next) => {
        saved(next);
        toast('纪要草稿已保存');
      },
    );

  const [confirming, setConfirming] = useState(false);
  const publisher = useSubmit();
  /** Checks the form first, so the confirm opens only for minutes that can be published. */
  const askPublish = async () => {
    const ok = await saver.run(
      minutesBody(draft),
      (body) => Promise.resolve(body),
      () => undefined,
    );
    if (ok) setConfirming(true);
  };
  const publish = () =>
    publisher.run(
      minutesBody(draft),
      async (body) => {
        await meetingsApi.saveMinutes(meetingId, body);
        return meetingsApi.publishMinutes(meetingId);
      },
      (next) => {
        setConfirming(false);
        saved(next);
        toast('纪要已发布');
      },
      (e) => {
        // A field's message belongs on the form, under the field: close the confirm to show it.
        if (e.status === 400) setConfirming(false);
      },
    );

  return {
    draft,
    restored,
    setMinutes: (minutes: string) => update((d) => ({ ...d, minutes })),
    addDecision: () => update((d) => ({ ...d, decisions: [...d.decisions, emptyDecision()] })),
    removeDecision: (i: number) => update((d) => ({ ...d, decisions: d.decisions.filter((_, j) => j !== i) })),
    setDecision,
    removeAppeal: (i: number, appealId: number) =>
      update((d) => ({ ...d, decisions: d.decisions.map((x, j) => (j === i ? { ...x, appeals: x.appeals.filter((a) => a.id !== appealId) } : x)) })),
    picker: {
      index: pickingFor,
      open: openPicker,
      close: () => setPickingFor(null),
      confirm: () => {
        if (pickingFor !== null) setDecision(pickingFor, { appeals: picked });
        setPickingFor(null);
      },
      picked,
      toggle: (a: LinkedAppeal) => setPicked((p) => toggleLinkedAppeal(p, a)),
      search,
      setSearch,
      choices,
      loading: appealsLoading,
      error: appealsError,
      hasMore: cursor !== null,
      loadMore: () => void loadAppeals(cursor),
      retry: () => void loadAppeals(appealsLoaded ? cursor : null),
    },
    save,
    saver,
    confirming,
    askPublish,
    closeConfirm: () => setConfirming(false),
    publish,
    publisher,
    /** A field's message: the form's own check (or the server's answer to 保存草稿), else the server's answer to 发布. */
    fieldError: (field: string) => saver.fieldError(field) ?? publisher.fieldError(field),
    /** The server's message that no field on screen carries (a 409 such as 议事会结束后才能发布). */
    message: (fields: readonly string[]) => saver.message(fields) ?? publisher.message(fields),
  };
}
