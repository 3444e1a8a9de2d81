import { yearAt, type CommunitySummary, type TrainingCourseInfo, type VolunteerApplicationInfo, type VolunteerKind } from '@lingjuli/shared';
import Taro from '@tarojs/taro';
import { useEffect, useMemo, useRef, useState } from 'react';
import { asResident } from '@/hooks/resident/asResident';
import { useNow } from '@/hooks/useNow';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';
import { useSubmit } from '@/hooks/useSubmit';
import { api } from '@/services/api';
import { hallApi } from '@/services/hall-api';
import { volunteersApi } from '@/services/volunteers-api';
import { usePlace } from '@/state/place';
import { saveSession, sessionStore, useSession } from '@/state/session';
import { applicationBody, draftFromApplication, toggleOffer, toggleTime, type ApplicationDraft } from '@/utils/volunteers/application-form';
import { isVolunteer, kindChoices, latestByKind, volunteerRefusal } from '@/utils/volunteers/applications';
import { VOLUNTEER_APPLY_ROLES } from '@/utils/volunteers/roles';
import { checked } from '@/utils/powers/check';
import { scrollToSelector } from '@/utils/navigation';

/**
 * 志愿服务 for a resident (or a liaison): her applications and where they stand (撤回 while waiting); the
 * form for a kind she may apply for — her community filled in, her last application's answers kept —
 * checked, then confirmed, then sent; the server's 400s under their fields, its refusals as sentences;
 * and, once she serves, the courses meant for her with 报名 / 取消报名.
 */
