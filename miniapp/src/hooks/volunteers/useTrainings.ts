import {
  hasPermission,
  isCommunityStaff,
  type TrainingCourseDetail,
  type TrainingCourseInfo,
  type TrainingCourseWhen,
  type VolunteerInfo,
} from '@lingjuli/shared';
import { useEffect, useMemo, useState } from 'react';
import { useNow } from '@/hooks/useNow';
import { usePageRefresh } from '@/hooks/usePageRefresh';
import { useQuery } from '@/hooks/useQuery';
import { useSubmit } from '@/hooks/useSubmit';
import { volunteersApi } from '@/services/volunteers-api';
import type { Session } from '@/state/session';
import { toggleId } from '@/utils/powers/check';
import { attendanceBody, attendanceRows, courseStarted, emptyTrainingDraft, trainingBody, type TrainingDraft } from '@/utils/volunteers/trainings';
import { scrollToSelector, toast } from '@/utils/navigation';

export const TRAINING_FILTERS: readonly { key: TrainingCourseWhen; label: string }[] = [
  { key: 'upcoming', label: '即将开始' },
  { key: 'past', label: '已开始或结束' },
];

/**
 * 志愿者培训 for the staff: the courses to come (soonest first) or held (latest first); ＋ 安排培训 (the
 * community's staff); a course opened shows who signed up, and once it has started its staff tick who
 * came — those signed up and the community's other volunteers it is for — and record it (once each).
 */
export function useTrainings(session: Session | null) {
  const role = session?.user.role;
  const canRead = !!role && hasPermission(role, 'trainingCourse.read');
  const canManage = !!role && hasPermission(role, 'trainingCourse.manage') && !!session?.user.communityId;
  const now = useNow(30_000);
  const [when, setWhen] = useState<TrainingCourseWhen>('upcoming');
  const list = useQuery<TrainingCourseInfo[]>(() => (canRead ? volunteersApi.courses({ when }) : Promise.resolve([])), [canRead, when]);

  // ---- one course opened: its sign-ups and attendance ----
  const [openId, setOpenId] = useState<number | null>(null);
  const detail = useQuery<TrainingCourseDetail | null>(() => (openId ? volunteersApi.course(openId) : Promise.resolve(null)), [openId]);
  const [loaded, setCourse] = useState<TrainingCourseDetail | null>(null);
  useEffect(() => setCourse(detail.data ?? null), [detail.data]);
  // Until the next one is read, the one read before is not shown under it.
  const course = loaded && loaded.id === openId ? loaded : null;
  const canRecordRoster = !!role && hasPermission(role, 'volunteer.roster');
  const started = !!course && courseStarted(course, now);
  const roster = useQuery<VolunteerInfo[]>(
    () => (canManage && canRecordRoster && started ? volunteersApi.roster() : Promise.resolve([])),
    [canManage, canRecordRoster, started],
  );
  const rows = useMemo(() => (course ? attendanceRows(course, roster.data ?? []) : []), [course, roster.data]);
  const names = useMemo(() => new Map(rows.map((r) => [r.userId, r.name])), [rows]);
  const [ticked, setTicked] = useState<number[]>([]);
  const [sent, setSent] = useState<number[]>([]);
  useEffect(() => setTicked([]), [openId]);

  usePageRefresh(async () => {
    await list.reload();
    if (openId) await detail.reload();
  });

  // Counts changed here (attendance) without reading the list again.
  const [changed, setChanged] = useState<Map<number, TrainingCourseInfo>>(new Map());
  useEffect(() => setChanged(new Map()), [list.data]);
  const courses = (list.data ?? []).map((c) => changed.get(c.id) ?? c);

  const recorder = useSubmit();
  const record = () => {
    if (!course) return Promise.resolve(false);
    const body = attendanceBody(ticked, rows);
    if (body.ok) setSent(body.body.userIds);
    return recorder.run(
      body,
      (b) => volunteersApi.recordAttendance(course.id, b),
      (next) => {
        setCourse(next);
        setChanged((m) => new Map(m).set(next.id, next));
        setTicked([]);
        toast('出勤已登记');
      },
      (e) => {
        if (e.status === 409) void detail.reload();
      },
    );
  };

  // ---- a new course ----
  const [draft, setDraft] = useState<TrainingDraft | null>(null);
  const creator = useSubmit();
  const create = () =>
    draft
      ? creator.run(
          trainingBody(draft),
          (body) => volunteersApi.schedule(body),
          (created) => {
            setDraft(null);
            toast('培训已安排');
            const target: TrainingCourseWhen = courseStarted(created, now) ? 'past' : 'upcoming';
            if (target !== when) setWhen(target);
            else void list.reload();
            setOpenId(created.id);
            scrollToSelector(`#training-course-${created.id}`);
          },
        )
      : Promise.resolve(false);

  return {
    canManage,
    /** The grid and the street read several communities' courses: each row names its community. */
    showCommunity: !!role && !isCommunityStaff(role),
    now,
    when,
    setWhen: (w: TrainingCourseWhen) => {
      setOpenId(null);
      setWhen(w);
    },
    courses,
    loading: list.loading && !list.data,
    error: list.error,
    reload: list.reload,
    openId,
    toggleOpen: (id: number) => {
      recorder.reset();
      setOpenId((o) => (o === id ? null : id));
    },
    course,
    courseLoading: detail.loading && !course,
    courseError: detail.error,
    reloadCourse: detail.reload,
    started,
    rows,
    names,
    rosterLoading: roster.loading && !roster.data,
    rosterError: roster.error,
    ticked,
    tick: (userId: number) => setTicked((t) => toggleId(t, userId)),
    record,
    recorder,
    sent,
    draft,
    startNew: () => {
      creator.reset();
      setDraft(emptyTrainingDraft());
      scrollToSelector('#training-form');
    },
    closeNew: () => setDraft(null),
    set: <K extends keyof TrainingDraft>(key: K, value: TrainingDraft[K]) => setDraft((d) => (d ? { ...d, [key]: value } : d)),
    create,
    creator,
  };
}
