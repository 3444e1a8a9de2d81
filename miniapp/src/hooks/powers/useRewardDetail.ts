import type { RewardAction, RewardRequestInfo } from '@lingjuli/shared';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { api } from '@/services/api';
import type { ApiError } from '@/services/http';
import { serverNow } from '@/state/server-clock';
import { approveBody, meetingBody, returnBody, type MeetingForm } from '@/utils/powers/reward';
import { toDateInput } from '@/utils/dates';
import { scrollToSelector, toast } from '@/utils/navigation';
import { asApiError, type FieldErrors } from '@/utils/staff/forms';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';
import { useSubmit } from '@/hooks/useSubmit';

const MEETING_FIELDS = ['date', 'attendees', 'decision', 'minutes'] as const;

const meetingForm = (info?: RewardRequestInfo): MeetingForm =>
  info?.meeting
    ? { date: toDateInput(new Date(info.meeting.date)), attendees: info.meeting.attendees, decision: info.meeting.decision, minutes: info.meeting.minutes }
    : { date: toDateInput(serverNow()), attendees: '', decision: '', minutes: '' };

const DONE: Record<'submit' | 'approve' | 'acknowledge' | 'return', string> = {
  submit: '已提交书记审批',
  approve: '已批准，报街道',
  acknowledge: '街道已确认',
  return: '已退回',
};

/**
 * One reward request (`?id=`): the meeting record form (while the server offers `recordMeeting`),
 * the actions it offers (submit, approve, return with a reason, acknowledge). Every answer of the
 * server replaces what is shown; a refusal is kept, in words, beside the buttons.
 */
export function useRewardDetail(id: number, enabled: boolean) {
  const query = useQuery(() => (enabled && id ? api.rewards.get(id) : Promise.resolve(undefined)), [id, enabled]);
  const [info, setInfo] = useState<RewardRequestInfo>();
  useEffect(() => {
    if (query.data) setInfo(query.data);
  }, [query.data]);
  usePageRefresh(query.reload);

  // The meeting record.
  const [meetingOpen, setMeetingOpen] = useState(false);
  const [meeting, setMeeting] = useState<MeetingForm>(meetingForm);
  const meetingSubmitter = useSubmit();
  const canRecord = !!info?.actions.includes('recordMeeting');
  // No record yet and she may write it: the form is simply there.
  const showMeetingForm = canRecord && (!info?.meeting || meetingOpen);

  useEffect(() => {
    if (info && !meetingOpen) setMeeting(meetingForm(info));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refill the form when the meeting record changes or the form closes, not on every other change of `info`
  }, [info?.meeting, meetingOpen]);

  const saveMeeting = () =>
    meetingSubmitter.run(
      meetingBody(meeting, serverNow()),
      (body) => api.rewards.recordMeeting(id, body),
      (updated) => {
        setInfo(updated);
        setMeetingOpen(false);
        toast('会议记录已保存');
      },
      // Someone else moved it meanwhile: show it as it is now (the message stays).
      (err) => {
        if (err.status === 409 || err.status === 404) void query.reload();
      },
    );

  // The actions.
  const [busy, setBusy] = useState<RewardAction | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [returnOpen, setReturnOpen] = useState(false);
  const [returnReason, setReturnReason] = useState('');
  const [returnLocal, setReturnLocal] = useState<FieldErrors>({});
  // Approving moves money: it opens a confirmation with the amount and whom, and takes a comment.
  const [approveOpen, setApproveOpen] = useState(false);
  const [approveComment, setApproveComment] = useState('');
  const [approveLocal, setApproveLocal] = useState<FieldErrors>({});

  const run = async (action: 'submit' | 'approve' | 'acknowledge' | 'return', send: () => Promise<RewardRequestInfo>) => {
    setBusy(action);
    setActionError(null);
    try {
      setInfo(await send());
      setReturnOpen(false);
      setReturnReason('');
      setApproveOpen(false);
      setApproveComment('');
      toast(DONE[action]);
      void Taro.pageScrollTo({ scrollTop: 0, duration: 200 }).catch(() => undefined);
    } catch (e) {
      const err = asApiError(e);
      setActionError(err);
      // Someone else moved it meanwhile: show it as it is now (the message stays).
      if (err.status === 409 || err.status === 404) void query.reload();
    } finally {
      setBusy(null);
    }
  };

  const act = (action: 'submit' | 'approve' | 'acknowledge' | 'return') => {
    // Both open as sheets over the request (nothing to scroll to).
    if (action === 'return' || action === 'approve') {
      (action === 'return' ? setReturnOpen : setApproveOpen)(true);
      setActionError(null);
      return;
    }
    const send = { submit: api.rewards.submit, acknowledge: api.rewards.acknowledge }[action];
    void run(action, () => send(id));
  };

  const confirmApprove = () => {
    const checked = approveBody(approveComment);
    if (!checked.ok) return setApproveLocal(checked.errors);
    setApproveLocal({});
    void run('approve', () => api.rewards.approve(id, checked.body));
  };

  const confirmReturn = () => {
    const checked = returnBody(returnReason);
    if (!checked.ok) return setReturnLocal(checked.errors);
    setReturnLocal({});
    void run('return', () => api.rewards.return(id, checked.body));
  };

  return {
    query,
    info,
    today: toDateInput(serverNow()),
    meeting: {
      canRecord,
      showForm: showMeetingForm,
      edit: () => {
        setMeetingOpen(true);
        scrollToSelector('#meeting-form');
      },
      cancel: info?.meeting ? () => setMeetingOpen(false) : undefined,
      values: meeting,
      change: (patch: Partial<MeetingForm>) => setMeeting((m) => ({ ...m, ...patch })),
      busy: meetingSubmitter.busy,
      save: saveMeeting,
      fieldError: (field: (typeof MEETING_FIELDS)[number]) => meetingSubmitter.fieldError(field),
      message: meetingSubmitter.message(MEETING_FIELDS),
    },
    busy,
    act,
    actionMessage: actionError?.message,
    approveForm: {
      open: approveOpen,
      comment: approveComment,
      setComment: setApproveComment,
      error: approveLocal.comment ?? actionError?.fieldMessage('comment'),
      confirm: confirmApprove,
      cancel: () => {
        setApproveOpen(false);
        setApproveLocal({});
        setActionError(null);
      },
    },
    returnForm: {
      open: returnOpen,
      reason: returnReason,
      setReason: setReturnReason,
      error: returnLocal.reason ?? actionError?.fieldMessage('reason'),
      confirm: confirmReturn,
      cancel: () => {
        setReturnOpen(false);
        setReturnLocal({});
        setActionError(null);
      },
    },
  };
}