export function useVolunteerApply() {
  const session = useSession();
  const role = session?.user.role ?? null;
  const place = usePlace();
  const now = useNow();
  const year = yearAt(now);
  /** Someone logged in at work: the staff's page is theirs. */
  const atWork = !!role && !VOLUNTEER_APPLY_ROLES.includes(role);

  const mineQuery = useQuery<VolunteerApplicationInfo[]>(() => (atWork ? Promise.resolve([]) : asResident(() => volunteersApi.mine())), [atWork]);
  const mine = useMemo(() => mineQuery.data ?? [], [mineQuery.data]);
  const household = useQuery(() => (atWork ? Promise.resolve(null) : asResident(() => hallApi.myHousehold()).then((h) => h.household)), [atWork]);
  const communities = useQuery<CommunitySummary[]>(() => api.org.communities(), []);
  const volunteer = isVolunteer(role, mine);
  const courses = useQuery<TrainingCourseInfo[]>(
    () => (volunteer && !atWork ? asResident(() => volunteersApi.courses({ when: 'upcoming' })) : Promise.resolve([])),
    [volunteer, atWork],
  );
  usePageRefresh(async () => {
    await mineQuery.reload();
    await courses.reload();
  });

  // Accepted as a liaison: her account is one now; the session on the phone learns it (her liaison pages open).
  const refreshed = useRef(false);
  useEffect(() => {
    const current = sessionStore.get();
    if (refreshed.current || current?.user.role !== 'resident') return;
    if (!mine.some((a) => a.kind === 'liaison' && a.status === 'accepted')) return;
    refreshed.current = true;
    void api.auth
      .me()
      .then((user) => {
        const latest = sessionStore.get();
        if (latest && user.role !== latest.user.role) saveSession({ token: latest.token, expiresAt: latest.expiresAt, user });
      })
      .catch(() => undefined);
  }, [mine]);

  /** Her community: her household's, her account's, the stairwell code's (she may choose another). */
  const ownCommunityId = household.data?.communityId ?? session?.user.communityId ?? place?.community.id ?? null;
  const communityName = (id: number | null) =>
    id === null
      ? ''
      : (communities.data?.find((c) => c.id === id)?.name ?? (household.data?.communityId === id ? household.data.communityName : null) ?? `社区 #${id}`);

  const latest = latestByKind(mine);
  const choices = kindChoices(role, mine);
  const [draft, setDraft] = useState<ApplicationDraft | null>(null);
  const [choosingCommunity, setChoosingCommunity] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const submitter = useSubmit();
  const [confirming, setConfirming] = useState(false);

  /** Opens the form for a kind, filled from her last application (of any kind) but the phone. */
  const start = (kind: VolunteerKind) => {
    const last = latest[kind] ?? mine[0] ?? null;
    setDraft(draftFromApplication(kind, ownCommunityId, last));
    setChoosingCommunity(false);
    setDone(null);
    setRefusal(null);
    submitter.reset();
    scrollToSelector('#volunteer-form');
  };
  const set = <K extends keyof ApplicationDraft>(key: K, value: ApplicationDraft[K]) => setDraft((d) => (d ? { ...d, [key]: value } : d));

  /** 提交: her answers checked first (what is missing is said under each field), then the confirm. */
  const review = async () => {
    if (!draft) return;
    setRefusal(null);
    const body = applicationBody(draft, year);
    if (!body.ok) {
      // Nothing is sent: the run shows the form's own messages and brings the first into view.
      await submitter.run(
        body,
        () => Promise.resolve(),
        () => undefined,
      );
      return;
    }
    submitter.reset();
    setConfirming(true);
  };

  const confirm = () =>
    draft
      ? submitter.run(
          applicationBody(draft, year),
          (body) => asResident(() => volunteersApi.apply(body)),
          () => {
            setConfirming(false);
            setDraft(null);
            setDone('申请已提交！社区工作人员审核后会通知您，请留意消息。');
            void mineQuery.reload();
          },
          (e) => {
            setConfirming(false);
            // A field the server found wrong is said under it; anything else is a sentence on top.
            if (e.status === 400 && e.details.length) return;
            const r = volunteerRefusal(e);
            setRefusal(r.message);
            if (r.reload) {
              setDraft(null);
              void mineQuery.reload();
            }
          },
        )
      : Promise.resolve(false);

  const withdrawer = useSubmit();
  const withdraw = async (application: VolunteerApplicationInfo) => {
    const { confirm: sure } = await Taro.showModal({
      title: '撤回申请',
      content: '确定撤回这份申请吗？撤回后可以重新申请。',
      confirmText: '撤回',
      cancelText: '再想想',
      confirmColor: '#c62828',
    });
    if (!sure) return false;
    setDone(null);
    return withdrawer.run(
      checked({}, () => undefined),
      () => asResident(() => volunteersApi.withdraw(application.id)),
      () => {
        setDone('申请已撤回。');
        void mineQuery.reload();
      },
      (e) => {
        if (volunteerRefusal(e).reload) void mineQuery.reload();
      },
    );
  };

  // ---- the courses meant for her ----
  const [courseBusy, setCourseBusy] = useState<number | null>(null);
  const [courseMessage, setCourseMessage] = useState<{ courseId: number; tone: 'ok' | 'error'; text: string } | null>(null);
  const [changed, setChanged] = useState<Map<number, TrainingCourseInfo>>(new Map());
  useEffect(() => setChanged(new Map()), [courses.data]);
  const courseList = (courses.data ?? []).map((c) => changed.get(c.id) ?? c);
  const signer = useSubmit();
  const signUp = (course: TrainingCourseInfo, on: boolean) => {
    setCourseBusy(course.id);
    setCourseMessage(null);
    return signer.run(
      checked({}, () => undefined),
      () => asResident(() => (on ? volunteersApi.signUp(course.id) : volunteersApi.signOff(course.id))),
      (next) => {
        setCourseBusy(null);
        setChanged((m) => new Map(m).set(next.id, next));
        setCourseMessage({ courseId: course.id, tone: 'ok', text: on ? '报名成功！请按时参加培训。' : '已取消报名。' });
      },
      (e) => {
        setCourseBusy(null);
        const r = volunteerRefusal(e);
        setCourseMessage({ courseId: course.id, tone: 'error', text: r.message });
        if (r.reload) void courses.reload();
      },
    );
  };

  return {
    atWork,
    role,
    year,
    loading: mineQuery.loading && !mineQuery.data,
    error: mineQuery.data ? null : mineQuery.error,
    reload: mineQuery.reload,
    mine,
    latest,
    choices,
    draft,
    start,
    close: () => {
      setDraft(null);
      submitter.reset();
    },
    set,
    toggleOffer: (offer: ApplicationDraft['offers'][number]) => setDraft((d) => (d ? { ...d, offers: toggleOffer(d.offers, offer) } : d)),
    toggleTime: (time: ApplicationDraft['times'][number]) => setDraft((d) => (d ? { ...d, times: toggleTime(d.times, time) } : d)),
    communities: communities.data ?? [],
    communitiesError: communities.error,
    reloadCommunities: communities.reload,
    communityName,
    choosingCommunity: choosingCommunity || (!!draft && draft.communityId === null),
    chooseCommunity: () => setChoosingCommunity(true),
    pickCommunity: (id: number) => {
      set('communityId', id);
      setChoosingCommunity(false);
    },
    review,
    confirming,
    cancelConfirm: () => setConfirming(false),
    confirm,
    submitter,
    busy: submitter.busy,
    done,
    refusal,
    withdraw,
    withdrawing: withdrawer.busy,
    withdrawError: withdrawer.error,
    volunteer,
    courses: courseList,
    coursesLoading: courses.loading && !courses.data,
    coursesError: courses.error,
    reloadCourses: courses.reload,
    signUp,
    courseBusy,
    courseMessage,
  };
}
