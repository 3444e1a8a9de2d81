import {
  TRAINING_AUDIENCE_LABELS,
  TRAINING_HOURS,
  audienceIncludes,
  formatShanghaiDateTime,
  isValidTrainingHours,
  type RecordAttendanceRequest,
  type TrainingAudience,
  type TrainingCourseDetail,
  type TrainingCourseInfo,
  type TrainingCourseRequest,
  type VolunteerInfo,
} from '@lingjuli/shared';
import { dateInputToIso, momentInputToIso } from '@/utils/dates';
import { checked, collect, requiredTitle, type Checked, type FieldErrors } from '@/utils/powers/check';

/** The longest texts the server takes (dto/volunteers.dto.ts). */
export const TRAINING_LIMITS = { title: 100, description: 500, place: 100 } as const;

/** A course as the staff fill it in: a Beijing day and time of day, the hours as typed. */
export interface TrainingDraft {
  title: string;
  description: string;
  /** `YYYY-MM-DD`, Beijing time. */
  day: string;
  /** `HH:mm`, Beijing time. */
  start: string;
  place: string;
  hours: string;
  audience: TrainingAudience;
}

export const emptyTrainingDraft = (): TrainingDraft => ({
  title: '',
  description: '',
  day: '',
  start: '14:30',
  place: '',
  hours: '1.5',
  audience: 'all',
});

/** The hours as typed: a number (0.5–24 to the half hour is checked apart), else null. */
export function hoursOf(text: string): number | null {
  const t = text.trim();
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

function startsAtOf(draft: TrainingDraft): { errors: FieldErrors; startsAt: string | null } {
  if (!draft.day.trim()) return { errors: { day: '请选择培训日期' }, startsAt: null };
  if (!dateInputToIso(draft.day)) return { errors: { day: '日期格式应为 年-月-日，如 2026-03-10' }, startsAt: null };
  const startsAt = momentInputToIso(draft.day, draft.start);
  return startsAt ? { errors: {}, startsAt } : { errors: { startsAt: '请填写开始时间，如 14:30' }, startsAt: null };
}

/**
 * The request to send, or what is wrong, under the server's field names. A course in the past is taken
 * (one already held, to record who came), as the server takes it.
 */
export function trainingBody(draft: TrainingDraft): Checked<TrainingCourseRequest> {
  const time = startsAtOf(draft);
  const hours = hoursOf(draft.hours);
  const errors = {
    ...collect({
      title: requiredTitle(draft.title, '培训主题', TRAINING_LIMITS.title),
      description: draft.description.trim().length > TRAINING_LIMITS.description ? `培训内容不能超过${TRAINING_LIMITS.description}个字` : undefined,
      place: requiredTitle(draft.place, '地点', TRAINING_LIMITS.place),
      hours:
        hours === null || !isValidTrainingHours(hours) ? `培训时长须在${TRAINING_HOURS.min}到${TRAINING_HOURS.max}小时之间，以半小时为单位，如 1.5` : undefined,
    }),
    ...time.errors,
  };
  return checked(errors, () => ({
    title: draft.title.trim(),
    ...(draft.description.trim() ? { description: draft.description.trim() } : {}),
    startsAt: time.startsAt as string,
    place: draft.place.trim(),
    hours: hours as number,
    audience: draft.audience,
  }));
}

/** The form's fields: the server's message on any other goes above the button. */
export const TRAINING_FIELDS = ['title', 'description', 'day', 'startsAt', 'place', 'hours', 'audience'];

/** e.g. 1.5小时 */
export const hoursText = (hours: number) => `${hours}小时`;

/** e.g. 3月10日 14:00 · 社区二楼活动室 · 1.5小时 */
export function courseLine(c: Pick<TrainingCourseInfo, 'startsAt' | 'place' | 'hours'>): string {
  return `${formatShanghaiDateTime(new Date(c.startsAt))} · ${c.place} · ${hoursText(c.hours)}`;
}

/** e.g. 面向全体志愿者 · 报名5人 · 到场3人 */
export function courseCounts(c: Pick<TrainingCourseInfo, 'audience' | 'signUps' | 'attendance'>, started: boolean): string {
  return [`面向${TRAINING_AUDIENCE_LABELS[c.audience]}`, `报名${c.signUps}人`, started ? `到场${c.attendance}人` : null].filter(Boolean).join(' · ');
}

export const courseStarted = (c: Pick<TrainingCourseInfo, 'startsAt'>, now: Date) => new Date(c.startsAt).getTime() <= now.getTime();

/** Her place in a course, on the hall's page: what its button does. */
export type CourseState = 'attended' | 'signedUp' | 'open' | 'started';

export function courseState(c: Pick<TrainingCourseInfo, 'startsAt' | 'signedUp' | 'attended'>, now: Date): CourseState {
  if (c.attended) return 'attended';
  if (courseStarted(c, now)) return 'started';
  return c.signedUp ? 'signedUp' : 'open';
}

/** One person on a course's attendance sheet. */
export interface AttendanceRow {
  userId: number;
  name: string;
  signedUp: boolean;
  attended: boolean;
  /** e.g. 已报名 · 已到场 */
  note: string;
}

/**
 * Who may be marked present: those who signed up, and the community's other active volunteers the
 * course is for (one may come without signing up). Signed-up first, then by name.
 */
export function attendanceRows(course: Pick<TrainingCourseDetail, 'audience' | 'participants'>, roster: readonly VolunteerInfo[]): AttendanceRow[] {
  const rows = new Map<number, AttendanceRow>();
  for (const p of course.participants ?? []) {
    rows.set(p.userId, { userId: p.userId, name: p.name, signedUp: p.signedUpAt !== null, attended: p.attendedAt !== null, note: '' });
  }
  for (const v of roster) {
    if (rows.has(v.userId) || !v.active || !v.kinds.some((k) => audienceIncludes(course.audience, k))) continue;
    rows.set(v.userId, { userId: v.userId, name: v.name, signedUp: false, attended: false, note: '' });
  }
  return [...rows.values()]
    .map((r) => ({ ...r, note: [r.signedUp ? '已报名' : '未报名', r.attended ? '已到场' : null].filter(Boolean).join(' · ') }))
    .sort((a, b) => Number(b.signedUp) - Number(a.signedUp) || a.name.localeCompare(b.name, 'zh-CN') || a.userId - b.userId);
}

/** The newly ticked, to record (those already present stay as they are: recording is once per person). */
export function attendanceBody(ticked: readonly number[], rows: readonly AttendanceRow[]): Checked<RecordAttendanceRequest> {
  const present = new Set(rows.filter((r) => r.attended).map((r) => r.userId));
  const userIds = [...new Set(ticked)].filter((id) => !present.has(id));
  return checked(collect({ userIds: userIds.length ? undefined : '请勾选到场的志愿者' }), () => ({ userIds }));
}

/** The server's refusal of one of the ticked (`userIds.<i>`), said with her name. */
export function attendanceError(
  fieldError: (field: string) => string | undefined,
  sent: readonly number[],
  names: ReadonlyMap<number, string>,
): string | undefined {
  const own = fieldError('userIds');
  if (own) return own;
  const i = sent.findIndex((_, k) => fieldError(`userIds.${k}`));
  if (i < 0) return undefined;
  return `${names.get(sent[i]) ?? `#${sent[i]}`}：${fieldError(`userIds.${i}`)}`;
}
