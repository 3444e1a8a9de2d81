import type { MeetingDetail } from '@lingjuli/shared';
import Taro from '@tarojs/taro';
import { useEffect, useMemo, useRef, useState } from 'react';
import { asResident } from '@/hooks/resident/asResident';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';
import { useSubmit } from '@/hooks/useSubmit';
import { platform } from '@/platform';
import { routes } from '@/routes';
import { api } from '@/services/api';
import { ApiError } from '@/services/http';
import { meetingsApi } from '@/services/meetings-api';
import { checked } from '@/utils/powers/check';
import { openPage } from '@/utils/navigation';
import { parseScene } from '@/utils/scene';

const NOT_FOUND = new ApiError(404, 'MEETING_NOT_FOUND', '找不到这次议事会');

/**
 * One meeting as a resident (or liaison) of its audience sees it: she signs up or withdraws before the
 * start; at the door she checks in with the code she scanned (`?code=` from the QR, or the page's own
 * 扫码签到); after publication she reads the minutes, her own linked appeals open. Without a stated
 * household the server answers 409 `HOUSEHOLD_REQUIRED`: she is taken to the household page once.
 */
export function useMeeting(idParam: string | undefined, codeParam: string | undefined) {
  const id = Number(idParam);
  const valid = Number.isInteger(id) && id > 0;
  const query = useQuery<MeetingDetail>(() => (valid ? asResident(() => meetingsApi.get(id)) : Promise.reject(NOT_FOUND)), [id]);
  const [meeting, setMeeting] = useState<MeetingDetail | null>(null);
  useEffect(() => {
    if (query.data) setMeeting(query.data);
  }, [query.data]);
  usePageRefresh(query.reload);

  const householdRequired = query.error?.code === 'HOUSEHOLD_REQUIRED';
  const sentToHousehold = useRef(false);
  useEffect(() => {
    // Once: coming back without stating it, she sees why and the button, not the household page again.
    if (householdRequired && !sentToHousehold.current) {
      sentToHousehold.current = true;
      openPage(routes.household());
    }
  }, [householdRequired]);

  // Her own appeals (filed or "me too"), to open those a decision answers; asked only when there are some.
  const linked = useMemo(() => (meeting?.decisions ?? []).flatMap((d) => d.appeals.map((a) => a.id)), [meeting]);
  const mine = useQuery<Set<number>>(
    () =>
      linked.length
        ? asResident(() => api.appeals.list({ open: false, sort: 'recent', pageSize: 100 })).then((page) => new Set(page.items.map((a) => a.id)))
        : Promise.resolve(new Set<number>()),
    [linked.join(',')],
  );

  const [code, setCode] = useState(codeParam?.trim() || null);
  const [done, setDone] = useState<string | null>(null);
  const [scanProblem, setScanProblem] = useState<string | null>(null);
  const action = useSubmit();
  const act = (send: () => Promise<MeetingDetail>, message: string) =>
    action.run(
      checked({}, () => undefined),
      () => asResident(send),
      (next) => {
        setMeeting(next);
        setDone(message);
      },
      (e) => {
        setDone(null);
        if (e.code === 'HOUSEHOLD_REQUIRED') openPage(routes.household());
        // Full, started or cancelled meanwhile: show it as it is now.
        else if (e.status === 409) void query.reload();
      },
    );

  const signUp = () => act(() => meetingsApi.signUp(id), '报名成功！请按时参加，到会场后扫门口的二维码签到。');

  const withdraw = async () => {
    const { confirm } = await Taro.showModal({
      title: '取消报名',
      content: '确定不参加这次议事会了吗？开始前还可以再报名。',
      confirmText: '取消报名',
      cancelText: '再想想',
      confirmColor: '#c62828',
    });
    if (confirm) await act(() => meetingsApi.withdraw(id), '已取消报名。');
  };

  const checkInWith = (checkInCode: string) => act(() => meetingsApi.checkIn(id, { code: checkInCode }), '签到成功，欢迎参加议事会！');
  const checkIn = () => (code ? checkInWith(code) : Promise.resolve(false));

  /** In WeChat: scan the door's code here; another meeting's code opens that meeting. */
  const canScan = platform.name === 'weapp';
  const scan = async () => {
    setScanProblem(null);
    const scanned = parseScene(await platform.scanScene()).meetingCheckIn;
    if (!scanned) {
      setScanProblem('没有识别到签到码。请对准会场门口的“议事会签到”二维码再扫一次。');
      return;
    }
    if (scanned.meetingId !== id) {
      openPage(routes.meeting(scanned.meetingId, { code: scanned.code }), 'redirect');
      return;
    }
    setCode(scanned.code);
    await checkInWith(scanned.code);
  };

  return {
    id,
    meeting,
    loading: query.loading && !meeting,
    error: meeting ? null : query.error,
    householdRequired: householdRequired && !meeting,
    reload: query.reload,
    myAppealIds: mine.data ?? new Set<number>(),
    code,
    canScan,
    scan,
    scanProblem,
    signUp,
    withdraw,
    checkIn,
    busy: action.busy,
    actionError: action.error,
    done,
  };
}
